"""Stub of the native module (python/src). Kept in step by ``python -m mypy.stubtest exsited._native``."""

import asyncio
from os import PathLike
from typing import Any, Callable, List, Optional, Sequence, Tuple, Union, final

__all__ = ["__version__", "Client", "Hub", "Pager", "decode", "operations"]

__version__: str

_Part = Tuple[str, str, str]

@final
class Client:
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
        token_cache_file: Optional[Union[str, PathLike[str]]] = None,
        token_store: Optional[str] = None,
        observer: Optional[Callable[[str], object]] = None,
        allow_insecure_http: bool = False,
        proxy: Optional[str] = None,
        ca_cert_pem: Optional[bytes] = None,
    ) -> Client: ...
    def call(
        self,
        operation: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        body: Optional[str],
        parts: Sequence[_Part],
        version: Optional[str],
        answer: Optional[type] = None,
        observe: bool = False,
    ) -> Any: ...
    def call_async(
        self,
        operation: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        body: Optional[str],
        parts: Sequence[_Part],
        version: Optional[str],
        answer: Optional[type],
        observe: bool,
        hub: Hub,
        future: "asyncio.Future[Any]",
    ) -> None: ...
    def token_requests(self) -> int: ...
    @property
    def base_url(self) -> str: ...

@final
class Pager:
    def __new__(
        cls,
        client: Client,
        operation: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        observe: bool = False,
    ) -> Pager: ...
    def next_page(self, record: Optional[type] = None) -> Optional[List[Any]]: ...
    def next_page_async(self, record: Optional[type], hub: Hub, future: "asyncio.Future[Any]") -> None: ...

@final
class Hub:
    def __new__(cls, waker: Optional[Callable[[], object]] = None) -> Hub: ...
    def fileno(self) -> int: ...
    def drain(self) -> None: ...
    def pending(self) -> int: ...

def decode(text: str, cls: Optional[type] = None) -> Any: ...

def operations() -> List[Tuple[str, str, str, str]]: ...
