"""Base of the resource classes (``sdk.account``, ``sdk.notes``)."""

import dataclasses
from typing import Any

from exsited import _args
from exsited._args import check_public_methods
from exsited._transport import Call, Listing, Transport


class Resource:
    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Every public method reports a call that does not fit its signature as UsageError.
        check_public_methods(cls)

    def _run(self, call: Call) -> Any:
        """The answer (sync SDK) or an awaitable of it (async SDK)."""
        return self._transport.run(call)

    def _iterate(self, listing: Listing) -> Any:
        """An iterator of records (sync SDK) or an async iterator (async SDK)."""
        # Checked here, like the list methods' limit/offset, so that a bad page size is a
        # UsageError rather than the native layer's OverflowError/TypeError.
        checked = dataclasses.replace(
            listing, limit=_args.count("limit", listing.limit), offset=_args.count("offset", listing.offset)
        )
        return self._transport.iterate(checked)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._transport.client.base_url}>"
