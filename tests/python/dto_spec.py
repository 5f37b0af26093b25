"""The DTO classes of api/schemas/dtos.json (the contract's python-dtos.json format) as the
package defines them: ``module.Class`` keys name a class found in several modules, and
``module.Class#N`` an earlier definition shadowed in its module (generated as ``_ClassN``)."""

import importlib
import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

REPO = Path(__file__).resolve().parents[2]
DTOS: Dict[str, Any] = json.loads((REPO / "api" / "schemas" / "dtos.json").read_text())
ENUMS: Dict[str, Any] = json.loads((REPO / "api" / "schemas" / "enums.json").read_text())


def class_name(key: str) -> str:
    name, _, n = key.rsplit(".", 1)[-1].partition("#")
    return f"_{name}{n}" if n else name


def dto_class(key: str) -> type:
    return getattr(importlib.import_module(DTOS[key]["module"]), class_name(key))  # type: ignore[no-any-return]


def all_classes() -> List[Tuple[str, type]]:
    return [(key, dto_class(key)) for key in DTOS]
