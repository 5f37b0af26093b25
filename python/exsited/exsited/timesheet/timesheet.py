# generated from api/ — do not edit; run `make generate`
"""``sdk.timesheet``: the timesheet operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.timesheet.dto.timesheet_dto import (
    TimesheetCreateRequestDTO,
    TimesheetDataDTO,
    TimesheetListResponseDTO,
    TimesheetResponseDTO,
    TimesheetUpdateRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.timesheet.timesheet_raw import AsyncTimesheetRaw, TimesheetRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Timesheet(Resource):
    """``sdk.timesheet``: the timesheet operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "TimesheetRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.timesheet.timesheet_raw import TimesheetRaw

        return TimesheetRaw(self._raw_copy())

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> TimesheetListResponseDTO:
        """Lists the timesheets, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/timesheets``

        Returns:
            TimesheetListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("TimesheetListResponseDTO", self._run(Call("timesheet.timesheet_list", query=query, answer=TimesheetListResponseDTO)))

    def timesheet_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[TimesheetDataDTO]:
        """Every timesheet that ``timesheet_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/timesheets``

        Yields:
            TimesheetDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[TimesheetDataDTO]", self._iterate(Listing(Call("timesheet.timesheet_list", [], query), limit, offset, TimesheetDataDTO)))

    def timesheet_details(self, uuid: str) -> TimesheetResponseDTO:
        """Reads a timesheet.

        HTTP: ``GET /api/v3/timesheets/{uuid}``

        Returns:
            TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("TimesheetResponseDTO", self._run(Call("timesheet.timesheet_details", path, answer=TimesheetResponseDTO)))

    def timesheet_create(self, request_data: TimesheetCreateRequestDTO) -> TimesheetResponseDTO:
        """Creates a timesheet.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/timesheets`` (json body)

        Returns:
            TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (TimesheetCreateRequestDTO,))
        return cast("TimesheetResponseDTO", self._run(Call("timesheet.timesheet_create", body=body, answer=TimesheetResponseDTO)))

    def timesheet_update(self, uuid: str, request_data: TimesheetUpdateRequestDTO) -> TimesheetResponseDTO:
        """Updates a timesheet.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/timesheets/{uuid}`` (json body)

        Returns:
            TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (TimesheetUpdateRequestDTO,))
        return cast("TimesheetResponseDTO", self._run(Call("timesheet.timesheet_update", path, body=body, answer=TimesheetResponseDTO)))

    def timesheet_delete(self, uuid: str) -> DeleteResult:
        """Deletes a timesheet.

        HTTP: ``DELETE /api/v3/timesheets/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("timesheet.timesheet_delete", path)))


class AsyncTimesheet(Resource):
    """``sdk.timesheet``: the timesheet operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncTimesheetRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.timesheet.timesheet_raw import AsyncTimesheetRaw

        return AsyncTimesheetRaw(self._raw_copy())

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[TimesheetListResponseDTO]:
        """Lists the timesheets, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/timesheets``

        Returns:
            Awaitable of TimesheetListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[TimesheetListResponseDTO]", self._run(Call("timesheet.timesheet_list", query=query, answer=TimesheetListResponseDTO)))

    def timesheet_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[TimesheetDataDTO]:
        """Every timesheet that ``timesheet_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/timesheets``

        Yields:
            TimesheetDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[TimesheetDataDTO]", self._iterate(Listing(Call("timesheet.timesheet_list", [], query), limit, offset, TimesheetDataDTO)))

    def timesheet_details(self, uuid: str) -> Awaitable[TimesheetResponseDTO]:
        """Reads a timesheet.

        HTTP: ``GET /api/v3/timesheets/{uuid}``

        Returns:
            Awaitable of TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[TimesheetResponseDTO]", self._run(Call("timesheet.timesheet_details", path, answer=TimesheetResponseDTO)))

    def timesheet_create(self, request_data: TimesheetCreateRequestDTO) -> Awaitable[TimesheetResponseDTO]:
        """Creates a timesheet.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/timesheets`` (json body)

        Returns:
            Awaitable of TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (TimesheetCreateRequestDTO,))
        return cast("Awaitable[TimesheetResponseDTO]", self._run(Call("timesheet.timesheet_create", body=body, answer=TimesheetResponseDTO)))

    def timesheet_update(self, uuid: str, request_data: TimesheetUpdateRequestDTO) -> Awaitable[TimesheetResponseDTO]:
        """Updates a timesheet.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/timesheets/{uuid}`` (json body)

        Returns:
            Awaitable of TimesheetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (TimesheetUpdateRequestDTO,))
        return cast("Awaitable[TimesheetResponseDTO]", self._run(Call("timesheet.timesheet_update", path, body=body, answer=TimesheetResponseDTO)))

    def timesheet_delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a timesheet.

        HTTP: ``DELETE /api/v3/timesheets/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("timesheet.timesheet_delete", path)))
