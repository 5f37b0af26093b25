"""Checks and conversions of the arguments of resource methods, done before any request."""

import functools
import inspect
import os
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Type, TypeVar, Union

from exsited._dto import DTOBase
from exsited.common.ab_exception import UsageError
from exsited.exsited.common.common_enum import SortDirection

F = TypeVar("F", bound=Callable[..., Any])

FileArg = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]], None]


def checked(fn: F) -> F:
    """Turns a call that does not fit the signature (unknown keyword, missing argument)
    into a UsageError naming the method. The signature is read only then: a resource class
    wraps every method when its module loads, which is part of a cold start."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # The call itself checks the arguments, for free; only a TypeError is looked at
        # again: when the arguments do not bind, fn never ran and the call is reported as
        # UsageError; any other TypeError (raised inside fn) goes on unchanged.
        try:
            return fn(*args, **kwargs)
        except TypeError:
            try:
                inspect.signature(fn).bind(*args, **kwargs)
            except TypeError as e:
                raise UsageError(f"{_public_name(fn, args)}(): {e}") from None
            raise

    return wrapper  # type: ignore[return-value]


def _public_name(fn: Any, args: Tuple[Any, ...]) -> str:
    """`ExsitedSDK()` or `Account.details` as the caller wrote it, not an internal base class."""
    owner = type(args[0]).__name__ if args else fn.__qualname__.rsplit(".", 1)[0]
    return owner if fn.__name__ == "__init__" else f"{owner}.{fn.__name__}"


def _article(word: str) -> str:
    return "an" if word[:1].upper() in "AEIOU" else "a"


def check_public_methods(cls: type) -> None:
    for name, value in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(value):
            setattr(cls, name, checked(value))


def ident(name: str, value: Any) -> str:
    """A path value (account id, uuid, contact type...)."""
    if type(value) is str and value.strip():
        return value  # the usual case, first: one check per call
    if value is None:
        raise UsageError(f"{name} is required")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UsageError(f"{name} must be a string, got {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise UsageError(f"{name} must not be empty")
    return text


def body(name: str, value: Any, expected: Tuple[Type[DTOBase], ...]) -> Dict[str, Any]:
    """Request data given as one of the expected DTO classes, or as a dict of wire keys."""
    try:
        if isinstance(value, expected):
            return value.to_dict()
        if isinstance(value, Mapping):
            return _plain_dict(value)
    except RecursionError:
        raise UsageError(f"{name} nests too deeply to be sent as JSON") from None
    names = " or ".join(c.__name__ for c in expected)
    got = "None" if value is None else type(value).__name__
    raise UsageError(f"{name} must be {_article(names)} {names} (or a dict), got {got}")


def _plain_dict(value: Mapping[Any, Any]) -> Dict[str, Any]:
    from exsited._dto import _plain

    return _plain(value, False)  # type: ignore[no-any-return]


def files(name: str, value: FileArg, *, required: bool = False) -> List[str]:
    """One path or a list of paths (str or os.PathLike)."""
    if value is None or (isinstance(value, str) and value == ""):
        items: List[Any] = []
    elif isinstance(value, (str, os.PathLike)):
        items = [value]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise UsageError(f"{name} must be a file path or a list of file paths, got {type(value).__name__}")
    paths = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise UsageError(f"{name} must hold file paths, got {type(item).__name__}")
        # Whether the file exists and can be read is the core's check (before any request),
        # the same for every binding.
        paths.append(os.fspath(item))
    if required and not paths:
        raise UsageError(f"{name}: at least one file is required")
    return paths


def text(name: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UsageError(f"{name} must be a string, got {type(value).__name__}")
    return value


def count(name: str, value: Any) -> Optional[str]:
    """A limit or offset as the text sent (None: left out). Only the type is looked at here:
    whether it is a whole number of 0 or more is the core's rule, the same in every binding."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise UsageError(f"{name} must be an integer, got {type(value).__name__}")
    return str(value)


def direction_value(value: Any) -> Optional[str]:
    """A sort direction as the text sent; whether it is asc or desc is the core's rule."""
    if value is None:
        return None
    if isinstance(value, SortDirection):
        return value.value
    if isinstance(value, str):
        return value
    raise UsageError(f"direction must be SortDirection.ASC, SortDirection.DESC, 'asc' or 'desc', got {type(value).__name__}")


def query_value(value: Any, name: str = "query parameter") -> str:
    # A container has no query-string text (str() of a deep dict would not even finish).
    if isinstance(value, (Mapping, set, frozenset, bytes, bytearray)):
        raise UsageError(f"{name} must be a scalar value (str, int, float, bool), got {type(value).__name__}")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, SortDirection):
        return value.value
    return str(value)


def listing(
    limit: Any = None,
    offset: Any = None,
    direction: Any = None,
    order_by: Any = None,
    filters: Optional[Mapping[str, Any]] = None,
) -> List[Tuple[str, str]]:
    """The query of a paged list: None left out, offset=0 kept, direction as its value."""
    pairs: List[Tuple[str, str]] = []
    for key, value in (
        ("limit", count("limit", limit)),
        ("offset", count("offset", offset)),
        ("direction", direction_value(direction)),
        ("order_by", None if order_by is None else text("order_by", order_by)),
    ):
        if value is not None:
            pairs.append((key, value))
    if filters is not None:
        if not isinstance(filters, Mapping):
            raise UsageError(f"query parameters must be a dict, got {type(filters).__name__}")
        given = {k for k, _ in pairs}
        for key, value in filters.items():
            if value is not None and key not in given:
                pairs.append((str(key), query_value(value, f"query parameter {str(key)[:40]!r}")))
    return pairs


def text_fields(name: str, value: Any, joins: Mapping[str, str]) -> List[Tuple[str, str, str]]:
    """One text part per key of a dict argument (``email_data``); a key with a separator in
    ``joins`` accepts a list, sent joined. Which keys are known or required is the core's rule."""
    if not isinstance(value, Mapping):
        got = "None" if value is None else type(value).__name__
        raise UsageError(f"{name} must be a dict of text fields, got {got}")
    parts = []
    for field, item in value.items():
        separator = joins.get(field)
        text_value = comma_joined(item, separator) if separator else text(f"{name}[{field!r}]", item)
        parts.append(("text", str(field), text_value))
    return parts


def comma_joined(value: Any, separator: str = ",") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Iterable):
        return separator.join(str(v) for v in value)
    return str(value)


def query(pairs: Iterable[Tuple[str, Any]], filters: Optional[Mapping[str, Any]] = None) -> List[Tuple[str, str]]:
    """The query of a method whose arguments feed named keys: limit/offset as counts (0 is
    sent), direction as its value, None left out, then the caller's filter dict (not modified)."""
    shown: List[Tuple[str, Any]] = []
    for key, value in pairs:
        if key in ("limit", "offset"):
            shown.append((key, count(key, value)))
        elif key == "direction":
            shown.append((key, direction_value(value)))
        else:
            shown.append((key, None if value is None else query_value(value, key)))
    out = [(k, v) for k, v in shown if v is not None]
    return out + [p for p in listing(filters=filters) if p[0] not in {k for k, _ in out}]


def fields(values: Mapping[str, Any]) -> Dict[str, Any]:
    """Arguments that are fields of the body (``cancel(id, effective_date)``), None left out."""
    try:
        return {k: _plain_dict({"v": v})["v"] for k, v in values.items() if v is not None}
    except RecursionError:
        raise UsageError("the request data nests too deeply to be sent as JSON") from None
