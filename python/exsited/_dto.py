"""The behaviour shared by every DTO class: wire names, loading, dumping, printing.

The DTO classes themselves are generated (from ``api/schemas/dtos.json`` by ``make generate``); each is a
dataclass whose attributes are the camelCase names of the reference SDK.
"""

import dataclasses
import enum
import importlib
import re
import sys
import typing
from typing import Any, ClassVar, Dict, Iterator, List, Mapping, NamedTuple, Optional, Tuple, Type, TypeVar

_D = TypeVar("_D", bound="DTOBase")

_UPPER_AFTER_LOWER = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_DIGIT_AFTER_LETTER = re.compile(r"(?<=[A-Za-z])(?=[0-9])")
_REPEATED_UNDERSCORE = re.compile(r"_+")

# Attribute names whose values are never printed (the same words the core masks).
_SECRET_NAMES = frozenset(
    {"clientsecret", "accesstoken", "refreshtoken", "authorization", "cardnumber", "token", "cvv", "cardcvv", "password"}
)
MASK = "***"


def camel_to_snake(name: str) -> str:
    """``emailAddress`` -> ``email_address``, ``addressLine1`` -> ``address_line_1``."""
    text = _UPPER_AFTER_LOWER.sub("_", name)
    text = _DIGIT_AFTER_LETTER.sub("_", text)
    return _REPEATED_UNDERSCORE.sub("_", text.lower())


def snake_to_camel(name: str) -> str:
    """``email_address`` -> ``emailAddress``, ``address_line_1`` -> ``addressLine1``."""
    head, *rest = [p for p in name.split("_") if p] or [""]
    return head[:1].lower() + head[1:] + "".join(p[:1].upper() + p[1:] for p in rest)


def is_secret_name(name: str) -> bool:
    return name.replace("_", "").replace("-", "").lower() in _SECRET_NAMES


class _Field(NamedTuple):
    attr: str
    wire: str
    # The DTO class of the value (or of each item for a list), when it is one.
    dto: Optional[Type["DTOBase"]]
    is_list: bool


def _dto_in(tp: Any) -> Tuple[Optional[Type["DTOBase"]], bool]:
    """The DTO class inside an annotation such as Optional[List[Union[str, X]]]."""
    origin = typing.get_origin(tp)
    if origin is typing.Union:
        for arg in typing.get_args(tp):
            found = _dto_in(arg)
            if found[0] is not None:
                return found
        return None, False
    if origin in (list, List):
        args = typing.get_args(tp)
        inner = _dto_in(args[0])[0] if args else None
        return inner, True
    if isinstance(tp, type) and issubclass(tp, DTOBase):
        return tp, False
    return None, False


def _plain(value: Any, include_null: bool) -> Any:
    """A value as JSON-ready data."""
    if isinstance(value, DTOBase):
        return value.to_dict(include_null=include_null)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_plain(v, include_null) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v, include_null) for k, v in value.items()}
    return value


