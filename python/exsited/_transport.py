"""How a resource call reaches the core: a ``Call`` describes one operation; the sync and the
async transport run it through the native client and decode the answer into its DTO."""

import asyncio
import functools
import json
import logging
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator, List, Optional, Sequence, Tuple, Type

from exsited import _native
from exsited._dto import DTOBase
from exsited.common.sdk_conf import SDKConfig

logger = logging.getLogger("exsited")


@dataclass
class Call:
    """One operation of the core's table, with its arguments and the DTO of its answer."""

    operation: str
    path: Sequence[str] = ()
    query: List[Tuple[str, str]] = field(default_factory=list)
    body: Optional[dict] = None  # type: ignore[type-arg]
    parts: List[Tuple[str, str, str]] = field(default_factory=list)
    version: Optional[str] = None
    answer: Optional[Type[DTOBase]] = None


@dataclass
class Listing:
    """A paged list walked record by record (iter_all)."""

    operation: str
    path: Sequence[str]
    query: List[Tuple[str, str]]
    limit: Optional[int]
    offset: Optional[int]
    record: Type[DTOBase]


def decode(call: Call, status: int, text: Optional[str]) -> Any:
    if text is None:
        # 204 No Content (or an empty 2xx): what the reference SDK documents.
        return {"success": True, "status_code": status}
    data = json.loads(text)
    if call.answer is not None and isinstance(data, dict):
        return call.answer.load_dict(data)
    return data


def on_event(text: str) -> None:
    """Observer of the native client: requests and answers, already redacted."""
    show_request = SDKConfig.PRINT_REQUEST_DATA
    show_response = SDKConfig.PRINT_RAW_RESPONSE
    log = logger.isEnabledFor(logging.DEBUG)
    if not (show_request or show_response or log):
        return
    event = json.loads(text)
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
    if log:
        logger.debug("%s %s", line, "" if body is None else json.dumps(body, ensure_ascii=False))


def _resolve(future: "asyncio.Future[Any]", ok: bool, value: Any) -> None:
    if future.done():  # cancelled meanwhile
        return
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)


def _settle_from_runtime(loop: asyncio.AbstractEventLoop, future: "asyncio.Future[Any]", ok: bool, value: Any) -> None:
    """Called on a core runtime thread: hands the outcome to the loop's thread."""
    try:
        loop.call_soon_threadsafe(_resolve, future, ok, value)
    except RuntimeError:
        pass  # the loop is closed: nobody awaits this any more


def _awaitable(start: Callable[[Callable[[bool, Any], None]], None]) -> "asyncio.Future[Any]":
    loop = asyncio.get_running_loop()
    future: "asyncio.Future[Any]" = loop.create_future()
    start(functools.partial(_settle_from_runtime, loop, future))
    return future


class Transport:
    """Runs calls to completion (the GIL is released by the native side meanwhile)."""

    def __init__(self, client: _native.Client) -> None:
        self.client = client

    def run(self, call: Call) -> Any:
        body = None if call.body is None else json.dumps(call.body)
        status, text = self.client.call(call.operation, list(call.path), call.query, body, call.parts, call.version)
        return decode(call, status, text)

    def iterate(self, listing: Listing) -> Iterator[Any]:
        pager = _native.Pager(self.client, listing.operation, list(listing.path), listing.query, listing.limit, listing.offset)
        while True:
            page = pager.next_page()
            if page is None:
                return
            for record in json.loads(page):
                yield listing.record.load_dict(record) if isinstance(record, dict) else record


class AsyncTransport(Transport):
    """Same calls, as awaitables driven by the core's runtime."""

    def run(self, call: Call) -> Awaitable[Any]:  # type: ignore[override]
        body = None if call.body is None else json.dumps(call.body)

        async def run() -> Any:
            future = _awaitable(
                lambda settle: self.client.call_async(
                    call.operation, list(call.path), call.query, body, call.parts, call.version, settle
                )
            )
            status, text = await future
            return decode(call, status, text)

        return run()

    def iterate(self, listing: Listing) -> AsyncIterator[Any]:  # type: ignore[override]
        async def records() -> AsyncIterator[Any]:
            pager = _native.Pager(self.client, listing.operation, list(listing.path), listing.query, listing.limit, listing.offset)
            while True:
                page = await _awaitable(pager.next_page_async)
                if page is None:
                    return
                for record in json.loads(page):
                    yield listing.record.load_dict(record) if isinstance(record, dict) else record

        return records()
