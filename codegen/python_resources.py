"""The Python SDK's resource classes (``sdk.account``, ``sdk.notes``) from the description:
one method per documented Python method, each a ``Call`` of a core operation."""

import json
import re
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from api import HEADER, ROOT, Api, Binding, Operation, Param
from describe import describe

LISTING = [
    ("limit", "Optional[int]"),
    ("offset", "Optional[int]"),
    ("direction", "Optional[Union[SortDirection, str]]"),
    ("order_by", "Optional[str]"),
]
# iter_all's documented order
ITERATING = [LISTING[0], LISTING[3], LISTING[2], LISTING[1]]


def _default(text: Optional[str]) -> str:
    if text is None:
        return ""
    return ' = ""' if text in ("''", '""') else f" = {text}"


def dto_alias(name: str) -> str:
    """The name a DTO class is imported as: its class name; a `module.Class` key (a class
    name several modules define) gets the module's last part in front."""
    if "." not in name:
        return name
    module, _, cls = name.rpartition(".")
    return f"{module.rpartition('.')[2]}_{cls}"


class Method:
    def __init__(self, api: Api, op: Operation, b: Binding, uses: Set[str], is_async: bool = False,
                 typing_only: Optional[Set[str]] = None, eager_modules: Optional[Set[str]] = None) -> None:
        self.api, self.op, self.b, self.uses = api, op, b, uses
        # iterator records of a DTO module the resource does not load anyway: named for type
        # checkers only, and loaded by the pager on first use (no extra module at import)
        self.typing_only = typing_only if typing_only is not None else set()
        self.eager_modules = eager_modules
        self.parts = {p.name: p for p in op.parts}
        self.is_async = is_async

    def dto(self, name: Optional[str]) -> Optional[str]:
        """The class for a DTO name, imported; None when api/schemas does not have it yet
        (an imported operation naming a documented DTO: its answer stays plain data)."""
        if not name or name not in self.api.dtos:
            return None
        self.uses.add(name)
        return dto_alias(name)

    def lazy_record(self) -> bool:
        name = self.b.iterate
        if not name or name not in self.api.dtos:
            return False
        return self.eager_modules is None or self.api.dtos[name]["module"] not in self.eager_modules

    def record_type(self) -> Optional[str]:
        if not self.lazy_record():
            return self.dto(self.b.iterate)
        self.typing_only.add(self.b.iterate or "")
        return f'"{dto_alias(self.b.iterate or "")}"'  # a forward reference: imported for type checkers only

    def record_arg(self) -> str:
        """The record class, or "module:Class" for the pager to load on first use."""
        if not self.lazy_record():
            return self.dto(self.b.iterate) or "None"
        name = self.b.iterate or ""
        return f'"{self.api.dtos[name]["module"]}:{name.rpartition(".")[2]}"'

    def types(self) -> List[str]:
        found = [t for t in (self.dto(n) for n in self.b.types) if t]
        return found or ["DTOBase"]

    def annotation(self, p: Param) -> str:
        if p.name in self.b.annotations:
            return self.b.annotations[p.name]
        if p.role in ("body", "data"):
            found = self.types()
            ann = "Union[" + found[0] + ", Dict[str, Any]]" if found == ["DTOBase"] else found[0]
            return f"Optional[{ann}]" if p.default == "None" else ann
        if p.role == "fields":
            return "Optional[Dict[str, Any]]"
        if p.role == "key" or p.role.startswith("field."):
            return "str"
        part = self.parts.get(p.role)
        if part is not None and part.kind == "file":
            return "FileArg"
        return "str"

    def signature(self) -> List[str]:
        params = [f"{p.name}: {self.annotation(p)}{_default(p.default)}" for p in self.b.params]
        if self.b.listing:
            params += [f"{n}: {t} = None" for n, t in LISTING]
            params.append(f"{self.b.listing}: Optional[Dict[str, Any]] = None")
        if self.b.iterate:
            params += [f"{n}: {t} = None" for n, t in ITERATING]
        return params

    def answer(self) -> Optional[str]:
        """The DTO class the answer loads into (None: plain data)."""
        if self.op.sandbox.get("generic") or (self.b.returns or "").endswith("DTO"):
            return self.dto(self.b.returns)
        return None if self.b.returns else self.dto(self.op.schema)

    def returns(self) -> str:
        if self.b.iterate:
            record = self.record_type() or "Dict[str, Any]"
            return f"AsyncIterator[{record}]" if self.is_async else f"Iterator[{record}]"
        if self.op.rust_answer == "Binary":
            ret = "Union[bytes, str]"
        elif self.op.sandbox.get("generic"):
            # no DTO: the answer's JSON object as it came (a 204: DeleteResult, a dict too)
            plain = "Dict[str, Any]" if self.b.returns or self.op.verb == "GET" else "DeleteResult"
            ret = self.answer() or plain
        elif (self.b.returns or "").endswith("DTO"):
            ret = self.answer() or "Any"
        elif self.b.returns:
            ret = self.b.returns
        else:
            ret = self.answer() or "DeleteResult"
        return f"Awaitable[{ret}]" if self.is_async else ret

    def docstring(self) -> str:
        """What the method does (the description's summary, else a sentence from the verb and
        path), how the arguments reach the request, the HTTP call, and what comes back."""
        b, op = self.b, self.op
        version = b.version or op.version
        summary = b.summary or op.summary or describe(op.verb, op.path, bool(op.paging))
        lines = [summary, ""]
        if b.listing or any(p.role == "query.limit" for p in b.params):
            filters = f"; the keys of ``{b.listing}`` are sent as filters" if b.listing else ""
            spread = next((p.name for p in b.params if p.role == "query.*"), None)
            filters = filters or (f"; the keys of ``{spread}`` are sent as filters" if spread else "")
            lines += ["``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``", f"(``asc``/``desc``) its order{filters}.", ""]
        sent = self.arguments_sent()
        if sent:
            lines += [sent, ""]
        if b.iterate:
            lines += ["Asks for ``limit`` records per request (100 when None, at most 1000), from",
                      "``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.", ""]
        path = self.api.prefix.replace("{version}", version) + "/" + op.path
        lines += [f"HTTP: ``{op.verb} {path}``" + (f" ({op.body} body)" if op.body != "none" else ""), ""]
        ret = self.returns()
        inner = ret[len("Awaitable["):-1] if self.is_async and ret.startswith("Awaitable[") else ret
        if b.iterate:
            record = inner[inner.index("[") + 1:-1].strip('"')
            lines += ["Yields:", f"    {record}: each record, the next page fetched when the last one is used up."]
        else:
            lines += ["Returns:", f"    {'Awaitable of ' if self.is_async else ''}{inner}: {self.returns_what(inner)}"]
        return "\n        ".join(lines).replace("\n        \n", "\n\n") + "\n        "

    def arguments_sent(self) -> str:
        """Where the arguments go when their names do not say it: path values named otherwise
        than their placeholder, the JSON body, multipart parts."""
        said = []
        placeholders = iter(self.op.placeholders)
        slots = self.op.placeholders
        for p in self.b.params:
            if p.role == "path":
                slot = next(placeholders, p.name)
                if slot != p.name:
                    said.append(f"``{p.name}`` fills ``{{{slot}}}``")
            elif p.role.startswith("path."):
                slot = slots[int(p.role[5:])]
                if slot != p.name:
                    said.append(f"``{p.name}`` fills ``{{{slot}}}``")
            elif p.role == "data" and self.op.envelope:
                said.append(f"``{p.name}`` is the JSON body's ``{self.op.envelope[0]}`` object")
            elif p.role == "body":
                said.append(f"``{p.name}`` is the JSON body")
            elif p.role in self.parts:
                part = self.parts[p.role]
                what = f"the ``{part.name}`` part" if part.kind == "text" else f"``{part.name}`` parts (each under its base name" + (f", at most {part.max}" if part.max else "") + ")"
                said.append(f"``{p.name}`` is sent as {what}")
            elif p.role == "fields":
                said.append(f"the keys of ``{p.name}`` are sent as text parts")
            elif p.role.startswith("field."):
                said.append(f"``{p.name}`` is the body's ``{p.role[6:]}``")
        if not said:
            return ""
        text = "; ".join(said) + "."
        text = text[0].upper() + text[1:] if not text.startswith("``") else text
        words, out, line = text.split(" "), [], ""
        for w in words:  # wrapped at 100 columns
            if line and len(line) + len(w) + 1 > 92:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out.append(line)
        return "\n        ".join(out)

    def returns_what(self, ret: str) -> str:
        if ret == "Union[bytes, str]":
            return "the file's bytes, or its hex or base64 text with ``format='hex'``/``'base64'``."
        if ret == "DeleteResult":
            return 'the answer\'s JSON, or ``{"success": True, "status_code": 204}`` when it has no body.'
        if ret == "Dict[str, Any]":
            return "the answer's JSON object as it came (the documented SDK has no DTO for it)."
        if ret in self.api.dtos or "_" in ret or ret.endswith("DTO"):
            return "the answer, loaded into its DTO (fields it does not declare are kept)."
        return "the answer."

    def body_lines(self) -> List[str]:
        b, op = self.b, self.op
        lines: List[str] = []
        args: List[str] = [f'"{op.name}"']
        path = [p for p in b.params if p.is_path]
        if any(p.role.startswith("path.") for p in path):
            path.sort(key=lambda p: int(p.role.partition(".")[2]))
        if path:
            lines.append("path = [" + ", ".join(f'args.ident("{p.name}", {p.name})' for p in path) + "]")
        if b.iterate:
            lines.append("query = args.listing(None, None, direction, order_by)")
            record = self.record_arg()
            version = f', version="{b.version}"' if b.version else ""
            lines.append(
                f'return self._iterate(Listing(Call("{op.name}", {"path" if path else "[]"}, query{version}), limit, offset, {record}))'
            )
            return lines
        if path:
            args.append("path")
        if b.listing:
            lines.append(f"query = args.listing(limit, offset, direction, order_by, {b.listing})")
            args.append("query=query")
        named = [p for p in b.params if p.role.startswith("query.") and p.role != "query.*"]
        spread = next((p.name for p in b.params if p.role == "query.*"), "None")
        if named or spread != "None":
            pairs = ", ".join(f'("{p.role[6:]}", {p.name})' for p in named)
            lines.append(f"query = args.query([{pairs}], {spread})")
            args.append("query=query")
        body_fields = [p for p in b.params if p.role.startswith("field.")]
        if body_fields:  # arguments that are fields of the body, wrapped in the envelope by the core
            pairs = ", ".join(f'"{p.role[6:]}": {p.name}' for p in body_fields)
            lines.append(f"body = args.fields({{{pairs}}})")
            args += ["body=body", "wrap=True"]
        keyed = next((p for p in b.params if p.role == "key"), None)
        for p in b.params:
            if p.role == "body" and keyed is not None:  # {<key argument>: <data>}
                lines.append(
                    f'body = {{args.text("{keyed.name}", {keyed.name}): args.body("{p.name}", {p.name}, (DTOBase,))}}'
                )
                args.append("body=body")
            elif p.role in ("body", "data"):
                types = self.types()
                accepted = "(" + ", ".join(types) + ("," if len(types) == 1 else "") + ")"
                lines.append(f'body = args.body("{p.name}", {p.name}, {accepted})')
                args.append("body=body")
                if p.role == "data":
                    args.append("wrap=True")
        if op.parts:
            lines.append("parts: List[Tuple[str, str, str]] = []")
            fields = next((p for p in b.params if p.role == "fields"), None)
            bound = {p.role: p for p in b.params}
            loose = [part for part in op.parts if part.kind == "text" and part.name not in bound]
            if fields is not None and loose:
                joins = {t.name: t.join for t in loose if t.join}
                lines.append(f'parts += args.text_fields("{fields.name}", {fields.name}, {json.dumps(joins)})')
            for part in op.parts:
                p = bound.get(part.name)
                if p is None:
                    continue
                if part.kind == "text":
                    lines.append(f'parts.append(("text", "{part.name}", args.text("{p.name}", {p.name})))')
                else:
                    lines.append(f'parts += [("file", "{part.name}", f) for f in args.files("{p.name}", {p.name})]')
            args.append("parts=parts")
        if b.version:
            args.append(f'version="{b.version}"')
        shown = next((p for p in b.params if p.role == "format"), None)
        if shown is not None:  # the core hands a file back as bytes, hex or base64 text
            args.append(f'binary=args.text("{shown.name}", {shown.name})')
        answer = self.answer()
        if answer:
            args.append(f"answer={answer}")
        lines.append(f"return self._run(Call({', '.join(args)}))")
        return lines

    def typed(self, line: str) -> str:
        """`return <x>` as the declared type (the transport's answer is Any to mypy)."""
        ret = self.returns()
        if not line.startswith("return ") or ret == "Any":
            return line
        return f'return cast("{ret.replace(chr(34), "")}", {line[len("return "):]})'

    def render(self) -> List[str]:
        params = self.signature()
        head = f"    def {self.b.method}(self, {', '.join(params)}) -> {self.returns()}:" if params else f"    def {self.b.method}(self) -> {self.returns()}:"
        if len(head) > 120:
            head = "\n".join([f"    def {self.b.method}(", "        self,"] + [f"        {p}," for p in params] + [f"    ) -> {self.returns()}:"])
        out = [head, f'        """{self.docstring()}"""']
        out += [f"        {self.typed(line)}" for line in self.body_lines()]
        return out


