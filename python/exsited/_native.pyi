"""Stub of the native module (python/src). Kept in step by ``python -m mypy.stubtest exsited._native``."""

import asyncio
from os import PathLike
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union, final

__all__ = ["__version__", "Call", "Client", "Hub", "Pager", "Records", "Running", "api_version", "check_call_options", "decode", "operations"]

__version__: str

@final
class Call:
    operation: str
    path: Optional[Sequence[str]]
    query: Optional[Sequence[Tuple[str, str]]]
    body: Optional[Dict[str, Any]]
    wrap: bool
    parts: Optional[Sequence[Tuple[str, str, str]]]
    version: Optional[str]
    answer: Optional[type]
    options: Optional[Dict[str, Any]]
    raw: bool
    binary: Optional[str]
    def __new__(
        cls,
        operation: str,
        path: Optional[Sequence[str]] = None,
        query: Optional[Sequence[Tuple[str, str]]] = None,
        body: Optional[Dict[str, Any]] = None,
        wrap: bool = False,
        parts: Optional[Sequence[Tuple[str, str, str]]] = None,
        version: Optional[str] = None,
        answer: Optional[type] = None,
        options: Optional[Dict[str, Any]] = None,
        raw: bool = False,
        binary: Optional[str] = None,
    ) -> Call: ...

@final
class Client:
    # Values of another type or out of range raise ConfigError naming the option.
    def __new__(
        cls,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: Optional[str] = None,
        grant_type: Optional[str] = None,
        timeout: Optional[float] = None,
        connect_timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        deadline: Optional[float] = None,
        pool_idle_timeout: Optional[float] = None,
        token_cache_file: Optional[Union[str, PathLike[str]]] = None,
        token_store: Optional[str] = None,
        observer: Optional[Callable[[Dict[str, Any]], object]] = None,
        allow_insecure_http: Optional[bool] = None,
        proxy: Optional[str] = None,
        ca_cert_pem: Optional[Union[bytes, bytearray, str]] = None,
        trust_env: Optional[bool] = None,
        no_proxy: Optional[Union[str, Sequence[str]]] = None,
        max_response_bytes: Optional[int] = None,
        max_upload_bytes: Optional[int] = None,
    ) -> Client: ...
    def call(self, call: Call, observe: bool = False) -> Any: ...
    def call_async(self, call: Call, observe: bool, hub: Hub, future: "asyncio.Future[Any]") -> Running: ...
    def in_flight(self) -> int: ...
    def token_requests(self) -> int: ...
    @property
    def base_url(self) -> str: ...

@final
class Pager:
    def __new__(
        cls,
        client: Client,
        call: Call,
        observe: bool = False,
    ) -> Pager: ...
    def next_page(self, record: Optional[type] = None) -> Optional[Records]: ...
    def next_page_async(self, record: Optional[type], hub: Hub, future: "asyncio.Future[Any]") -> Running: ...

@final
class Records:
    """One page's records, each loaded when the iteration reaches it."""
    def __iter__(self) -> Records: ...
    def __next__(self) -> Any: ...
    def __len__(self) -> int: ...

@final
class Running:
    def abort(self) -> None: ...
    def done(self) -> bool: ...

@final
class Hub:
    def __new__(cls, waker: Optional[Callable[[], object]] = None) -> Hub: ...
    def fileno(self) -> int: ...
    def drain(self) -> None: ...
    def pending(self) -> int: ...

def decode(text: str, cls: Optional[type] = None) -> Any: ...

def operations() -> List[Tuple[str, str, str, str]]: ...

def check_call_options(options: Dict[str, Any]) -> None: ...
def api_version(option: str, value: str) -> str: ...
