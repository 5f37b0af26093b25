"""Loads and checks the API description in api/: the operations and the schemas."""

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "api"
HEADER = "generated from api/ — do not edit; run `make generate`"

VERBS = {"GET", "POST", "PUT", "PATCH", "DELETE"}
BODIES = {"none", "json", "multipart"}


@dataclass
class Param:
    """One parameter of an SDK method: `name[:role][=default]` in the description."""

    name: str
    role: str  # path | path.<n> | body | data | field.<key> | key | query | query.<key> | query.* | local | iterate | fields | verb | payload | format | <part name>
    default: Optional[str]

    @property
    def is_path(self) -> bool:
        """Fills a path placeholder: the next one (`path`) or the n-th (`path.<n>`)."""
        return self.role == "path" or self.role.startswith("path.")

    @staticmethod
    def parse(text: str) -> "Param":
        head, eq, default = text.partition("=")
        name, _, role = head.partition(":")
        return Param(name.strip(), role.strip() or "path", default.strip() if eq else None)


@dataclass
class Binding:
    """One SDK method that calls an operation."""

    method: str
    params: List[Param]
    resource: str = ""
    version: Optional[str] = None
    types: List[str] = field(default_factory=list)
    listing: Optional[str] = None
    iterate: Optional[str] = None
    returns: Optional[str] = None
    summary: Optional[str] = None
    annotations: Dict[str, str] = field(default_factory=dict)
    sdk: bool = True  # in the documented SDK of that language
    cls: Optional[str] = None  # PHP: the area of the class (`Order`: OrderData, OrderService); default Account
    templates: Dict[str, str] = field(default_factory=dict)  # PHP: a `query.<key>` argument's text, {} = the value


@dataclass
class Part:
    name: str
    kind: str
    min: int = 0
    max: Optional[int] = None
    required: bool = False
    content_types: List[str] = field(default_factory=list)
    join: Optional[str] = None


@dataclass
class Operation:
    name: str
    group: str
    verb: str
    path: str  # the template after the prefix: "accounts/{id}"
    version: str
    body: str
    body_optional: bool  # json: the body may be left out (one SDK posts nothing)
    envelope: List[str]
    query: List[str]
    parts: List[Part]
    dates: List[str]
    paging: Optional[Dict[str, List[str]]]
    schema: Optional[str]
    rust_answer: str
    summary: Optional[str]
    sandbox: Dict[str, Any]
    python: List[Binding]
    php: List[Binding]

    @property
    def placeholders(self) -> List[str]:
        return re.findall(r"\{(\w+)\*?\}", self.path)  # `{name*}`: a caller-given path of several segments

    def file_part(self) -> Optional[Part]:
        return next((p for p in self.parts if p.kind == "file"), None)


@dataclass
class Api:
    prefix: str
    versions: List[str]
    operations: List[Operation]
    dtos: Dict[str, Any]
    enums: Dict[str, Any]
    python_resources: Dict[str, Dict[str, str]]
    php_classes: Dict[str, Dict[str, Any]]

    def operation(self, name: str) -> Operation:
        return next(o for o in self.operations if o.name == name)


class DescriptionError(Exception):
    pass


def _binding(raw: Dict[str, Any], where: str) -> Binding:
    known = {"method", "params", "resource", "version", "types", "listing", "iterate", "returns", "summary", "annotations", "sdk", "class", "templates"}
    unknown = set(raw) - known
    if unknown:
        raise DescriptionError(f"{where}: unknown keys {sorted(unknown)}")
    params = [Param.parse(p) for p in raw.get("params", [])]
    rest = {("cls" if k == "class" else k): v for k, v in raw.items() if k != "params"}
    return Binding(params=params, **rest)


