"""The Python SDK's resource classes (``sdk.account``, ``sdk.notes``) from the description:
one method per documented Python method, each a ``Call`` of a core operation."""

import json
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from api import HEADER, ROOT, Api, Binding, Operation, Param

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


class Method:
    def __init__(self, api: Api, op: Operation, b: Binding, uses: Set[str]) -> None:
        self.api, self.op, self.b, self.uses = api, op, b, uses
        self.parts = {p.name: p for p in op.parts}

    def annotation(self, p: Param) -> str:
        if p.name in self.b.annotations:
            return self.b.annotations[p.name]
        if p.role in ("body", "data"):
            self.uses.update(self.b.types)
            return self.b.types[0]
        if p.role == "fields":
            return "Optional[Dict[str, Any]]"
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

    def returns(self) -> str:
        if self.b.iterate:
            self.uses.add(self.b.iterate)
            return f"Iterator[{self.b.iterate}]"
        if self.b.returns:
            return self.b.returns
        if self.op.schema:
            self.uses.add(self.op.schema)
            return self.op.schema
        return "DeleteResult"

    def docstring(self) -> str:
        version = self.b.version or self.op.version
        line = f"{self.op.verb} {self.api.prefix.replace('{version}', version)}/{self.op.path}"
        summary = self.b.summary or self.op.summary
        return f"{summary}\n\n        {line}\n        " if summary else line

    def body_lines(self) -> List[str]:
        b, op = self.b, self.op
        lines: List[str] = []
        args: List[str] = [f'"{op.name}"']
        path = [p for p in b.params if p.role == "path"]
        if path:
            lines.append("path = [" + ", ".join(f'args.ident("{p.name}", {p.name})' for p in path) + "]")
        if b.iterate:
            lines.append("query = args.listing(None, None, direction, order_by)")
            record = b.iterate
            lines.append(
                f'return self._iterate(Listing("{op.name}", {"path" if path else "[]"}, query, limit, offset, {record}))'
            )
            return lines
        if path:
            args.append("path")
        if b.listing:
            lines.append(f"query = args.listing(limit, offset, direction, order_by, {b.listing})")
            args.append("query=query")
        for p in b.params:
            if p.role in ("body", "data"):
                accepted = "(" + ", ".join(b.types) + ("," if len(b.types) == 1 else "") + ")"
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
        if op.schema and not b.returns:
            args.append(f"answer={op.schema}")
        lines.append(f"return self._run(Call({', '.join(args)}))")
        return lines

    def render(self) -> List[str]:
        params = self.signature()
        head = f"    def {self.b.method}(self, {', '.join(params)}) -> {self.returns()}:" if params else f"    def {self.b.method}(self) -> {self.returns()}:"
        if len(head) > 120:
            head = "\n".join([f"    def {self.b.method}(", "        self,"] + [f"        {p}," for p in params] + [f"    ) -> {self.returns()}:"])
        out = [head, f'        """{self.docstring()}"""']
        out += [f"        {line}" for line in self.body_lines()]
        return out


def render(api: Api, resource: str) -> str:
    info = api.python_resources[resource]
    uses: Set[str] = set()
    methods: List[str] = []
    for op in api.operations:
        for b in op.python:
            if b.resource == resource:
                methods.append("\n".join(Method(api, op, b, uses).render()))
    imports: Dict[str, Set[str]] = {}
    for name in uses:
        imports.setdefault(api.dtos[name]["module"], set()).add(name)
    lines = [
        f"# {HEADER}",
        f'"""{info["doc"]}"""',
        "",
        "from typing import Any, Dict, Iterator, List, Optional, Tuple, Union",
        "",
        "from exsited import _args as args",
        "from exsited._args import FileArg",
        "from exsited._resource import Resource",
        "from exsited._transport import Call, Listing",
    ]
    imports.setdefault("exsited.exsited.common.common_enum", set()).add("SortDirection")
    for module in sorted(imports):
        names = sorted(imports[module])
        if len(names) == 1:
            lines.append(f"from {module} import {names[0]}")
        else:
            lines.append(f"from {module} import (")
            lines += [f"    {n}," for n in names]
            lines.append(")")
    lines += [
        "",
        "#: What a delete (204 No Content) returns.",
        "DeleteResult = Dict[str, Any]",
        "",
        "",
        f"class {info['class']}(Resource):",
    ]
    lines.append("\n\n".join(methods))
    return "\n".join(lines) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    files = {}
    for resource, info in api.python_resources.items():
        path = ROOT / "python" / Path(*info["module"].split(".")).with_suffix(".py")
        files[path] = render(api, resource)
    return files
