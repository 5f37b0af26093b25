"""How a resource call reaches the core: a ``Call`` describes one operation; the sync and the
async transport run it through the native client, which loads the answer into its DTO.
asyncio is imported by the async transport when it first runs (a blocking program never
loads it: it is a good part of a cold start)."""

from __future__ import annotations

import importlib
import json
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Tuple, Type, Union

from exsited import _native
from exsited._dto import DTOBase
from exsited._raw import RawResponse
from exsited.common.sdk_conf import SDKConfig

if TYPE_CHECKING:
    # asyncio (and ssl under it) is a fifth of the import time: loaded by the async SDK only.
    import asyncio


# One operation of the core's table, with its arguments and the DTO class of its answer:
# ``Call(operation, path=None, query=None, body=None, wrap=False, parts=None, version=None,
# answer=None, options=None, raw=False, binary=None)``. Native (python/src/call.rs): every
# resource method makes one, and the native client reads it without attribute lookups.
Call = _native.Call


@dataclass
class Listing:
    """A paged list walked record by record (iter_all): the list operation's ``Call`` (path,
    query, version; the pager adds limit and offset to each page) and the records' DTO.
    ``limit``/``offset`` are the caller's values; ``Resource._iterate`` moves them into the
    call's query, where the core's pager takes them."""

    call: Call
    limit: Any
    offset: Any
    # None: records stay plain data; "module:Class": a DTO class loaded when the walk starts
    record: Union[Type[DTOBase], str, None]

    def record_class(self) -> Optional[Type[DTOBase]]:
        if not isinstance(self.record, str):
            return self.record
        module, _, name = self.record.partition(":")
        found: Type[DTOBase] = getattr(importlib.import_module(module), name)
        return found


def observing() -> bool:
    """Whether the observer wants this call's events: a print switch is on. Asked at every
    call (the switches may change at any time); the other calls are marked quiet, so the core
    builds no events for them (see python/src/client.rs). Debug logging of requests and
    answers comes from the core's log bridge (python/src/log.rs), not from here."""
    return True if (SDKConfig.PRINT_REQUEST_DATA or SDKConfig.PRINT_RAW_RESPONSE) else False


def switched(call: Call) -> None:
    """Applies the answer and version switches of ``SDKConfig`` to one call: plain JSON data
    instead of the DTO, and the API version to use. ``API_VERSION`` serves this call only, as
    in the documented SDK. The per-call paths test the three switches inline before calling
    this (a function call less on every call while all are off)."""
    if SDKConfig.ENABLE_JSON_CONVERSION:
        call.answer = None
    once = SDKConfig.API_VERSION
    if once:
        SDKConfig.API_VERSION = None
        call.version = _native.api_version("SDKConfig.API_VERSION", str(once))
    elif SDKConfig.API_GLOBAL_VERSION:
        call.version = _native.api_version("SDKConfig.API_GLOBAL_VERSION", str(SDKConfig.API_GLOBAL_VERSION))


def on_event(event: Dict[str, Any]) -> None:
    """Observer of the native client: requests and answers, already redacted."""
    show_request = SDKConfig.PRINT_REQUEST_DATA
    show_response = SDKConfig.PRINT_RAW_RESPONSE
    if not (show_request or show_response):
        return
    body = event.get("body")
    shown = "" if body is None else json.dumps(body, indent=2, ensure_ascii=False)
    if event.get("event") == "request":
        line = f"Request {event.get('operation')}: {event.get('method')} {event.get('url')}"
        if show_request:
            print(line + (f"\nData: {shown}" if shown else ""), flush=True)
    else:
        line = f"Response {event.get('operation')}: HTTP {event.get('status')}"
        if show_response:
            print(line + (f"\n{shown}" if shown else ""), flush=True)


# The hub of each event loop (see python/src/hub.rs), and the last one asked for.
_hubs: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _native.Hub]" = weakref.WeakKeyDictionary()
_last_hub: Tuple[Optional["weakref.ReferenceType[asyncio.AbstractEventLoop]"], Optional[_native.Hub]] = (None, None)


