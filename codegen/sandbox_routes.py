"""The sandbox's route registration for the account API (sandbox/src/routes/table.rs): each
operation's verb and path to its hand-written handler, one `.route` per path."""

from pathlib import Path
from typing import Dict, List, Tuple

from api import HEADER, ROOT, Api


def render(api: Api) -> str:
    by_path: Dict[str, List[Tuple[str, str]]] = {}
    for op in api.operations:
        paths = ["/" + op.path] + (["/" + op.path + "/"] if op.sandbox.get("trailing_slash") else [])
        for path in paths:
            by_path.setdefault(path, []).append((op.verb.lower(), op.sandbox["handler"]))
    modules = sorted({h.split("::")[0] for routes in by_path.values() for _, h in routes})
    out = [
        f"// {HEADER}",
        "//! The account API's routes (mounted under each version): every operation of api/ to its",
        "//! handler.",
        "",
        "use axum::routing::{delete, get, patch, post, put};",
        "use axum::Router;",
        "",
        f"use super::{{{', '.join(modules)}}};",
        "use crate::state::SandboxState;",
        "",
        "/// Where the account API is mounted: one prefix per API version.",
        "pub(crate) const VERSION_PREFIXES: &[&str] = &["
        + ", ".join('"' + api.prefix.replace("{version}", v) + '"' for v in api.versions)
        + "];",
        "",
        "pub(super) fn account_api() -> Router<SandboxState> {",
        "    Router::new()",
    ]
    used = set()
    for path, routes in by_path.items():
        verbs = {}
        for verb, handler in routes:
            if verb in verbs and verbs[verb] != handler:
                raise ValueError(f"{verb.upper()} {path} has two handlers")
            verbs[verb] = handler
        chain = ".".join(f"{v}({h})" for v, h in verbs.items())
        used.add(next(iter(verbs)))  # the first verb is the free function, the rest methods
        out.append(f'        .route("{path}", {chain})')
    out[-1] += ""
    out.append("}")
    text = "\n".join(out) + "\n"
    # Import only the verbs that start a chain (an unused import is a warning).
    verbs = ", ".join(v for v in ("delete", "get", "patch", "post", "put") if v in used)
    return text.replace("use axum::routing::{delete, get, patch, post, put};", f"use axum::routing::{{{verbs}}};")


def render_all(api: Api) -> Dict[Path, str]:
    return {ROOT / "sandbox/src/routes/table.rs": render(api)}
