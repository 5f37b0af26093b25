"""The DTO and enum modules of the ``exsited`` package, from api/schemas/.

``dtos.json`` lists the DTO classes (name -> module and ``name: type`` fields); each becomes
a dataclass on ``exsited._dto.DTOBase``. ``enums.json`` lists the enums.
"""

import re
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

from api import HEADER, ROOT, Api

PACKAGE_ROOT = ROOT / "python"  # holds the exsited/ package

# Wire names the camelCase -> snake_case rule does not give.
WIRE_NAMES: Dict[str, Dict[str, str]] = {"EmailSentDetailsDTO": {"fromEmail": "from"}}

# Helpers that build a request envelope, written into their class.
METHODS: Dict[str, str] = {
    "PaymentMethodsAddDTO": (
        "    def method(self, payment_method: PaymentMethodsDataDTO) -> \"PaymentMethodsAddDTO\":\n"
        "        \"\"\"Wraps one payment method as the body of add_payment_method.\"\"\"\n"
        "        self.account = PaymentMethodsDTO(paymentMethod=payment_method)\n"
        "        return self\n"
    ),
    "PaymentCardMethodsAddDTO": (
        "    def method(self, payment_method: PaymentCardMethodsDataDTO) -> \"PaymentCardMethodsAddDTO\":\n"
        "        \"\"\"Wraps one card payment method as the body of add_payment_card_method.\"\"\"\n"
        "        self.account = PaymentCardMethodsDTO(paymentMethod=payment_method)\n"
        "        return self\n"
    ),
}

# Names existing code imports from a module other than the one that declares them.
REEXPORTS: Dict[str, List[str]] = {
    "exsited.exsited.account.dto.account_nested_dto": ["FileDTO", "NoteDataDTO", "NoteFileDataDTO", "NoteFileUuidDataDTO"],
}

# API numbers and booleans often arrive as strings; the annotations admit both.
SCALARS = {
    "str": "str",
    "int": "Union[int, str]",
    "float": "Union[float, str]",
    "bool": "Union[bool, str]",
    "dict": "Dict[str, Any]",
    "list": "List[Any]",
    "Any": "Any",
}


def module_path(module: str) -> Path:
    return PACKAGE_ROOT.joinpath(*module.split(".")).with_suffix(".py")


def python_type(spec: str, known: Set[str], uses: Set[str]) -> str:
    """``list[exsited....FileDTO]`` -> ``List[FileDTO]``; names not in the list become dicts."""

    def name(token: str) -> str:
        short = token.split(".")[-1]
        if short in SCALARS:
            return SCALARS[short]
        if short in known:
            uses.add(short)
            return short
        return "Dict[str, Any]"  # a class outside the account API (e.g. OrderDataDTO)

    spec = spec.strip()
    m = re.fullmatch(r"list\[(.*)\]", spec)
    if m:
        inner = m.group(1)
        u = re.fullmatch(r"Union\[(.*)\]", inner)
        if u:
            return "List[Union[" + ", ".join(name(p.strip()) for p in u.group(1).split(",")) + "]]"
        return f"List[{name(inner)}]"
    return name(spec)


def render(module: str, classes: List[Tuple[str, List[str]]], owner: Dict[str, str]) -> str:
    known = set(owner)
    body: List[str] = []
    uses: Set[str] = set()
    for cls, fields in classes:
        body.append("\n\n@dataclass(repr=False)")
        body.append(f"class {cls}(DTOBase):")
        for spec in fields:
            fname, _, rest = spec.partition(":")
            tspec, _, default = rest.partition("=")
            annotation = python_type(tspec, known, uses)
            value = default.strip() or "None"
            body.append(f"    {fname.strip()}: Optional[{annotation}] = {value}")
        if cls in WIRE_NAMES:
            body.append(f"\n    _wire_names = {WIRE_NAMES[cls]!r}")
        if cls in METHODS:
            body.append("")
            body.append(METHODS[cls].rstrip("\n"))
        if not fields:
            body.append("    pass")
    for cls in METHODS:
        if owner.get(cls) == module:
            uses.update(re.findall(r"\b([A-Z]\w+DTO)\b", METHODS[cls]))
    imports: Dict[str, Set[str]] = {}
    for name in sorted(uses | set(REEXPORTS.get(module, []))):
        if owner[name] != module:
            imports.setdefault(owner[name], set()).add(name)
    exported = sorted([c for c, _ in classes] + REEXPORTS.get(module, []))
    lines = [
        f"# {HEADER}",
        f'"""DTO classes of `{module}`."""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        "from typing import Any, Dict, List, Optional, Union",
        "",
        "from exsited._dto import DTOBase",
    ]
    for mod in sorted(imports):
        lines.append(f"from {mod} import {', '.join(sorted(imports[mod]))}")
    lines.append("")
    lines.append("__all__ = [")
    lines.extend(f'    "{n}",' for n in exported)
    lines.append("]")
    lines.extend(body)
    return "\n".join(lines) + "\n"


def render_enums(module: str, enums: List[Tuple[str, Dict[str, Any]]]) -> str:
    lines = [f"# {HEADER}", f'"""Enums of `{module}`."""', "", "from enum import Enum"]
    for name, info in enums:
        lines += ["", "", f"class {name}(Enum):"]
        if info.get("doc"):
            lines += [f'    """{info["doc"]}"""', ""]
        lines += [f"    {member} = {value!r}" for member, value in info["members"].items()]
        lines += ["", "    def __str__(self) -> str:", "        return self.value"]
    return "\n".join(lines).replace("'", '"') + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    owner = {cls: info["module"] for cls, info in api.dtos.items()}
    modules: Dict[str, List[Tuple[str, List[str]]]] = {}
    for cls, info in api.dtos.items():
        modules.setdefault(info["module"], []).append((cls, info["fields"]))
    files = {module_path(m): render(m, classes, owner) for m, classes in sorted(modules.items())}
    enum_modules: Dict[str, List[Tuple[str, Dict[str, Any]]]] = {}
    for name, info in api.enums.items():
        enum_modules.setdefault(info["module"], []).append((name, info))
    files.update({module_path(m): render_enums(m, e) for m, e in enum_modules.items()})
    return files
