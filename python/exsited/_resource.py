"""Base of the resource classes (``sdk.account``, ``sdk.notes``)."""

import copy
import dataclasses
from typing import Any, Dict, Mapping, Optional, TypeVar

from exsited import _args, _native
from exsited._args import check_public_methods, checked
from exsited._transport import Call, Listing, Transport
from exsited.common.ab_exception import UsageError

_R = TypeVar("_R", bound="Resource")


class Resource:
    #: The per-call options of ``with_options`` (None: the SDK's settings).
    _options: Optional[Dict[str, Any]] = None
    #: ``with_raw_response``: answers come back as ``RawResponse``.
    _raw = False

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Every public method reports a call that does not fit its signature as UsageError.
        check_public_methods(cls)

    @checked
    def with_options(
        self: _R,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        deadline: Optional[float] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> _R:
        """A copy of this resource whose calls use these options (None keeps the current one):
        ``timeout`` (seconds one attempt may take), ``max_retries`` (0 = no retry),
        ``deadline`` (seconds for the whole call, retries included), ``extra_headers`` (sent
        with every request) and ``idempotency_key`` (the ``X-Idempotency-Key`` of a create,
        instead of a new one per call). Checked at once: a bad value raises ``ConfigError``."""
        given = {
            "timeout": timeout,
            "max_retries": max_retries,
            "deadline": deadline,
            # A mapping is copied (later changes to it do not leak in); anything else is
            # refused by the native check with a ConfigError.
            "extra_headers": dict(extra_headers) if isinstance(extra_headers, Mapping) else extra_headers,
            "idempotency_key": idempotency_key,
        }
        options = dict(self._options or {})
        options.update({k: v for k, v in given.items() if v is not None})
        _native.check_call_options(options)
        clone = copy.copy(self)
        clone._options = options or None
        return clone

    def _raw_copy(self: _R) -> _R:
        """A copy whose answers come back as ``RawResponse``: what each generated
        ``with_raw_response`` class (``AccountRaw``...) calls its methods on."""
        clone = copy.copy(self)
        clone._raw = True
        return clone

    def _run(self, call: Call) -> Any:
        """The answer (sync SDK) or an awaitable of it (async SDK)."""
        if self._options is not None or self._raw:
            call.options, call.raw = self._options, self._raw
        return self._transport.run(call)

    def _iterate(self, listing: Listing) -> Any:
        """An iterator of records (sync SDK) or an async iterator (async SDK)."""
        if self._raw:
            raise UsageError("with_raw_response has no iter_all: records carry no headers (use list() for a page)")
        # The page size and start go to the core's pager as text in the query, where the
        # rule of every list call checks them (a UsageError, never an OverflowError).
        counts = _args.listing(listing.limit, listing.offset)
        given = listing.call
        call = Call(
            given.operation, given.path, list(given.query or ()) + counts, given.body, given.wrap, given.parts,
            given.version, given.answer, self._options, given.raw, given.binary,
        )
        return self._transport.iterate(dataclasses.replace(listing, limit=None, offset=None, call=call))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._transport.client.base_url}>"