def _new_hub(loop: asyncio.AbstractEventLoop) -> _native.Hub:
    """A hub the loop watches through its socket, or, where the loop cannot watch one (the
    Windows proactor loop), one that schedules its drain through call_soon_threadsafe."""
    try:
        hub = _native.Hub()
        loop.add_reader(hub.fileno(), hub.drain)
        return hub
    except (NotImplementedError, RuntimeError):
        pass
    loop_ref = weakref.ref(loop)

    def wake() -> None:  # on a runtime thread, once per batch
        running = loop_ref()
        found = None if running is None else _hubs.get(running)
        if running is not None and found is not None:
            try:
                running.call_soon_threadsafe(found.drain)
            except RuntimeError:
                pass  # the loop is closed: nobody awaits these any more

    return _native.Hub(wake)


def hub_of(loop: asyncio.AbstractEventLoop) -> _native.Hub:
    global _last_hub
    last, found = _last_hub
    if last is not None and last() is loop and found is not None:
        return found
    found = _hubs.get(loop)
    if found is None:
        found = _hubs[loop] = _new_hub(loop)
    _last_hub = (weakref.ref(loop), found)
    return found


def _switched_listing(listing: Listing) -> bool:
    """``switched`` for a walk (its version serves every page); whether its records come back
    as plain JSON data."""
    switched(listing.call)
    return bool(SDKConfig.ENABLE_JSON_CONVERSION)


class Transport:
    """Runs calls to completion (the GIL is released by the native side meanwhile); the
    native side hands back the answer already loaded into its DTO."""

    def __init__(self, client: _native.Client) -> None:
        self.client = client

    def run(self, call: Call) -> Any:
        if SDKConfig.ENABLE_JSON_CONVERSION or SDKConfig.API_VERSION or SDKConfig.API_GLOBAL_VERSION:
            switched(call)
        answer = self.client.call(call, observing())
        return RawResponse._from_native(answer) if call.raw else answer

    def iterate(self, listing: Listing) -> Iterator[Any]:
        plain = _switched_listing(listing)
        # The pager is made now, so that a bad limit or direction is refused by iter_all()
        # itself, not at the first record.
        pager = _native.Pager(self.client, listing.call, observe=observing())

        def records() -> Iterator[Any]:
            record = None if plain else listing.record_class()
            while True:
                page = pager.next_page(record)
                if page is None:
                    return
                yield from page
                # Let the page's bytes go before the next page arrives (one page held, not two).
                page = None

        return records()


async def _settled(future: "asyncio.Future[Any]", running: _native.Running) -> Any:
    """Awaits an operation's future; when the awaiting task is cancelled (which cancels the
    future), the operation itself is aborted on the core's runtime."""
    try:
        return await future
    finally:
        if future.cancelled():
            running.abort()


class AsyncTransport(Transport):
    """Same calls, as awaitables driven by the core's runtime; answers reach the loop in
    batches through its hub."""

    def run(self, call: Call) -> Awaitable[Any]:
        return self._run(call)

    async def _run(self, call: Call) -> Any:
        import asyncio

        if SDKConfig.ENABLE_JSON_CONVERSION or SDKConfig.API_VERSION or SDKConfig.API_GLOBAL_VERSION:
            switched(call)
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        running = self.client.call_async(call, observing(), hub_of(loop), future)
        answer = await _settled(future, running)
        return RawResponse._from_native(answer) if call.raw else answer

    def iterate(self, listing: Listing) -> AsyncIterator[Any]:  # type: ignore[override]
        plain = _switched_listing(listing)
        pager = _native.Pager(self.client, listing.call, observe=observing())

        async def records() -> AsyncIterator[Any]:
            import asyncio

            loop = asyncio.get_running_loop()
            cls = None if plain else listing.record_class()
            while True:
                future = loop.create_future()
                page = await _settled(future, pager.next_page_async(cls, hub_of(loop), future))
                if page is None:
                    return
                for record in page:
                    yield record
                page = None

        return records()
