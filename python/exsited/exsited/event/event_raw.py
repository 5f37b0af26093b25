# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.event``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.event.dto.event_dto import EventsResponseDetailsDTO, EventsResponseListDTO


class EventRaw(RawResource):
    """``Event.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[EventsResponseListDTO]:
        """``Event.event_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EventsResponseListDTO]", self._resource.event_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def event_details(self, uuid: str) -> RawResponse[EventsResponseDetailsDTO]:
        """``Event.event_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EventsResponseDetailsDTO]", self._resource.event_details(uuid=uuid))

    def event_remove(self, uuid: str) -> RawResponse[EventsResponseDetailsDTO]:
        """``Event.event_remove``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EventsResponseDetailsDTO]", self._resource.event_remove(uuid=uuid))

    def event_execute(self, uuid: str) -> RawResponse[EventsResponseDetailsDTO]:
        """``Event.event_execute``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EventsResponseDetailsDTO]", self._resource.event_execute(uuid=uuid))


class AsyncEventRaw(RawResource):
    """``AsyncEvent.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def event_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[EventsResponseListDTO]]:
        """``AsyncEvent.event_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EventsResponseListDTO]]", self._resource.event_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def event_details(self, uuid: str) -> Awaitable[RawResponse[EventsResponseDetailsDTO]]:
        """``AsyncEvent.event_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EventsResponseDetailsDTO]]", self._resource.event_details(uuid=uuid))

    def event_remove(self, uuid: str) -> Awaitable[RawResponse[EventsResponseDetailsDTO]]:
        """``AsyncEvent.event_remove``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EventsResponseDetailsDTO]]", self._resource.event_remove(uuid=uuid))

    def event_execute(self, uuid: str) -> Awaitable[RawResponse[EventsResponseDetailsDTO]]:
        """``AsyncEvent.event_execute``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EventsResponseDetailsDTO]]", self._resource.event_execute(uuid=uuid))
