"""The package's ``exsited/__init__.py``: the names ``from exsited import ...`` gives, with
``__all__`` written out (so that type checkers read it) and every DTO module loaded only when
one of its names is first asked for (``import exsited`` loads none of them)."""

import ast
from pathlib import Path
from typing import Dict, List

from api import HEADER, ROOT, Api
from python_dtos import Schemas

PACKAGE = ROOT / "python" / "exsited"
# The DTO modules whose classes the top level re-exports (the account service's, as before).
DTO_MODULES = [
    "exsited.exsited.account.dto.account_dto",
    "exsited.exsited.account.dto.account_nested_dto",
    "exsited.exsited.auth.dto.token_dto",
    "exsited.exsited.common.dto.common_dto",
    "exsited.exsited.notes.dto.notes_dto",
]
ERRORS = "exsited.common.ab_exception"
# Loaded at import: small, and needed by every program.
EAGER = [
    ("exsited._raw", "RawResponse"),
    ("exsited.common.sdk_conf", "SDKConfig"),
    ("exsited.exsited.common.common_enum", "SortDirection"),
    ("exsited.exsited.exsited_sdk", "AsyncExsitedSDK"),
    ("exsited.exsited.exsited_sdk", "ExsitedSDK"),
    ("exsited.http.file_token_manager", "FileTokenManager"),
]

DOC = '''"""exsited-rs: the Exsited API SDK on a Rust core.

    from exsited import ExsitedSDK, RequestTokenDTO
    sdk = ExsitedSDK().init_sdk(request_token_dto=RequestTokenDTO(
        grantType="client_credentials", clientId=..., clientSecret=..., redirectUri=..., exsitedUrl=...))
    print(sdk.account.list(limit=10))

Import paths of the documented SDK (``exsited.exsited.exsited_sdk.ExsitedSDK``,
``exsited.exsited.account.dto.account_dto.*`` ...) work as well.
"""'''


def _literal_all(module: str) -> List[str]:
    path = ROOT / "python" / Path(*module.split(".")).with_suffix(".py")
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise ValueError(f"{module} has no literal __all__")


def render(api: Api) -> str:
    schemas = Schemas(api.dtos)
    lazy: Dict[str, str] = {}  # name -> module
    for module in DTO_MODULES:
        for key, info in api.dtos.items():
            if info["module"] == module and "." not in key and not schemas.pyname(key).startswith("_"):
                lazy.setdefault(schemas.pyname(key), module)
    errors = _literal_all(ERRORS)
    names = sorted({n for _, n in EAGER} | set(errors) | set(lazy))
    out = [f"# {HEADER}", DOC, "", "from typing import TYPE_CHECKING, Any, List", ""]
    out += ["from exsited import _coexist", "from exsited._native import __version__ as _core_version"]
    # `X as X`: an explicit re-export, which `mypy --strict` asks for
    out.append(f"from {ERRORS} import (")
    out += [f"    {n} as {n}," for n in errors]
    out.append(")")
    out += [f"from {m} import {n} as {n}" for m, n in sorted(EAGER)]
    out += ["", "if TYPE_CHECKING:"]
    by_module: Dict[str, List[str]] = {}
    for name, module in sorted(lazy.items()):
        by_module.setdefault(module, []).append(name)
    for module, members in by_module.items():
        out.append(f"    from {module} import (")
        out += [f"        {n} as {n}," for n in members]
        out.append("    )")
    out += ["", "__version__ = _core_version", "", "_coexist.warn_if_documented_sdk_installed()", ""]
    out.append("# The DTO classes re-exported here, each loaded with its module on first use.")
    out.append("_LAZY = {")
    out += [f'    "{n}": "{m}",' for n, m in sorted(lazy.items())]
    out += ["}", "", "__all__ = ["]
    out += [f'    "{n}",' for n in names]
    out += [
        "]",
        "",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        module = _LAZY.get(name)",
        "        if module is None:",
        '            raise AttributeError(f"module \'exsited\' has no attribute {name!r}")',
        "        import importlib",
        "",
        "        value = getattr(importlib.import_module(module), name)",
        "        globals()[name] = value  # asked once",
        "        return value",
        "",
        "",
        "def __dir__() -> List[str]:",
        "    return sorted(set(globals()) | set(_LAZY))",
    ]
    return "\n".join(out) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    return {PACKAGE / "__init__.py": render(api)}
