# generated from api/ — do not edit; run `make generate`
"""``sdk.alert``: the alert operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.alert.dto.alert_dto import (
    AlertDataDTO,
    AlertListDTO,
)
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Alert(Resource):
    """``sdk.alert``: the alert operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AlertListDTO:
        """One page of alert.

        GET /api/v2/alert

        Returns AlertListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("AlertListDTO", self._run(Call("alert.list", query=query, answer=AlertListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AlertDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert

        Returns Iterator[AlertDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AlertDataDTO]", self._iterate(Listing("alert.list", [], query, limit, offset, AlertDataDTO)))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AlertListDTO:
        """One page of account of the alert.

        GET /api/v2/alert/account/{account_id}

        Returns AlertListDTO.
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("AlertListDTO", self._run(Call("alert.list_by_account", path, query=query, answer=AlertListDTO)))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AlertDataDTO]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/account/{account_id}

        Returns Iterator[AlertDataDTO].
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_account", path, query, limit, offset, AlertDataDTO)))

    def list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AlertListDTO:
        """One page of labour of the alert.

        GET /api/v2/alert/labour/{labour_id}

        Returns AlertListDTO.
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("AlertListDTO", self._run(Call("alert.list_by_labour", path, query=query, answer=AlertListDTO)))

    def list_by_labour_iter_all(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AlertDataDTO]:
        """Every record of ``list_by_labour``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/labour/{labour_id}

        Returns Iterator[AlertDataDTO].
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_labour", path, query, limit, offset, AlertDataDTO)))

    def list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AlertListDTO:
        """One page of employee of the alert.

        GET /api/v2/alert/employee/{employee_id}

        Returns AlertListDTO.
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("AlertListDTO", self._run(Call("alert.list_by_employee", path, query=query, answer=AlertListDTO)))

    def list_by_employee_iter_all(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AlertDataDTO]:
        """Every record of ``list_by_employee``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/employee/{employee_id}

        Returns Iterator[AlertDataDTO].
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_employee", path, query, limit, offset, AlertDataDTO)))


class AsyncAlert(Resource):
    """``sdk.alert``: the alert operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertListDTO]:
        """One page of alert.

        GET /api/v2/alert

        Returns Awaitable[AlertListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[AlertListDTO]", self._run(Call("alert.list", query=query, answer=AlertListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AlertDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert

        Returns AsyncIterator[AlertDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AlertDataDTO]", self._iterate(Listing("alert.list", [], query, limit, offset, AlertDataDTO)))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertListDTO]:
        """One page of account of the alert.

        GET /api/v2/alert/account/{account_id}

        Returns Awaitable[AlertListDTO].
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[AlertListDTO]", self._run(Call("alert.list_by_account", path, query=query, answer=AlertListDTO)))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AlertDataDTO]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/account/{account_id}

        Returns AsyncIterator[AlertDataDTO].
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_account", path, query, limit, offset, AlertDataDTO)))

    def list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertListDTO]:
        """One page of labour of the alert.

        GET /api/v2/alert/labour/{labour_id}

        Returns Awaitable[AlertListDTO].
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[AlertListDTO]", self._run(Call("alert.list_by_labour", path, query=query, answer=AlertListDTO)))

    def list_by_labour_iter_all(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AlertDataDTO]:
        """Every record of ``list_by_labour``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/labour/{labour_id}

        Returns AsyncIterator[AlertDataDTO].
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_labour", path, query, limit, offset, AlertDataDTO)))

    def list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertListDTO]:
        """One page of employee of the alert.

        GET /api/v2/alert/employee/{employee_id}

        Returns Awaitable[AlertListDTO].
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[AlertListDTO]", self._run(Call("alert.list_by_employee", path, query=query, answer=AlertListDTO)))

    def list_by_employee_iter_all(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AlertDataDTO]:
        """Every record of ``list_by_employee``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert/employee/{employee_id}

        Returns AsyncIterator[AlertDataDTO].
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AlertDataDTO]", self._iterate(Listing("alert.list_by_employee", path, query, limit, offset, AlertDataDTO)))
