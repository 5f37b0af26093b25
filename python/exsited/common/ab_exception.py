"""The exceptions of the SDK. Every failure raises an ``ABException`` (or a subclass naming
what went wrong); nothing in them holds a secret, the core masks credentials before they
get here."""

from typing import Any, Dict, List, Optional, Sequence, Tuple


class ABException(Exception):
    """A failed SDK call.

    ``message`` says what happened, ``get_errors()`` lists the API's error messages of this
    answer only, ``raw_response`` is the decoded answer (or its text), ``status_code`` the HTTP
    status when the server answered, ``request_id`` the server's id for the request
    (``X-Request-Id``) and ``headers`` the answer's headers (lower-case names, secret values
    masked) when it sent them.
    """

    def __init__(
        self,
        message: Optional[str] = None,
        exception_type: Optional[str] = None,
        *,
        status_code: Optional[int] = None,
        errors: Optional[List[str]] = None,
        raw_response: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.exception_type = exception_type
        self.status_code = status_code
        self.errors: List[Any] = list(errors) if errors else []
        self.raw_response = raw_response
        self.operation: Optional[str] = None
        self.retry_after: Optional[float] = None
        self.request_id: Optional[str] = None
        self.headers: Dict[str, str] = {}

    def add_raw_response(self, raw_response: Any) -> "ABException":
        self.raw_response = raw_response
        return self

    def add_error(self, error: Any) -> "ABException":
        self.errors.append(error)
        return self

    def get_errors(self) -> List[Any]:
        return self.errors

    @property
    def kind(self) -> Optional[str]:
        """The core's error kind (``not_found``, ``rate_limit``, ...)."""
        return self.exception_type

    @classmethod
    def _from_native(
        cls,
        message: str,
        kind: str,
        status_code: Optional[int],
        errors: List[str],
        raw: Any,
        operation: Optional[str],
        retry_after: Optional[float],
        request_id: Optional[str] = None,
        headers: Sequence[Tuple[str, str]] = (),
    ) -> "ABException":
        error = cls(message, kind, status_code=status_code, errors=errors, raw_response=raw)
        error.operation = operation
        error.retry_after = retry_after
        error.request_id = request_id
        for name, value in headers:
            error.headers[name] = f"{error.headers[name]}, {value}" if name in error.headers else value
        return error

    def __str__(self) -> str:
        return "" if self.message is None else str(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r})"


class UsageError(ABException, TypeError, ValueError):
    """Bad input found before any request was sent (wrong type, missing id, unknown keyword,
    missing file, too many files)."""


class ConfigError(UsageError):
    """The SDK's settings are invalid (bad URL, empty client id, a timeout or retry count of
    the wrong type or out of range); the message names the option and what it accepts. A
    ``UsageError``, so ``except UsageError`` catches bad options too."""


class APIStatusError(ABException):
    """The server answered with an HTTP error status."""


class ValidationError(APIStatusError):
    """400 or 422: the API refused the request's content."""


class AuthenticationError(APIStatusError):
    """401, or the token endpoint refused the credentials."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class RateLimitError(APIStatusError):
    """429 (``retry_after`` holds the server's Retry-After in seconds, when given)."""


class ServerError(APIStatusError):
    """5xx."""


class APIConnectionError(ABException):
    """The connection could not be made or was lost."""


class APITimeoutError(APIConnectionError):
    """Connecting or waiting for the answer took longer than the configured timeout."""


class DecodeError(ABException):
    """The answer could not be decoded (malformed JSON, too large)."""


__all__ = [
    "ABException",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConfigError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UsageError",
    "ValidationError",
]
