"""Raw answers: ``sdk.account.with_raw_response.details(id)`` gives the answer with its HTTP
status, headers and request id (header values that could hold a secret come masked)."""

from typing import TYPE_CHECKING, Any, Dict, Generic, List, Optional, Tuple, TypeVar

_T = TypeVar("_T")


class RawResponse(Generic[_T]):
    """One answer with its HTTP details; ``parse()`` gives what the method returns normally."""

    def __init__(self, parsed: _T, status_code: int, headers: List[Tuple[str, str]], request_id: Optional[str]) -> None:
        self._parsed = parsed
        #: The HTTP status of the answer.
        self.status_code = status_code
        #: The answer's headers, names in lower case (a repeated header's values joined by ", ").
        self.headers: Dict[str, str] = {}
        for name, value in headers:
            self.headers[name] = f"{self.headers[name]}, {value}" if name in self.headers else value
        #: The server's id for the request (``X-Request-Id``), when it sent one.
        self.request_id = request_id

    @classmethod
    def _from_native(cls, answer: Tuple[Any, int, List[Tuple[str, str]], Optional[str]]) -> "RawResponse[Any]":
        parsed, status_code, headers, request_id = answer
        return RawResponse(parsed, status_code, headers, request_id)

    def parse(self) -> _T:
        """The answer as the method returns it without ``with_raw_response`` (its DTO)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse status_code={self.status_code} request_id={self.request_id!r}>"


class RawResource:
    """Base of the generated ``with_raw_response`` classes (``AccountRaw``...): each has its
    resource's methods (but ``iter_all``) with the same parameters, and calls them on a copy
    of the resource that answers ``RawResponse`` (an awaitable of one on the async SDK)."""

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from exsited._args import check_public_methods  # the SDK is loaded by then

        # A call that does not fit a method's signature is a UsageError, as on the resource.
        check_public_methods(cls)

    if not TYPE_CHECKING:  # a name the class lacks stays an error to type checkers

        def __getattr__(self, name: str) -> Any:
            if name == "iter_all":
                raise AttributeError("with_raw_response has no iter_all: records carry no headers (use list() for a page)")
            raise AttributeError(f"with_raw_response has no method {name!r}")

    def __repr__(self) -> str:
        return f"<raw responses of {self._resource!r}>"
