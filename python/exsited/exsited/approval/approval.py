# generated from api/ — do not edit; run `make generate`
"""``sdk.approval``: the approval operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.approval.dto.approval_dto import (
    ApprovalDataDTO,
    ApprovalListDTO,
    ApprovalRequestDTO,
    ApprovalResponseDTO,
)
from exsited.exsited.common.common_enum import SortDirection

if TYPE_CHECKING:
    from exsited.exsited.approval.approval_raw import ApprovalRaw, AsyncApprovalRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Approval(Resource):
    """``sdk.approval``: the approval operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ApprovalRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.approval.approval_raw import ApprovalRaw

        return ApprovalRaw(self._raw_copy())

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ApprovalListDTO:
        """Lists the sale order in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/saleOrder``

        Returns:
            ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("ApprovalListDTO", self._run(Call("approval.list_sale_order", query=query, answer=ApprovalListDTO)))

    def list_sale_order_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ApprovalDataDTO]:
        """Every sale order in the approvals that ``list_sale_order`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/saleOrder``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_sale_order", [], query), limit, offset, ApprovalDataDTO)))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ApprovalListDTO:
        """Lists the timesheet in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/timesheet``

        Returns:
            ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("ApprovalListDTO", self._run(Call("approval.list_timesheet", query=query, answer=ApprovalListDTO)))

    def list_timesheet_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ApprovalDataDTO]:
        """Every timesheet in the approvals that ``list_timesheet`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/timesheet``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_timesheet", [], query), limit, offset, ApprovalDataDTO)))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ApprovalListDTO:
        """Lists the records of an account in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/account/{account_uuid}``

        Returns:
            ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("ApprovalListDTO", self._run(Call("approval.list_by_account", path, query=query, answer=ApprovalListDTO)))

    def list_by_account_iter_all(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ApprovalDataDTO]:
        """Every record of an account in the approvals that ``list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/account/{account_uuid}``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_by_account", path, query), limit, offset, ApprovalDataDTO)))

    def approve(self, request_data: ApprovalRequestDTO) -> ApprovalResponseDTO:
        """Approves the approvals.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/approvals/approve`` (json body)

        Returns:
            ApprovalResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ApprovalRequestDTO,))
        return cast("ApprovalResponseDTO", self._run(Call("approval.approve", body=body, answer=ApprovalResponseDTO)))

    def reject(self, request_data: ApprovalRequestDTO) -> ApprovalResponseDTO:
        """Rejects the approvals.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/approvals/reject`` (json body)

        Returns:
            ApprovalResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ApprovalRequestDTO,))
        return cast("ApprovalResponseDTO", self._run(Call("approval.reject", body=body, answer=ApprovalResponseDTO)))


class AsyncApproval(Resource):
    """``sdk.approval``: the approval operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncApprovalRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.approval.approval_raw import AsyncApprovalRaw

        return AsyncApprovalRaw(self._raw_copy())

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ApprovalListDTO]:
        """Lists the sale order in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/saleOrder``

        Returns:
            Awaitable of ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[ApprovalListDTO]", self._run(Call("approval.list_sale_order", query=query, answer=ApprovalListDTO)))

    def list_sale_order_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ApprovalDataDTO]:
        """Every sale order in the approvals that ``list_sale_order`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/saleOrder``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_sale_order", [], query), limit, offset, ApprovalDataDTO)))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ApprovalListDTO]:
        """Lists the timesheet in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/timesheet``

        Returns:
            Awaitable of ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[ApprovalListDTO]", self._run(Call("approval.list_timesheet", query=query, answer=ApprovalListDTO)))

    def list_timesheet_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ApprovalDataDTO]:
        """Every timesheet in the approvals that ``list_timesheet`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/timesheet``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_timesheet", [], query), limit, offset, ApprovalDataDTO)))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ApprovalListDTO]:
        """Lists the records of an account in the approvals, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/approvals/account/{account_uuid}``

        Returns:
            Awaitable of ApprovalListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[ApprovalListDTO]", self._run(Call("approval.list_by_account", path, query=query, answer=ApprovalListDTO)))

    def list_by_account_iter_all(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ApprovalDataDTO]:
        """Every record of an account in the approvals that ``list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/approvals/account/{account_uuid}``

        Yields:
            ApprovalDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_uuid", account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ApprovalDataDTO]", self._iterate(Listing(Call("approval.list_by_account", path, query), limit, offset, ApprovalDataDTO)))

    def approve(self, request_data: ApprovalRequestDTO) -> Awaitable[ApprovalResponseDTO]:
        """Approves the approvals.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/approvals/approve`` (json body)

        Returns:
            Awaitable of ApprovalResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ApprovalRequestDTO,))
        return cast("Awaitable[ApprovalResponseDTO]", self._run(Call("approval.approve", body=body, answer=ApprovalResponseDTO)))

    def reject(self, request_data: ApprovalRequestDTO) -> Awaitable[ApprovalResponseDTO]:
        """Rejects the approvals.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/approvals/reject`` (json body)

        Returns:
            Awaitable of ApprovalResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ApprovalRequestDTO,))
        return cast("Awaitable[ApprovalResponseDTO]", self._run(Call("approval.reject", body=body, answer=ApprovalResponseDTO)))
