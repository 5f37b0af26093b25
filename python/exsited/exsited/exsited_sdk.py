"""The SDK entry points: ``ExsitedSDK`` (blocking calls) and ``AsyncExsitedSDK`` (awaitables).

One SDK object holds one native client: one token, one connection pool, shared by its
resources and safe to share between threads.
"""

import copy
import importlib
import os
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Sequence, Type, TypeVar, Union

from exsited import _native
from exsited._args import checked
from exsited._transport import AsyncTransport, Transport, on_event
from exsited.common.ab_exception import UsageError
from exsited._resource import Resource
from exsited.exsited._resources import RESOURCES, AsyncResources, Resources
from exsited.http.file_token_manager import FileTokenManager

if TYPE_CHECKING:
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO

_S = TypeVar("_S", bound="_SDKBase")

_OPTIONS = ("timeout", "connect_timeout", "max_retries", "deadline", "pool_idle_timeout", "allow_insecure_http", "proxy",
            "ca_cert_pem", "token_store", "trust_env", "no_proxy", "max_response_bytes", "max_upload_bytes")


class _SDKBase:
    _transport_class: Type[Transport] = Transport
    _class_prefix = ""  # "Async": the resources' async twins

    def __init__(
        self,
        exsited_url: Optional[str] = None,
        grant_type: Optional[str] = None,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        *,
        file_token_mgr: Optional[FileTokenManager] = None,
        timeout: Optional[float] = None,
        connect_timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        deadline: Optional[float] = None,
        pool_idle_timeout: Optional[float] = None,
        allow_insecure_http: bool = False,
        proxy: Optional[str] = None,
        ca_cert_pem: Optional[bytes] = None,
        token_store: Optional[str] = None,
        trust_env: bool = True,
        no_proxy: Optional[Union[str, Sequence[str]]] = None,
        max_response_bytes: Optional[int] = None,
        max_upload_bytes: Optional[int] = None,
    ) -> None:
        """Connects at once when credentials are given; otherwise call ``init_sdk`` next.

        ``timeout`` (seconds one attempt may take, answer included, default 30),
        ``connect_timeout`` (default 10), ``max_retries`` (default 2), ``deadline`` (seconds a
        whole call may take, retries and waits included; default none) and
        ``pool_idle_timeout`` (seconds an unused connection is kept, default 20) tune the
        transport; None keeps the default.
        ``token_store="redis://host:6379/0"`` shares one token between every process and host
        using these credentials (default: the EXSITED_TOKEN_STORE environment variable).
        ``proxy`` sends every request through that proxy; otherwise HTTPS_PROXY, HTTP_PROXY,
        ALL_PROXY and NO_PROXY are honoured unless ``trust_env=False`` (loopback always goes
        direct); ``no_proxy`` lists more hosts that go direct.
        ``max_response_bytes`` (largest answer read, inflated size; default 64 MiB) and
        ``max_upload_bytes`` (largest total of a call's files; default 64 MiB) bound memory:
        whole numbers from 1024 to 4 GiB.
        """
        self._options: Dict[str, Any] = dict(
            timeout=timeout,
            connect_timeout=connect_timeout,
            max_retries=max_retries,
            deadline=deadline,
            pool_idle_timeout=pool_idle_timeout,
            allow_insecure_http=allow_insecure_http,
            proxy=proxy,
            ca_cert_pem=ca_cert_pem,
            token_store=token_store,
            trust_env=trust_env,
            no_proxy=no_proxy,
            max_response_bytes=max_response_bytes,
            max_upload_bytes=max_upload_bytes,
        )
        self._client: Optional[_native.Client] = None
        self._transport: Optional[Transport] = None
        self._call_options: Optional[Dict[str, Any]] = None  # with_options(...)
        self._resources: Dict[str, Resource] = {}
        if any(v is not None for v in (exsited_url, client_id, client_secret)):
            self._connect(exsited_url, grant_type, client_id, client_secret, redirect_uri, file_token_mgr)

    def init_sdk(
        self: _S,
        request_token_dto: "RequestTokenDTO",
        file_token_mgr: Optional[FileTokenManager] = None,
        **options: Any,
    ) -> _S:
        """Connects with the credentials of ``request_token_dto`` and returns the SDK.
        Keyword options are those of the constructor (timeout, connect_timeout, max_retries...)."""
        from exsited.exsited.auth.dto.token_dto import RequestTokenDTO  # its module loads on first use

        if not isinstance(request_token_dto, RequestTokenDTO):
            got = type(request_token_dto).__name__
            raise UsageError(f"init_sdk(): request_token_dto must be a RequestTokenDTO, got {got}")
        unknown = sorted(set(options) - set(_OPTIONS))
        if unknown:
            raise UsageError(f"init_sdk(): unexpected keyword argument(s) {', '.join(unknown)}")
        self._options.update({k: v for k, v in options.items()})
        dto = request_token_dto
        self._connect(dto.exsitedUrl, dto.grantType, dto.clientId, dto.clientSecret, dto.redirectUri, file_token_mgr)
        return self

    def _connect(
        self,
        url: Optional[str],
        grant_type: Optional[str],
        client_id: Optional[str],
        client_secret: Optional[str],
        redirect_uri: Optional[str],
        file_token_mgr: Optional[FileTokenManager],
    ) -> None:
        for name, value in (("exsited_url", url), ("client_id", client_id), ("client_secret", client_secret)):
            if value is not None and not isinstance(value, str):
                raise UsageError(f"{name} must be a string, got {type(value).__name__}")
        if file_token_mgr is not None and not isinstance(file_token_mgr, (FileTokenManager, str, os.PathLike)):
            raise UsageError(f"file_token_mgr must be a FileTokenManager, got {type(file_token_mgr).__name__}")
        cache: Optional[str] = None
        if isinstance(file_token_mgr, FileTokenManager):
            cache = file_token_mgr.filepath
        elif file_token_mgr is not None:
            cache = os.fspath(file_token_mgr)
        client = _native.Client(
            url or "",
            client_id or "",
            client_secret or "",
            redirect_uri=redirect_uri,
            grant_type=grant_type,
            token_cache_file=cache,
            observer=on_event,
            **self._options,
        )
        self._transport = self._transport_class(client)
        self._client = client
        self._resources = {}

    def _ready(self) -> None:
        if self._client is None:
            raise UsageError("the SDK is not connected: give exsited_url, client_id and client_secret, or call init_sdk()")

    def _resource(self, name: str) -> Resource:
        """The resource attribute ``name``, its module imported on first use."""
        found = self._resources.get(name)
        if found is None:
            self._ready()
            module, cls = RESOURCES[name]
            found = getattr(importlib.import_module(module), self._class_prefix + cls)(self._transport)
            found._options = self._call_options
            self._resources[name] = found
        return found

    def with_options(
        self: _S,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        deadline: Optional[float] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> _S:
        """A copy of the SDK (same connection and token) whose every resource uses these
        per-call options; see ``Resource.with_options``."""
        self._ready()
        assert self._transport is not None
        # The options are merged and checked by a resource's with_options, on a throwaway one.
        probe = Resource(self._transport)
        probe._options = self._call_options
        tuned = probe.with_options(
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            extra_headers=extra_headers,
            idempotency_key=idempotency_key,
        )
        clone = copy.copy(self)
        clone._call_options = tuned._options
        clone._resources = {}
        return clone

    @property
    def exsited_url(self) -> Optional[str]:
        return None if self._client is None else self._client.base_url

    def __repr__(self) -> str:
        where = "not connected" if self._client is None else self._client.base_url
        return f"<{type(self).__name__} {where}>"


class ExsitedSDK(_SDKBase, Resources):
    """Blocking SDK: ``ExsitedSDK().init_sdk(request_token_dto=RequestTokenDTO(...))`` or
    ``ExsitedSDK(exsited_url=..., grant_type=..., client_id=..., client_secret=..., redirect_uri=...)``."""


class AsyncExsitedSDK(_SDKBase, AsyncResources):
    """The same SDK for asyncio: every resource method returns an awaitable, ``iter_all``
    an async iterator. Built the same two ways as ``ExsitedSDK``."""

    _transport_class = AsyncTransport
    _class_prefix = "Async"


# Unknown keywords and missing arguments raise UsageError, as for the resource methods.
_SDKBase.__init__ = checked(_SDKBase.__init__)  # type: ignore[method-assign]
_SDKBase.init_sdk = checked(_SDKBase.init_sdk)  # type: ignore[method-assign]
_SDKBase.with_options = checked(_SDKBase.with_options)  # type: ignore[method-assign]

__all__ = ["AsyncExsitedSDK", "ExsitedSDK"]

