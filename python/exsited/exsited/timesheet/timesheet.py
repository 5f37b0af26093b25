# generated from api/ — do not edit; run `make generate`
"""``sdk.timesheet``: the timesheet operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Timesheet(Resource):
    """``sdk.timesheet``: the timesheet operations of the documented SDK."""

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of timesheets.

        GET /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("timesheet.timesheet_list", query=query))

    def timesheet_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``timesheet_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("timesheet.timesheet_list", [], query, limit, offset, None)))

    def timesheet_details(self, uuid: str) -> Any:
        """Reads one record of timesheets.

        GET /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("timesheet.timesheet_details", path))

    def timesheet_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in timesheets.

        POST /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("timesheet.timesheet_create", body=body))

    def timesheet_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of timesheets.

        PATCH /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("timesheet.timesheet_update", path, body=body))

    def timesheet_delete(self, uuid: str) -> DeleteResult:
        """Deletes one record of timesheets.

        DELETE /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("timesheet.timesheet_delete", path)))


class AsyncTimesheet(Resource):
    """``sdk.timesheet``: the timesheet operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of timesheets.

        GET /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("timesheet.timesheet_list", query=query)))

    def timesheet_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``timesheet_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("timesheet.timesheet_list", [], query, limit, offset, None)))

    def timesheet_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of timesheets.

        GET /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("timesheet.timesheet_details", path)))

    def timesheet_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in timesheets.

        POST /api/v3/timesheets

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("timesheet.timesheet_create", body=body)))

    def timesheet_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of timesheets.

        PATCH /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data (documented as TimesheetResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("timesheet.timesheet_update", path, body=body)))

    def timesheet_delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of timesheets.

        DELETE /api/v3/timesheets/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("timesheet.timesheet_delete", path)))
