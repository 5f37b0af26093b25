"""The DTO and enum modules of the ``exsited`` package, from api/schemas/.

``dtos.json`` lists the DTO classes in the format of the contract's ``python-dtos.json``: a key
is the class name, or ``module.Class`` for a name declared in several modules, or
``module.Class#N`` for an earlier definition that a later one of the same name shadows in its
module (still the type of the fields declared before it). Each entry gives the module, the
``name: type`` fields, and optionally ``required`` (fields without a default), ``base`` (the
parent class), ``wire_names`` and ``methods``. Each class becomes a dataclass on
``exsited._dto.DTOBase``; ``enums.json`` lists the enums.

A field typed with a class of another module names it under ``TYPE_CHECKING`` only (for mypy)
and in the module's ``_REFS`` table, which ``DTOBase`` reads when the class is first loaded:
importing one DTO module never imports the others.
"""

import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Set, Tuple

from api import HEADER, ROOT, Api, DescriptionError
from python_dto_methods import METHODS, WIRE_NAMES

PACKAGE_ROOT = ROOT / "python"  # holds the exsited/ package

# API numbers and booleans often arrive as strings; the annotations admit both.
SCALARS = {
    "str": "str",
    "int": "Union[int, str]",
    "float": "Union[float, str]",
    "bool": "Union[bool, str]",
    "dict": "Dict[str, Any]",
    "list": "List[Any]",
    "List": "List[Any]",
    "Any": "Any",
}


# The modules `import exsited` loads anyway (the account API's): the classes of these are
# imported at run time where named, which costs nothing and keeps typing.get_type_hints()
# working on the classes that name them. Must not import each other in a circle.
EAGER = {
    "exsited.exsited.account.dto.account_dto",
    "exsited.exsited.account.dto.account_nested_dto",
    "exsited.exsited.auth.dto.token_dto",
    "exsited.exsited.common.dto.common_dto",
    "exsited.exsited.notes.dto.notes_dto",
}


def module_path(module: str) -> Path:
    return PACKAGE_ROOT.joinpath(*module.split(".")).with_suffix(".py")


class Schemas:
    """The classes of dtos.json: which key a type name in a module stands for, and the
    Python name of each class in its module."""

    def __init__(self, dtos: Dict[str, Any]) -> None:
        self.dtos = dtos

    @staticmethod
    def short(key: str) -> str:
        return key.rsplit(".", 1)[-1]

    def pyname(self, key: str) -> str:
        """``CreditAppliedDTO#1`` -> ``_CreditAppliedDTO1``: a shadowed definition is not a
        module attribute of the documented SDK, so it gets a private name here."""
        name, _, n = self.short(key).partition("#")
        return f"_{name}{n}" if n else name

    def key(self, token: str, module: str, where: str) -> str:
        """The dtos.json key a type name used in ``module`` refers to."""
        m = re.fullmatch(r"ForwardRef\('(.*)'\)|(.*)\(\)", token)
        if m:  # a string forward reference, or a class instance used as an annotation
            token = m.group(1) or m.group(2)
        if "." in token:
            if token in self.dtos:
                return token
            mod, _, name = token.rpartition(".")
            if self.dtos.get(name, {}).get("module") == mod:
                return name
        else:
            if f"{module}.{token}" in self.dtos:
                return f"{module}.{token}"
            if token in self.dtos:
                return token
        raise DescriptionError(f"api/schemas/dtos.json: {where}: no class {token!r}")


