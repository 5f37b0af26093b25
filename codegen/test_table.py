"""The per-operation test table (tests/rust/operation_table.rs): every operation of api/ sent
through the core to the sandbox once, with sample path values and the least input its rules
accept, checking that the sandbox received that verb on that exact path."""

import re
from pathlib import Path
from typing import Dict, List

from api import HEADER, ROOT, Api, Operation


def row(api: Api, op: Operation) -> str:
    values = [f"{name}-1" for name in op.placeholders]
    path = op.path
    for name, value in zip(op.placeholders, values):
        path = re.sub(r"\{" + name + r"\*?\}", value, path)
    expected = api.prefix.replace("{version}", op.version) + "/" + path
    texts = [p.name for p in op.parts if p.kind == "text" and p.required]
    files = [(p.name, max(p.min, 1 if p.kind == "file" and p.min else 0)) for p in op.parts if p.kind == "file"]
    files = [(n, c) for n, c in files if c]
    return (
        f'    Case {{ operation: "{op.name}", path: &[{", ".join(chr(34) + v + chr(34) for v in values)}], '
        f'json: {"true" if op.body == "json" else "false"}, '
        f'texts: &[{", ".join(chr(34) + t + chr(34) for t in texts)}], '
        f'files: &[{", ".join(f"({chr(34)}{n}{chr(34)}, {c})" for n, c in files)}], '
        f'sent: "{op.verb} {expected}", routed: {"false" if op.sandbox.get("routed") is False else "true"} }},'
    )


def render(api: Api) -> str:
    rows: List[str] = [row(api, op) for op in api.operations]
    return "\n".join(
        [
            f"// {HEADER}",
            "//! Every operation of api/ once through the core to the sandbox, with sample path values",
            "//! and the least input its rules accept: the sandbox must receive that verb on that path",
            "//! (a route exists, the core builds the URL the description gives).",
            "",
            "mod common;",
            "",
            "use common::Harness;",
            "use exsited_core::{Request, OPERATIONS};",
            "",
            "struct Case {",
            "    operation: &'static str,",
            "    path: &'static [&'static str],",
            "    json: bool,",
            "    texts: &'static [&'static str],",
            "    files: &'static [(&'static str, usize)],",
            "    sent: &'static str,",
            "    routed: bool,",
            "}",
            "",
            f"static CASES: [Case; {len(rows)}] = [",
            *rows,
            "];",
            "",
            "#[tokio::test(flavor = \"multi_thread\", worker_threads = 2)]",
            "async fn every_operation_reaches_its_route() {",
            "    assert_eq!(CASES.len(), OPERATIONS.len());",
            "    let h = Harness::new().await;",
            "    let client = h.client();",
            "    let dir = tempfile::tempdir().unwrap();",
            "    let file = dir.path().join(\"sample.png\");",
            "    std::fs::write(&file, b\"\\x89PNG\\r\\n\\x1a\\nsample\").unwrap();",
            "    for case in &CASES {",
            "        let mut request = Request::new().path(case.path.iter().copied());",
            "        if case.json {",
            "            request = request.json(serde_json::json!({}));",
            "        }",
            "        for name in case.texts {",
            "            request = request.text_part(*name, \"sample@example.com\");",
            "        }",
            "        for (name, count) in case.files {",
            "            for _ in 0..*count {",
            "                request = request.file_part(*name, &file);",
            "            }",
            "        }",
            "        h.clear_requests().await;",
            "        // The answer may be an error (the sample ids do not exist); the route must not be.",
            "        if let Err(e) = client.call(case.operation, request).await {",
            "            let route_found = e.status != Some(405) && !e.message.contains(\"No route\");",
            "            assert!(!case.routed || route_found, \"{}: {e}\", case.operation);",
            "        }",
            "        let seen = h.last_request().await;",
            "        let sent = format!(\"{} {}\", seen[\"method\"].as_str().unwrap_or(\"\"), seen[\"path\"].as_str().unwrap_or(\"\"));",
            "        assert_eq!(sent, case.sent, \"{}\", case.operation);",
            "    }",
            "}",
        ]
    ) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    return {ROOT / "tests/rust/operation_table.rs": render(api)}