def raw_module(module: str) -> str:
    """Where a resource's typed `with_raw_response` classes are: `<module>_raw`."""
    return module + "_raw"


def raw_class(info: Dict[str, str], is_async: bool) -> str:
    return f"{'Async' if is_async else ''}{info['class']}Raw"


def raw_property(info: Dict[str, str], module: str, is_async: bool) -> List[str]:
    """`with_raw_response`: the typed raw class over a copy of the resource."""
    cls = raw_class(info, is_async)
    what = "an awaitable of a ``RawResponse``" if is_async else "a ``RawResponse``"
    return [
        "    @property",
        f'    def with_raw_response(self) -> "{cls}":',
        f'        """The same methods (but ``iter_all``), each answering {what}',
        '        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""',
        f"        from {module} import {cls}",
        "",
        f"        return {cls}(self._raw_copy())",
        "",
    ]


def render(api: Api, resource: str) -> str:
    info = api.python_resources[resource]
    bound = [(op, b) for op in api.operations for b in op.python if b.resource == resource]
    # first pass: the DTO modules the resource loads for its signatures and answers
    eager: Set[str] = set()
    for op, b in bound:
        Method(api, op, b, eager, False).render()
    eager_modules = {api.dtos[n]["module"] for n in eager}
    uses: Set[str] = set()
    typing_only: Set[str] = set()
    classes: Dict[bool, List[str]] = {False: [], True: []}
    for is_async in (False, True):
        for op, b in bound:
            method = Method(api, op, b, uses, is_async, typing_only, eager_modules)
            classes[is_async].append("\n".join(method.render()))
    imports: Dict[str, Set[str]] = {}
    checking: Dict[str, Set[str]] = {}
    for table, names in ((imports, uses), (checking, typing_only - uses)):
        for name in names:
            alias = dto_alias(name)
            cls = name.rpartition(".")[2]
            table.setdefault(api.dtos[name]["module"], set()).add(cls if alias == cls else f"{cls} as {alias}")
    lines = [
        f"# {HEADER}",
        f'"""{info["doc"]}"""',
        "",
        "from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, List, Optional, Tuple, Union, cast",
        "",
        "from exsited import _args as args",
        "from exsited._args import FileArg",
        "from exsited._dto import DTOBase",
        "from exsited._resource import Resource",
        "from exsited._transport import Call, Listing",
    ]
    imports.setdefault("exsited.exsited.common.common_enum", set()).add("SortDirection")
    # hand-written methods without an HTTP call (api.toml `helpers = "module.Class"`)
    bases = ""
    if info.get("helpers"):
        module, _, cls = info["helpers"].rpartition(".")
        imports.setdefault(module, set()).add(cls)
        bases = cls + ", "
    for module in sorted(imports):
        names = sorted(imports[module])
        if len(names) == 1:
            lines.append(f"from {module} import {names[0]}")
        else:
            lines.append(f"from {module} import (")
            lines += [f"    {n}," for n in names]
            lines.append(")")
    # the typed `with_raw_response` classes, in a module loaded on first use
    raw = raw_module(info["module"])
    checking.setdefault(raw, set()).update(raw_class(info, a) for a in (False, True))
    if checking:
        lines += ["", "if TYPE_CHECKING:"]
        for module in sorted(checking):
            lines.append(f"    from {module} import {', '.join(sorted(checking[module]))}")
    lines += [
        "",
        "#: What a delete (204 No Content) returns.",
        "DeleteResult = Dict[str, Any]",
        "",
        "",
        f"class {info['class']}({bases}Resource):",
        f'    """{info["doc"]}"""',
        "",
    ]
    lines += raw_property(info, raw, False)
    lines.append("\n\n".join(classes[False]))
    lines += [
        "",
        "",
        f"class Async{info['class']}({bases}Resource):",
        f'    """{info["doc"]} Every method returns an awaitable (``iter_all``: an async iterator)."""',
        "",
    ]
    lines += raw_property(info, raw, True)
    lines.append("\n\n".join(classes[True]))
    text = "\n".join(lines) + "\n"
    # Drop typing names the module does not use (a lint would flag them).
    body = text.split("from exsited import _args as args", 1)[1]
    used = [n for n in ("TYPE_CHECKING", "Any", "AsyncIterator", "Awaitable", "Dict", "Iterator", "List", "Optional", "Tuple", "Union", "cast")
            if re.search(rf"\b{n}\[|\b{n}\b(?!\[)", body)]
    text = text.replace(
        "from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, List, Optional, Tuple, Union, cast",
        f"from typing import {', '.join(used)}",
    )
    return text