class Module:
    """One generated DTO module: its classes, and the names it takes from other modules."""

    def __init__(self, schemas: Schemas, module: str) -> None:
        self.schemas = schemas
        self.module = module
        self.local = {schemas.pyname(k) for k, v in schemas.dtos.items() if v["module"] == module}
        self.refs: Dict[str, Tuple[str, str]] = {}  # name used here -> (module, class name)
        self.runtime: Dict[str, Tuple[str, str]] = {}  # imported at run time: parents, EAGER modules

    def name_of(self, key: str, table: Dict[str, Tuple[str, str]]) -> str:
        info = self.schemas.dtos[key]
        name = self.schemas.pyname(key)
        if info["module"] == self.module:
            return name
        target = (info["module"], name)
        alias = name
        taken = self.local | {n for n, t in {**self.refs, **self.runtime}.items() if t != target}
        if alias in taken:
            alias = f"_{info['module'].rsplit('.', 1)[-1]}_{name}"
        table[alias] = target
        return alias

    def use(self, key: str) -> str:
        """The name of a class named by a field or a helper's signature."""
        eager = self.schemas.dtos[key]["module"] in EAGER
        return self.name_of(key, self.runtime if eager else self.refs)

    def annotation(self, spec: str, where: str) -> str:
        """``list[exsited....FileDTO]`` -> ``List[FileDTO]``."""

        def name(token: str) -> str:
            token = token.strip()
            if token in SCALARS:
                return SCALARS[token]
            return self.use(self.schemas.key(token, self.module, where))

        spec = spec.strip()
        m = re.fullmatch(r"(?:list|List)\[(.*)\]", spec)
        inner = m.group(1) if m else spec
        u = re.fullmatch(r"Union\[(.*)\]", inner)
        text = "Union[" + ", ".join(name(p) for p in u.group(1).split(",")) + "]" if u else name(inner)
        return f"List[{text}]" if m else text


def field_parts(spec: str) -> Tuple[str, str, str]:
    fname, _, rest = spec.partition(":")
    tspec, _, default = rest.partition("=")
    return fname.strip(), tspec.strip(), default.strip()


def ordered(schemas: Schemas, keys: List[str], module: str) -> List[str]:
    """Classes in dtos.json order, each parent of the same module before its children."""
    out: List[str] = []

    def visit(key: str) -> None:
        if key in out:
            return
        base = schemas.dtos[key].get("base", "")
        if base and not base.startswith("object"):
            parent = schemas.key(base, module, key)
            if schemas.dtos[parent]["module"] == module:
                visit(parent)
        out.append(key)

    for key in keys:
        visit(key)
    return out


def docstring(schemas: Schemas, key: str) -> str:
    name, _, n = schemas.short(key).partition("#")
    if n:
        return f"An earlier ``{name}`` of this module, still the type of the fields declared before the later one."
    return f"``{name}`` of the documented SDK."


def render_class(mod: Module, key: str) -> List[str]:
    """A dataclass with a written-out ``__init__`` (``init=False``): the one dataclasses would
    generate, without its run-time code generation (about three times the import cost)."""
    schemas = mod.schemas
    info = schemas.dtos[key]
    cls = schemas.pyname(key)
    parent_fields: Dict[str, str] = {}
    parent = "DTOBase"
    base = info.get("base", "")
    if base and not base.startswith("object"):
        parent_key = schemas.key(base, mod.module, key)
        parent = mod.name_of(parent_key, mod.runtime)
        parent_fields = {f: t for f, t, _ in map(field_parts, schemas.dtos[parent_key]["fields"])}
    required = set(info.get("required", []))
    lines = ["", "", "@dataclass(repr=False, eq=False, init=False)", f"class {cls}({parent}):"]
    lines.append(f'    """{docstring(schemas, key)}"""')
    params: List[str] = []
    for spec in info["fields"]:
        fname, tspec, default = field_parts(spec)
        annotation = mod.annotation(tspec, f"{key}.{fname}")
        value = "" if fname in required else f" = {default or 'None'}"
        params.append(f"{fname}: Optional[{annotation}]{value}")
        if parent_fields.get(fname) == tspec:
            continue  # inherited as it is
        line = f"    {params[-1]}"
        if fname in parent_fields:
            line += "  # type: ignore[assignment]"  # the documented SDK narrows the parent's type
        lines.append(line)
    wire = {**info.get("wire_names", {}), **WIRE_NAMES.get(key, {})}
    if wire:
        lines.append(f"\n    _wire_names = {wire!r}")
    if params:
        lines += ["", f"    def __init__(self, {', '.join(params)}) -> None:"]
        lines += [f"        self.{field_parts(spec)[0]} = {field_parts(spec)[0]}" for spec in info["fields"]]
    if key in METHODS:
        lines.append("")
        lines.append(METHODS[key].strip("\n"))
        signatures = " ".join(re.findall(r"def .*", METHODS[key]))
        for ref in sorted(set(re.findall(r"\b([A-Z]\w+DTO)\b", signatures)) - mod.local):
            mod.use(schemas.key(ref, mod.module, key))  # a type; the body imports what it builds
    return lines


