"""Bad-input sweep over every method of every resource: each hostile argument gives an
exsited exception (UsageError for what is refused) and never anything else; what is refused
sends nothing, and what is sent stays on its documented route."""

import importlib
import inspect
import re
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest

from exsited import ABException, UsageError
from exsited.exsited._resources import RESOURCES

SKIP = {"with_options", "with_raw_response"}


def _deep(depth: int) -> Dict[str, Any]:
    value: Dict[str, Any] = {"leaf": 1}
    for _ in range(depth):
        value = {"k": value}
    return value


def _hostile() -> Dict[str, Any]:
    return {
        "object": object(),
        "set": {"a", "b"},
        "bytes": b"SWEEP1",
        "nan": float("nan"),
        "huge int": 2**200,
        "deep dict": _deep(1000),
        "huge str": "x" * (1 << 20),
        "dot-dot and NUL": "a/../b\0c",
    }


def _methods() -> Iterator[Tuple[str, str]]:
    for attr, (module, name) in RESOURCES.items():
        cls = getattr(importlib.import_module(module), name)
        for method, fn in inspect.getmembers(cls, inspect.isfunction):
            if not method.startswith("_") and method not in SKIP:
                yield attr, method


METHODS = sorted(_methods())


def _valid(param: inspect.Parameter, file: str) -> Any:
    """A well-formed value for a parameter, from its name and annotation."""
    name, ann = param.name, str(param.annotation)
    if "file" in name:
        return [file] if "List" in ann and "Union" not in ann else file
    if name in ("request_data", "email_data") or "DTO" in ann or "Dict" in ann:
        return {}
    if param.default is not inspect.Parameter.empty:
        return param.default
    if "int" in ann and "str" not in ann:
        return 1
    return "SWEEP1"


def _route(fn: Callable[..., Any]) -> str:
    m = re.search(r"HTTP: ``\w+ (/\S*)``", fn.__doc__ or "")
    return m.group(1) if m else ""


@pytest.mark.parametrize("attr,method", METHODS, ids=[f"{a}.{m}" for a, m in METHODS])
def test_hostile_arguments(sdk: Any, sb: Any, tmp_path: Any, attr: str, method: str) -> None:
    file = tmp_path / "sweep.txt"
    file.write_text("x\n")
    resource = getattr(sdk, attr)
    fn = getattr(resource, method)
    params = [p for p in inspect.signature(fn).parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    valid = {p.name: _valid(p, str(file)) for p in params}
    cases: List[Tuple[str, Dict[str, Any]]] = [("unknown keyword", {**valid, "sweep_unknown": 1})]
    for p in params:
        if p.default is inspect.Parameter.empty:
            cases.append((f"{p.name} missing", {k: v for k, v in valid.items() if k != p.name}))
        for label, value in _hostile().items():
            cases.append((f"{p.name} = {label}", {**valid, p.name: value}))

    sdk.account.list(limit=1)  # the token first, so that the log holds data requests only
    sb.clear()
    sent: List[str] = []
    findings: List[str] = []
    for label, kwargs in cases:
        try:
            answer = fn(**kwargs)
            if inspect.isgenerator(answer) or method.startswith("iter"):
                continue  # lazy: nothing is fetched until it is walked
            sent.append(label)
        except UsageError as e:
            if not e.message or len(str(e)) > 2000:
                findings.append(f"{label}: UsageError message of {len(str(e))} chars: {str(e)[:120]!r}")
        except ABException:
            sent.append(label)  # reached the server and got its error (404...)
        except Exception as e:  # noqa: BLE001 - the sweep reports whatever escapes
            findings.append(f"{label}: {type(e).__name__}: {str(e)[:200]}")
    requests = [r for r in sb.data_requests() if r.get("status") != 401]
    if len(requests) != len(sent):
        findings.append(f"{len(sent)} calls were not refused ({sent[:6]}) but the sandbox saw {len(requests)} requests")
    route = _route(fn)
    for r in requests:
        path = r["path"]
        if re.search(r"(^|/)\.\.?(/|$)", path) or "\0" in path:
            findings.append(f"a request path with a dot segment or NUL: {path[:200]}")
        if route and path.count("/") != route.rstrip("/").count("/"):
            findings.append(f"path {path[:200]} does not follow the route {route}")
    assert not findings, "\n".join(findings)


def test_the_sweep_covers_every_resource() -> None:
    assert {a for a, _ in METHODS} == set(RESOURCES)
    assert len(METHODS) >= len(RESOURCES) * 2