def render_attributes(api: Api) -> str:
    """The SDK's resource attributes: each a property that imports its resource module on
    first access (so that `import exsited` loads none of them)."""
    out = [
        f"# {HEADER}",
        '"""The resource attributes of ``ExsitedSDK`` and ``AsyncExsitedSDK`` (``sdk.order``...),',
        'each created on first access."""',
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    for name, info in sorted(api.python_resources.items()):
        out.append(f"    from {info['module']} import Async{info['class']}, {info['class']}")
    out += [
        "",
        "#: attribute -> (module, class) of every resource",
        "RESOURCES = {",
    ]
    for name, info in api.python_resources.items():
        out.append(f'    "{name}": ("{info["module"]}", "{info["class"]}"),')
    out += ["}", ""]
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        out += ["", f"class {prefix}Resources:", f'    """The resource attributes of the {"async " if is_async else ""}SDK."""', "",
                "    def _resource(self, name: str) -> Any:  # pragma: no cover - defined by the SDK",
                "        raise NotImplementedError", ""]
        for name, info in api.python_resources.items():
            cls = prefix + info["class"]
            out += [
                "    @property",
                f'    def {name}(self) -> "{cls}":',
                f'        """{info["doc"]}"""',
                f'        return self._resource("{name}")  # type: ignore[no-any-return]',
                "",
            ]
    return "\n".join(out).rstrip() + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    files = {}
    for resource, info in api.python_resources.items():
        path = ROOT / "python" / Path(*info["module"].split(".")).with_suffix(".py")
        files[path] = render(api, resource)
    files[ROOT / "python/exsited/exsited/_resources.py"] = render_attributes(api)
    return files
