"""The sandbox's route registration (sandbox/src/routes/table.rs): each operation's verb and
path to its hand-written handler, or to the generic engine (sandbox/src/engine) for the
operations declared `sandbox = { generic = true }`, whose table (sandbox/src/engine/table.rs)
is written here too. Route placeholders are named by position ({p0}, {p1}...): handlers take
them positionally, and one route tree cannot name the same segment twice."""

import re
from pathlib import Path
from typing import Dict, List, Tuple

from api import HEADER, ROOT, Api, Operation


def _route(path: str) -> str:
    names = iter(range(100))
    return re.sub(r"\{\w+\}", lambda _: f"{{p{next(names)}}}", "/" + path)


def kind(api: Api, op: Operation) -> str:
    """What the generic engine does for an operation, from its verb and path."""
    ends_with_id = op.path.endswith("}")
    if op.rust_answer == "Binary":
        return "File"
    if op.verb == "GET":
        if op.paging:
            return "List"
        return "Details" if ends_with_id else "Read"
    if op.verb == "DELETE":
        return "Delete"
    if op.verb in ("PATCH", "PUT"):
        return "Update" if ends_with_id else "Write"
    # POST: a create where the same collection is listed (or it is a top-level collection)
    # (or the last segment names a top-level listed collection: orders/{id}/invoices)
    last = op.path.rsplit("/", 1)[-1]
    shape = _route(op.path)  # placeholder names differ between methods of one route
    listed = any(o.verb == "GET" and _route(o.path) in (shape, "/" + last) and o.paging for o in api.operations)
    return "Create" if listed or "{" not in op.path else "Action"


def render(api: Api) -> str:
    by_path: Dict[str, List[Tuple[str, str]]] = {}
    for op in api.operations:
        if op.sandbox.get("routed") is False:
            continue  # a caller-given path (customRequest): the sandbox records it and answers 404
        handler = "engine::serve" if op.sandbox.get("generic") else op.sandbox["handler"]
        paths = [_route(op.path)] + ([_route(op.path) + "/"] if op.sandbox.get("trailing_slash") else [])
        for path in paths:
            by_path.setdefault(path, []).append((op.verb.lower(), handler))
    modules = sorted({h.split("::")[0] for routes in by_path.values() for _, h in routes} - {"engine"})
    out = [
        f"// {HEADER}",
        "//! The API's routes (mounted under each version): every operation of api/ to its handler",
        "//! (hand-written, or the generic engine).",
        "",
        "use axum::routing::{delete, get, patch, post, put};",
        "use axum::Router;",
        "",
        f"use super::{{{', '.join(modules)}}};",
        "use crate::engine;",
        "use crate::state::SandboxState;",
        "",
        "/// Where the API is mounted: one prefix per API version.",
        "pub(crate) const VERSION_PREFIXES: &[&str] = &["
        + ", ".join('"' + api.prefix.replace("{version}", v) + '"' for v in api.versions)
        + "];",
        "",
        "pub(super) fn account_api() -> Router<SandboxState> {",
        "    Router::new()",
    ]
    used = set()
    for path, routes in by_path.items():
        verbs: Dict[str, str] = {}
        for verb, handler in routes:
            if verb in verbs and verbs[verb] != handler:
                raise ValueError(f"{verb.upper()} {path} has two handlers")
            verbs[verb] = handler
        chain = ".".join(f"{v}({h})" for v, h in verbs.items())
        used.add(next(iter(verbs)))  # the first verb is the free function, the rest methods
        out.append(f'        .route("{path}", {chain})')
    out.append("}")
    text = "\n".join(out) + "\n"
    verbs_used = ", ".join(v for v in ("delete", "get", "patch", "post", "put") if v in used)
    return text.replace("use axum::routing::{delete, get, patch, post, put};", f"use axum::routing::{{{verbs_used}}};")


def _opt(value: object) -> str:
    return "None" if value is None else f'Some("{value}")'


def render_engine(api: Api) -> str:
    out = [
        f"// {HEADER}",
        "//! The operations the generic engine answers: route, what it does, and its keys.",
        "",
        "use super::{Entry, Kind};",
        "",
        "pub(super) static ENTRIES: &[Entry] = &[",
    ]
    for op in api.operations:
        if not op.sandbox.get("generic"):
            continue
        records = op.paging["records"][0].lstrip("/") if op.paging else None
        envelope = op.envelope[0] if op.envelope else None
        out.append(
            f'    Entry {{ method: "{op.verb}", route: "{_route(op.path)}", kind: Kind::{kind(api, op)}, '
            f'root: "{op.sandbox.get("root", "data")}", envelope: {_opt(envelope)}, records: {_opt(records)} }},'
        )
    out.append("];")
    return "\n".join(out) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    return {ROOT / "sandbox/src/routes/table.rs": render(api), ROOT / "sandbox/src/engine/table.rs": render_engine(api)}