def render(schemas: Schemas, module: str, keys: List[str], imported: Dict[str, Set[str]]) -> str:
    mod = Module(schemas, module)
    body: List[str] = []
    for key in ordered(schemas, keys, module):
        body += render_class(mod, key)
    # Star imports give the classes whose name is the SDK's only one of that name; a name
    # declared in several modules is imported from the module meant.
    exported = sorted(schemas.pyname(k) for k in keys if "." not in k)
    lazy = {n: t for n, t in mod.refs.items() if n not in mod.runtime}
    imported[module] = {m for m, _ in mod.runtime.values()}
    typing_names = "TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union" if lazy else "Any, Dict, List, Optional, Union"
    lines = [
        f"# {HEADER}",
        f'"""DTO classes of `{module}`."""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        f"from typing import {typing_names}",
        "",
        "from exsited._dto import DTOBase" + (", lazy_attribute" if lazy else ""),
    ]
    lines += imports(mod.runtime)
    if lazy:
        lines += ["", "if TYPE_CHECKING:"]
        lines += ["    " + line for line in imports(lazy)]
    lines += ["", "__all__ = ["]
    lines += [f'    "{n}",' for n in exported]
    lines += ["]"]
    if lazy:
        lines += ["", "# Classes of other modules named by the fields here, imported when first loaded."]
        lines.append("_REFS: Dict[str, Tuple[str, str]] = {")
        lines += [f'    "{n}": ("{m}", "{c}"),' for n, (m, c) in sorted(lazy.items())]
        lines.append("}")
        lines += [
            "",
            "if not TYPE_CHECKING:",
            "",
            "    def __getattr__(name: str) -> Any:",
            '        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""',
            "        return lazy_attribute(__name__, name)",
        ]
    lines += body
    return "\n".join(lines) + "\n"


def imports(table: Dict[str, Tuple[str, str]]) -> List[str]:
    by_module: Dict[str, List[str]] = {}
    for alias, (module, name) in table.items():
        by_module.setdefault(module, []).append(name if alias == name else f"{name} as {alias}")
    return [f"from {m} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]


def render_enums(module: str, enums: List[Tuple[str, Dict[str, Any]]]) -> str:
    lines = [f"# {HEADER}", f'"""Enums of `{module}`."""', "", "from enum import Enum"]
    for name, info in enums:
        lines += ["", "", f"class {name}(Enum):"]
        if info.get("doc"):
            lines += [f'    """{info["doc"]}"""', ""]
        lines += [f"    {member} = {value!r}" for member, value in info["members"].items()]
        lines += ["", "    def __str__(self) -> str:", "        return self.value"]
    return "\n".join(lines).replace("'", '"') + "\n"


def check_no_circle(imported: Dict[str, Set[str]]) -> None:
    """Run-time imports between DTO modules must not go round in a circle."""

    def visit(module: str, path: List[str]) -> None:
        if module in path:
            circle = " -> ".join(path[path.index(module) :] + [module])
            raise DescriptionError(f"DTO modules import each other in a circle: {circle}")
        for other in imported.get(module, ()):
            visit(other, path + [module])

    for module in imported:
        visit(module, [])


def packages(modules: Set[str]) -> Dict[Path, str]:
    """An ``__init__.py`` for every package below ``exsited`` that holds a generated module."""
    out: Dict[Path, str] = {}
    for module in modules:
        parts = module.split(".")[:-1]
        for n in range(2, len(parts) + 1):
            path = PACKAGE_ROOT.joinpath(*parts[:n], "__init__.py")
            out[path] = f"# {HEADER}\n"
    return out


def render_all(api: Api) -> Dict[Path, str]:
    schemas = Schemas(api.dtos)
    modules: Dict[str, List[str]] = {}
    for key, info in api.dtos.items():
        modules.setdefault(info["module"], []).append(key)
    imported: Dict[str, Set[str]] = {}
    files = {module_path(m): render(schemas, m, keys, imported) for m, keys in sorted(modules.items())}
    check_no_circle(imported)
    enum_modules: Dict[str, List[Tuple[str, Dict[str, Any]]]] = {}
    for name, info in api.enums.items():
        enum_modules.setdefault(info["module"], []).append((name, info))
    files.update({module_path(m): render_enums(m, e) for m, e in enum_modules.items()})
    files.update(packages(set(modules) | set(enum_modules)))
    return files
