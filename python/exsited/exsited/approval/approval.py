# generated from api/ — do not edit; run `make generate`
"""``sdk.approval``: the approval operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Approval(Resource):
    """``sdk.approval``: the approval operations of the documented SDK."""

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of saleOrder of the approvals.

        GET /api/v3/approvals/saleOrder

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("approval.list_sale_order", query=query))

    def list_sale_order_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_sale_order``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/saleOrder

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("approval.list_sale_order", [], query, limit, offset, None)))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of timesheet of the approvals.

        GET /api/v3/approvals/timesheet

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("approval.list_timesheet", query=query))

    def list_timesheet_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_timesheet``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/timesheet

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("approval.list_timesheet", [], query, limit, offset, None)))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of account of the approvals.

        GET /api/v3/approvals/account/{account_uuid}

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("approval.list_by_account", path, query=query))

    def list_by_account_iter_all(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/account/{account_uuid}

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("approval.list_by_account", path, query, limit, offset, None)))

    def approve(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in approve of the approvals.

        POST /api/v3/approvals/approve

        Returns the answer's JSON as plain data (documented as ApprovalResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("approval.approve", body=body))

    def reject(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in reject of the approvals.

        POST /api/v3/approvals/reject

        Returns the answer's JSON as plain data (documented as ApprovalResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("approval.reject", body=body))


class AsyncApproval(Resource):
    """``sdk.approval``: the approval operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of saleOrder of the approvals.

        GET /api/v3/approvals/saleOrder

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("approval.list_sale_order", query=query)))

    def list_sale_order_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_sale_order``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/saleOrder

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("approval.list_sale_order", [], query, limit, offset, None)))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of timesheet of the approvals.

        GET /api/v3/approvals/timesheet

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("approval.list_timesheet", query=query)))

    def list_timesheet_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_timesheet``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/timesheet

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("approval.list_timesheet", [], query, limit, offset, None)))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of account of the approvals.

        GET /api/v3/approvals/account/{account_uuid}

        Returns the answer's JSON as plain data (documented as ApprovalListDTO).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("approval.list_by_account", path, query=query)))

    def list_by_account_iter_all(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/approvals/account/{account_uuid}

        Returns the answer's JSON as plain data (documented as ApprovalDataDTO).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("approval.list_by_account", path, query, limit, offset, None)))

    def approve(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in approve of the approvals.

        POST /api/v3/approvals/approve

        Returns the answer's JSON as plain data (documented as ApprovalResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("approval.approve", body=body)))

    def reject(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in reject of the approvals.

        POST /api/v3/approvals/reject

        Returns the answer's JSON as plain data (documented as ApprovalResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("approval.reject", body=body)))
