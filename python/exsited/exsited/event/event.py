# generated from api/ — do not edit; run `make generate`
"""``sdk.event``: the event operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.event.dto.event_dto import (
    EventDTO,
    EventsResponseDetailsDTO,
    EventsResponseListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.event.event_raw import AsyncEventRaw, EventRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Event(Resource):
    """``sdk.event``: the event operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "EventRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.event.event_raw import EventRaw

        return EventRaw(self._raw_copy())

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> EventsResponseListDTO:
        """Lists the events, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/events``

        Returns:
            EventsResponseListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("EventsResponseListDTO", self._run(Call("event.event_list", query=query, answer=EventsResponseListDTO)))

    def event_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[EventDTO]:
        """Every event that ``event_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/events``

        Yields:
            EventDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[EventDTO]", self._iterate(Listing(Call("event.event_list", [], query), limit, offset, EventDTO)))

    def event_details(self, uuid: str) -> EventsResponseDetailsDTO:
        """Reads an event.

        HTTP: ``GET /api/v3/events/{uuid}``

        Returns:
            EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("EventsResponseDetailsDTO", self._run(Call("event.event_details", path, answer=EventsResponseDetailsDTO)))

    def event_remove(self, uuid: str) -> EventsResponseDetailsDTO:
        """Removes an event.

        HTTP: ``POST /api/v2/events/{uuid}/remove``

        Returns:
            EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("EventsResponseDetailsDTO", self._run(Call("event.event_remove", path, answer=EventsResponseDetailsDTO)))

    def event_execute(self, uuid: str) -> EventsResponseDetailsDTO:
        """Reads the execute of an event.

        HTTP: ``GET /api/v3/events/{uuid}/execute``

        Returns:
            EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("EventsResponseDetailsDTO", self._run(Call("event.event_execute", path, answer=EventsResponseDetailsDTO)))


class AsyncEvent(Resource):
    """``sdk.event``: the event operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncEventRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.event.event_raw import AsyncEventRaw

        return AsyncEventRaw(self._raw_copy())

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[EventsResponseListDTO]:
        """Lists the events, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/events``

        Returns:
            Awaitable of EventsResponseListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[EventsResponseListDTO]", self._run(Call("event.event_list", query=query, answer=EventsResponseListDTO)))

    def event_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[EventDTO]:
        """Every event that ``event_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/events``

        Yields:
            EventDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[EventDTO]", self._iterate(Listing(Call("event.event_list", [], query), limit, offset, EventDTO)))

    def event_details(self, uuid: str) -> Awaitable[EventsResponseDetailsDTO]:
        """Reads an event.

        HTTP: ``GET /api/v3/events/{uuid}``

        Returns:
            Awaitable of EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[EventsResponseDetailsDTO]", self._run(Call("event.event_details", path, answer=EventsResponseDetailsDTO)))

    def event_remove(self, uuid: str) -> Awaitable[EventsResponseDetailsDTO]:
        """Removes an event.

        HTTP: ``POST /api/v2/events/{uuid}/remove``

        Returns:
            Awaitable of EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[EventsResponseDetailsDTO]", self._run(Call("event.event_remove", path, answer=EventsResponseDetailsDTO)))

    def event_execute(self, uuid: str) -> Awaitable[EventsResponseDetailsDTO]:
        """Reads the execute of an event.

        HTTP: ``GET /api/v3/events/{uuid}/execute``

        Returns:
            Awaitable of EventsResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[EventsResponseDetailsDTO]", self._run(Call("event.event_execute", path, answer=EventsResponseDetailsDTO)))
