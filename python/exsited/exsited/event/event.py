# generated from api/ — do not edit; run `make generate`
"""``sdk.event``: the event operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Event(Resource):
    """``sdk.event``: the event operations of the documented SDK."""

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of events.

        GET /api/v3/events

        Returns the answer's JSON as plain data (documented as EventsResponseListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("event.event_list", query=query))

    def event_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``event_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/events

        Returns the answer's JSON as plain data (documented as EventDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("event.event_list", [], query, limit, offset, None)))

    def event_details(self, uuid: str) -> Any:
        """Reads one record of events.

        GET /api/v3/events/{uuid}

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("event.event_details", path))

    def event_remove(self, uuid: str) -> Any:
        """Runs remove of the events.

        POST /api/v2/events/{uuid}/remove

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("event.event_remove", path))

    def event_execute(self, uuid: str) -> Any:
        """Reads the execute of the events.

        GET /api/v3/events/{uuid}/execute

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("event.event_execute", path))


class AsyncEvent(Resource):
    """``sdk.event``: the event operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of events.

        GET /api/v3/events

        Returns the answer's JSON as plain data (documented as EventsResponseListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("event.event_list", query=query)))

    def event_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``event_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/events

        Returns the answer's JSON as plain data (documented as EventDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("event.event_list", [], query, limit, offset, None)))

    def event_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of events.

        GET /api/v3/events/{uuid}

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("event.event_details", path)))

    def event_remove(self, uuid: str) -> Awaitable[Any]:
        """Runs remove of the events.

        POST /api/v2/events/{uuid}/remove

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("event.event_remove", path)))

    def event_execute(self, uuid: str) -> Awaitable[Any]:
        """Reads the execute of the events.

        GET /api/v3/events/{uuid}/execute

        Returns the answer's JSON as plain data (documented as EventsResponseDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("event.event_execute", path)))