@dataclasses.dataclass(repr=False, eq=False)
class DTOBase:
    """Base of all DTOs. Keys of an answer that the class does not declare are kept in
    ``extra`` (an instance attribute, not a dataclass field: ``dataclasses.asdict()`` gives
    the declared fields only) and written back by ``to_dict()``."""

    # Attribute name -> wire name, where the rule camel_to_snake does not give it.
    _wire_names: ClassVar[Dict[str, str]] = {}

    @classmethod
    def _fields(cls) -> Dict[str, _Field]:
        cached = cls.__dict__.get("_field_cache")
        if cached is None:
            cached = {}
            for f in dataclasses.fields(cls):
                dto, is_list = _dto_in(_annotation(cls, f.name))
                wire = cls._wire_names.get(f.name) or camel_to_snake(f.name)
                cached[f.name] = _Field(f.name, wire, dto, is_list)
            setattr(cls, "_field_cache", cached)
        return cached

    @classmethod
    def _keys(cls) -> Dict[str, str]:
        """Every spelling of a key an answer may use -> attribute name."""
        cached = cls.__dict__.get("_key_cache")
        if cached is None:
            cached = {}
            for f in cls._fields().values():
                cached[f.wire] = f.attr
                cached[f.attr] = f.attr
            setattr(cls, "_key_cache", cached)
        return cached

    @classmethod
    def _native_schema(cls) -> Tuple[List[Tuple[str, Optional[Type["DTOBase"]]]], Dict[str, int]]:
        """What the native side needs to load answers into this class the way ``load_dict``
        does: (attribute, DTO class of its value) in declared order, and every key spelling
        -> position in that list. Asked once per class."""
        fields = list(cls._fields().values())
        position = {f.attr: i for i, f in enumerate(fields)}
        return [(f.attr, f.dto) for f in fields], {key: position[attr] for key, attr in cls._keys().items()}

    @property
    def extra(self) -> Dict[str, Any]:
        """Keys of the answer that this class does not declare, as they arrived."""
        found: Dict[str, Any] = self.__dict__.setdefault("_extra", {})
        return found

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self._fields()
        return [getattr(self, n) for n in names] == [getattr(other, n) for n in names] and (
            self.__dict__.get("_extra") or {}
        ) == (other.__dict__.get("_extra") or {})

    @classmethod
    def _blank(cls) -> Dict[str, Any]:
        """Every attribute at its default (None), to start a loaded object from."""
        cached = cls.__dict__.get("_blank_cache")
        if cached is None:
            cached = {name: None for name in cls._fields()}
            setattr(cls, "_blank_cache", cached)
        return cached

    @classmethod
    def load_dict(cls: Type[_D], data: Mapping[str, Any]) -> _D:
        """Builds the DTO from decoded JSON (snake_case or camelCase keys)."""
        if type(data) is not dict and not isinstance(data, Mapping):
            from exsited.common.ab_exception import UsageError

            raise UsageError(f"{cls.__name__}.load_dict expects a dict, got {type(data).__name__}")
        fields = cls._fields()
        keys = cls._keys()
        # Answers are decoded on every call: fill the instance dict directly rather than
        # going through the generated __init__ (same result, a fraction of the cost).
        obj = cls.__new__(cls)
        values = obj.__dict__
        values.update(cls._blank())
        extra: Dict[str, Any] = {}
        for key, value in data.items():
            attr = keys.get(key)
            if attr is None:
                attr = keys.get(snake_to_camel(str(key)))
                if attr is None:
                    extra[key] = value
                    continue
            field = fields[attr]
            values[attr] = value if field.dto is None else _load_value(field, value)
        values["_extra"] = extra
        return obj

    def to_dict(self, include_null: bool = False) -> Dict[str, Any]:
        """The wire form: snake_case keys, None left out (unless include_null)."""
        out: Dict[str, Any] = {}
        for f in self._fields().values():
            value = getattr(self, f.attr)
            if value is None and not include_null:
                continue
            out[f.wire] = _plain(value, include_null)
        for key, value in (self.__dict__.get("_extra") or {}).items():
            out.setdefault(key, _plain(value, include_null))
        return out

    def _items(self) -> Iterator[Tuple[str, Any]]:
        for name in self._fields():
            yield name, getattr(self, name)

    def __repr__(self) -> str:
        parts = []
        for name, value in self._items():
            shown = MASK if value is not None and is_secret_name(name) else repr(value)
            parts.append(f"{name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


def _annotation(cls: type, name: str) -> Any:
    """The annotation of field ``name``, from the class that declares it last. The generated
    modules name the classes of other modules in ``_REFS`` rather than importing them, so
    that a module loads alone; they are imported here, when a class is first loaded."""
    for owner in cls.__mro__:
        annotations = owner.__dict__.get("__annotations__", {})
        if name in annotations:
            value = annotations[name]
            if not isinstance(value, str):
                return value
            module = sys.modules[owner.__module__]
            return eval(value, module.__dict__, _Refs(owner.__module__))  # noqa: S307 (our own annotations)
    return Any


class _Refs(Dict[str, Any]):
    """The names an annotation may use beside its module's globals: the module's ``_REFS``
    entries, imported on first use (and kept as module attributes, so that
    ``typing.get_type_hints`` works on a class once it has been loaded)."""

    def __init__(self, module: str) -> None:
        super().__init__()
        self.module = module

    def __missing__(self, name: str) -> Any:
        try:
            value = lazy_attribute(self.module, name)
        except AttributeError:
            raise KeyError(name) from None
        self[name] = value
        return value


def lazy_attribute(module: str, name: str) -> Any:
    """A module attribute named in the module's ``_REFS``: imported on first use, then kept."""
    owner = sys.modules[module]
    ref = owner.__dict__.get("_REFS", {}).get(name)
    if ref is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(ref[0]), ref[1])
    setattr(owner, name, value)
    return value


def _load_value(field: _Field, value: Any) -> Any:
    dto = field.dto
    if dto is None:
        return value
    kind = type(value)
    if kind is dict:
        return dto.load_dict(value)
    if kind is list:
        return [dto.load_dict(v) if type(v) is dict else v for v in value]
    if isinstance(value, Mapping):
        return dto.load_dict(value)
    return value
