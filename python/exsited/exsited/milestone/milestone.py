# generated from api/ — do not edit; run `make generate`
"""``sdk.milestone``: the milestone operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.milestone.dto.milestone_dto import (
    MilestoneDataDTO,
    MilestoneListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.milestone.milestone_raw import AsyncMilestoneRaw, MilestoneRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Milestone(Resource):
    """``sdk.milestone``: the milestone operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "MilestoneRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.milestone.milestone_raw import MilestoneRaw

        return MilestoneRaw(self._raw_copy())

    def milestone_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> MilestoneListDTO:
        """Lists the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones``

        Returns:
            MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("MilestoneListDTO", self._run(Call("milestone.milestone_list", query=query, answer=MilestoneListDTO)))

    def milestone_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[MilestoneDataDTO]:
        """Every milestone that ``milestone_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list", [], query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> MilestoneListDTO:
        """Lists the records of an account in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/account/{account_id}``

        Returns:
            MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("MilestoneListDTO", self._run(Call("milestone.milestone_list_by_account", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[MilestoneDataDTO]:
        """Every record of an account in the milestones that ``milestone_list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/account/{account_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_account", path, query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> MilestoneListDTO:
        """Lists the records of a labour in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/labour/{labour_id}``

        Returns:
            MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("MilestoneListDTO", self._run(Call("milestone.milestone_list_by_labour", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_labour_iter_all(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[MilestoneDataDTO]:
        """Every record of a labour in the milestones that ``milestone_list_by_labour`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/labour/{labour_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_labour", path, query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> MilestoneListDTO:
        """Lists the records of an employee in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/employee/{employee_id}``

        Returns:
            MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("MilestoneListDTO", self._run(Call("milestone.milestone_list_by_employee", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_employee_iter_all(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[MilestoneDataDTO]:
        """Every record of an employee in the milestones that ``milestone_list_by_employee`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/employee/{employee_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_employee", path, query), limit, offset, MilestoneDataDTO)))


class AsyncMilestone(Resource):
    """``sdk.milestone``: the milestone operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncMilestoneRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.milestone.milestone_raw import AsyncMilestoneRaw

        return AsyncMilestoneRaw(self._raw_copy())

    def milestone_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[MilestoneListDTO]:
        """Lists the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones``

        Returns:
            Awaitable of MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[MilestoneListDTO]", self._run(Call("milestone.milestone_list", query=query, answer=MilestoneListDTO)))

    def milestone_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[MilestoneDataDTO]:
        """Every milestone that ``milestone_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list", [], query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[MilestoneListDTO]:
        """Lists the records of an account in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/account/{account_id}``

        Returns:
            Awaitable of MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[MilestoneListDTO]", self._run(Call("milestone.milestone_list_by_account", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[MilestoneDataDTO]:
        """Every record of an account in the milestones that ``milestone_list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/account/{account_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_account", path, query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[MilestoneListDTO]:
        """Lists the records of a labour in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/labour/{labour_id}``

        Returns:
            Awaitable of MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[MilestoneListDTO]", self._run(Call("milestone.milestone_list_by_labour", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_labour_iter_all(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[MilestoneDataDTO]:
        """Every record of a labour in the milestones that ``milestone_list_by_labour`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/labour/{labour_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("labour_id", labour_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_labour", path, query), limit, offset, MilestoneDataDTO)))

    def milestone_list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[MilestoneListDTO]:
        """Lists the records of an employee in the milestones, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/milestones/employee/{employee_id}``

        Returns:
            Awaitable of MilestoneListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[MilestoneListDTO]", self._run(Call("milestone.milestone_list_by_employee", path, query=query, answer=MilestoneListDTO)))

    def milestone_list_by_employee_iter_all(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[MilestoneDataDTO]:
        """Every record of an employee in the milestones that ``milestone_list_by_employee`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/milestones/employee/{employee_id}``

        Yields:
            MilestoneDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("employee_id", employee_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[MilestoneDataDTO]", self._iterate(Listing(Call("milestone.milestone_list_by_employee", path, query), limit, offset, MilestoneDataDTO)))
