"""The typed ``with_raw_response`` classes of the Python SDK (``sdk.account.with_raw_response``):
for every resource, a class with the resource's methods (the same parameters) each returning
``RawResponse[T]`` (an awaitable of one on the async SDK), T being what the method returns.
``iter_all`` is left out (records carry no headers), as are hand-written helpers (no HTTP
call). Each class sits in a module of its own, loaded on the first ``with_raw_response``."""

import re
from pathlib import Path
from typing import Dict, List, Set, Tuple

from api import HEADER, ROOT, Api, Binding, Operation
from python_resources import Method, dto_alias, raw_class, raw_module

TYPING = ("Any", "Awaitable", "Dict", "List", "Optional", "Sequence", "Tuple", "Union", "cast")
# names a signature may use, and where they come from
SHARED = {
    "FileArg": "exsited._args",
    "DTOBase": "exsited._dto",
    "SortDirection": "exsited.exsited.common.common_enum",
}


def bindings(api: Api, resource: str) -> List[Tuple[Operation, Binding]]:
    """The resource's methods that have a raw form: all but ``iter_all``."""
    return [(op, b) for op in api.operations for b in op.python if b.resource == resource and not b.iterate]


def render_method(method: Method, cls: str) -> List[str]:
    params = method.signature()
    answer = Method(method.api, method.op, method.b, method.uses, False).returns()
    ret = f"Awaitable[RawResponse[{answer}]]" if method.is_async else f"RawResponse[{answer}]"
    name = method.b.method
    head = f"    def {name}(self, {', '.join(params)}) -> {ret}:" if params else f"    def {name}(self) -> {ret}:"
    if len(head) > 120:
        head = "\n".join([f"    def {name}(", "        self,"] + [f"        {p}," for p in params] + [f"    ) -> {ret}:"])
    names = [p.split(":")[0] for p in params]
    typed = ret.replace(chr(34), "")
    call = f'        return cast("{typed}", self._resource.{name}({", ".join(f"{n}={n}" for n in names)}))'
    if len(call) > 120:
        call = "\n".join([f'        return cast("{typed}", self._resource.{name}('] + [f"            {n}={n}," for n in names] + ["        ))"])
    what = "an awaitable of a ``RawResponse``" if method.is_async else "a ``RawResponse``"
    return [
        head,
        f'        """``{cls}.{name}``, answering {what} (``parse()`` gives what it returns)."""',
        call,
    ]


def render(api: Api, resource: str) -> str:
    info = api.python_resources[resource]
    bound = bindings(api, resource)
    uses: Set[str] = set()
    classes: Dict[bool, List[str]] = {}
    for is_async in (False, True):
        cls = ("Async" if is_async else "") + info["class"]
        classes[is_async] = ["\n".join(render_method(Method(api, op, b, uses, is_async), cls)) for op, b in bound]
    body = ""
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        doc = f'``{prefix}{info["class"]}.with_raw_response``: its methods (but ``iter_all``), each answering '
        doc += "an awaitable of a ``RawResponse``." if is_async else "a ``RawResponse``."
        body += f"\n\nclass {raw_class(info, is_async)}(RawResource):\n    \"\"\"{doc}\"\"\"\n"
        body += "\n" + "\n\n".join(classes[is_async]) + "\n" if classes[is_async] else "\n    pass\n"

    def used(name: str) -> bool:
        return re.search(rf"\b{re.escape(name)}\b", body) is not None

    imports: Dict[str, Set[str]] = {"exsited._raw": {"RawResource", "RawResponse"}}
    for name in uses:
        alias = dto_alias(name)
        cls = name.rpartition(".")[2]
        if used(alias):
            imports.setdefault(api.dtos[name]["module"], set()).add(cls if alias == cls else f"{cls} as {alias}")
    for name, module in SHARED.items():
        if used(name):
            imports.setdefault(module, set()).add(name)
    if used("DeleteResult"):
        imports.setdefault(info["module"], set()).add("DeleteResult")
    lines = [
        f"# {HEADER}",
        f'"""The typed ``with_raw_response`` of {info["doc"].split(":")[0]}."""',
        "",
        f"from typing import {', '.join(n for n in TYPING if used(n))}",
        "",
    ]
    for module in sorted(imports):
        names = sorted(imports[module])
        if len(f"from {module} import {', '.join(names)}") <= 100:
            lines.append(f"from {module} import {', '.join(names)}")
        else:
            lines += [f"from {module} import ("] + [f"    {n}," for n in names] + [")"]
    return "\n".join(lines) + "\n" + body


def render_all(api: Api) -> Dict[Path, str]:
    files = {}
    for resource, info in api.python_resources.items():
        path = ROOT / "python" / Path(*raw_module(info["module"]).split(".")).with_suffix(".py")
        files[path] = render(api, resource)
    return files