def _operation(raw: Dict[str, Any], group: str, prefix: str, versions: List[str]) -> Operation:
    name = raw["name"]
    where = f"api/operations/{group}.toml: {name}"
    if raw["verb"] not in VERBS:
        raise DescriptionError(f"{where}: verb {raw['verb']!r} is not one of {sorted(VERBS)}")
    full = raw["path"]
    if not full.startswith(prefix + "/"):
        raise DescriptionError(f"{where}: path must start with {prefix}/")
    body = raw.get("body", "none")
    if body not in BODIES:
        raise DescriptionError(f"{where}: body {body!r} is not one of {sorted(BODIES)}")
    if raw["version"] not in versions:
        raise DescriptionError(f"{where}: version {raw['version']!r} is not one of {versions}")
    parts = [Part(**p) for p in raw.get("parts", [])]
    if (body == "multipart") != bool(parts):
        raise DescriptionError(f"{where}: parts go with body = \"multipart\" and only with it")
    answer = raw.get("answer", {})
    op = Operation(
        name=name,
        group=group,
        verb=raw["verb"],
        path=full[len(prefix) + 1 :],
        version=raw["version"],
        body=body,
        body_optional=raw.get("body_optional", False),
        envelope=raw.get("envelope", []),
        query=raw.get("query", []),
        parts=parts,
        dates=raw.get("dates", []),
        paging=raw.get("paging"),
        schema=answer.get("schema"),
        rust_answer=answer["rust"],
        summary=raw.get("summary"),
        sandbox=raw["sandbox"],
        python=[_binding(b, where) for b in raw.get("python", [])],
        php=[_binding(b, where) for b in raw.get("php", [])],
    )
    _check_bindings(op, where)
    return op


def _check_bindings(op: Operation, where: str) -> None:
    for binding in op.python + op.php:
        pathish = [p for p in binding.params if p.is_path]
        for p in binding.params:
            roles = {"path", "body", "data", "query", "iterate", "fields", "version", "local", "key", "verb", "payload", "format"} | {q.name for q in op.parts}
            if p.role not in roles and not p.role.startswith(("query.", "path.", "field.")):
                raise DescriptionError(f"{where}: {binding.method}: {p.name} has the unknown role {p.role!r}")
        if len(pathish) != len(op.placeholders):
            raise DescriptionError(f"{where}: {binding.method} fills {len(pathish)} of {len(op.placeholders)} path values")


def route_key(verb: str, path: str) -> Tuple[str, str]:
    """The verb and path template with placeholder names erased: two requests are the same
    route when only their placeholder names differ (`orders/{id}` and `orders/{order_id}`)."""
    return verb, re.sub(r"\{\w+\}", "{}", path)


def load() -> Api:
    base = tomllib.loads((API / "api.toml").read_text())
    operations: List[Operation] = []
    bindings: List[Any] = []
    for group in base["groups"]:
        raw = tomllib.loads((API / "operations" / f"{group}.toml").read_text())
        operations += [_operation(o, group, base["prefix"], base["versions"]) for o in raw.get("operation", [])]
        bindings += [(group, b) for b in raw.get("binding", [])]
    # `[[binding]]`: more SDK methods calling an operation declared in another group file
    for group, raw_binding in bindings:
        op = next((o for o in operations if o.name == raw_binding["operation"]), None)
        where = f"api/operations/{group}.toml: binding of {raw_binding['operation']}"
        if op is None:
            raise DescriptionError(f"{where}: no such operation")
        if "paging" in raw_binding and op.paging is None:
            op.paging = raw_binding["paging"]  # a list the operation's own file declares without paging
        op.python += [_binding(b, where) for b in raw_binding.get("python", [])]
        op.php += [_binding(b, where) for b in raw_binding.get("php", [])]
        _check_bindings(op, where)
    names = [o.name for o in operations]
    if len(set(names)) != len(names):
        raise DescriptionError("operation names must be unique")
    routes = [(o.verb, o.path) for o in operations]
    if len(set(routes)) != len(routes):
        raise DescriptionError("two operations share a verb and a path")
    listed = {p.stem for p in (API / "operations").glob("*.toml")}
    if listed != set(base["groups"]):
        raise DescriptionError(f"api/api.toml groups {sorted(base['groups'])} differ from the files {sorted(listed)}")
    dtos = json.loads((API / "schemas" / "dtos.json").read_text())
    enums = json.loads((API / "schemas" / "enums.json").read_text())
    for op in operations:
        if op.sandbox.get("generic"):
            continue  # imported operations name the documented DTOs, resolved when present
        for schema in [op.schema] + [t for b in op.python for t in b.types + [b.iterate or ""]]:
            if schema and schema not in dtos:
                raise DescriptionError(f"{op.name}: schema {schema} is not in api/schemas/dtos.json")
    resources = base["python"]["resources"]
    for op in operations:
        for b in op.python:
            if b.resource not in resources:
                raise DescriptionError(f"{op.name}: python resource {b.resource!r} is not in api/api.toml")
    return Api(base["prefix"], base["versions"], operations, dtos, enums, resources, base["php"]["classes"])
