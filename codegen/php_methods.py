"""The PHP service classes' methods (php/src/methods.rs) from the description: one method
per documented PHP method, each a row of the method table that php/src/invoke.rs runs."""

import json
import re
from pathlib import Path
from typing import Dict, List

from api import HEADER, ROOT, Api, Binding, Operation, Param


#: The last parameter of every non-iterating method: the call's options array (timeout,
#: max_retries, deadline, extra_headers, idempotency_key); iterateAll takes them in its own.
CALL_OPTIONS = "callOptions"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def ident(name: str) -> str:
    return f"r#{name}" if name in ("ref", "type", "match", "use", "fn") else name


def spec_name(b: Binding) -> str:
    return snake(b.method).upper()


def role(op: Operation, r: str) -> str:
    fixed = {"path": "Path", "query": "Query", "data": "Data", "body": "Body", "fields": "Fields"}
    return f"Role::{fixed[r]}" if r in fixed else f'Role::Part("{r}")'


def args_of(b: Binding) -> List:
    return [p for p in b.params if p.role not in ("version", "iterate")]


def spec(op: Operation, b: Binding) -> str:
    params = ", ".join(f'("{p.name}", {role(op, p.role)})' for p in args_of(b))
    return f'const {spec_name(b)}: Method = Method {{ operation: "{op.name}", params: &[{params}] }};'


def takes_options(php_class: str) -> bool:
    """The modern classes (Exsited\\*) take the call's options array; the documented SDK's
    classes keep its signatures."""
    return php_class.startswith("Exsited\\")


def method(api: Api, op: Operation, b: Binding, options_last: bool = False) -> List[str]:
    sig: List[str] = ["&self"]
    values: List[str] = []
    iterating = any(p.role == "iterate" for p in b.params)
    has_version = any(p.role == "version" for p in b.params)
    for p in b.params:
        name = ident(p.name)
        if p.role == "version":
            sig.append(f"{p.name}: Option<String>")
        elif p.role == "iterate":
            sig.append(f"{p.name}: Option<&ZendHashTable>")
        elif p.role == "fields":
            sig.append(f"{name}: &ZendHashTable")
            values.append(f"Arg::Table({name})")
        elif p.default is not None or p.role == "query":
            sig.append(f"{name}: Option<&Zval>")
            values.append(f"Arg::Value({name})")
        else:
            sig.append(f"{name}: &Zval")
            values.append(f"Arg::Value(Some({name}))")
    if not has_version and not iterating:
        sig.append("apiVersion: Option<String>")
    call_options = CALL_OPTIONS if options_last and not iterating else "None"
    if call_options != "None":
        sig.append(f"{CALL_OPTIONS}: Option<&Zval>")  # the call's options array, always last
    line = f"{op.verb} {api.prefix}/{op.path}"
    doc = [f"    /// {line}"] + ([f"    /// {b.summary}"] if b.summary else [])
    args = "[" + ", ".join(values) + "]"
    if iterating:
        options = next(p.name for p in b.params if p.role == "iterate")
        head = f"    pub fn {snake(b.method)}({', '.join(sig)}) -> PhpResult<RecordIterator> {{"
        body = f"        iterate(&self.handle, &{spec_name(b)}, &{args}, {options})"
    else:
        head = f"    pub fn {snake(b.method)}({', '.join(sig)}) -> PhpResult<Zval> {{"
        body = f"        run(&self.handle, &{spec_name(b)}, &{args}, apiVersion, {call_options})"
    return doc + [head, body, "    }"]


def render(api: Api) -> str:
    out = [
        f"// {HEADER}",
        "//! The methods of the PHP service classes: a table row per documented PHP method (the",
        "//! operation and the role of each parameter), run by `crate::invoke`.",
        "",
        "#![allow(non_snake_case)]",
        "",
        "use ext_php_rs::exception::PhpResult;",
        "use ext_php_rs::prelude::*;",
        "use ext_php_rs::types::{ZendHashTable, Zval};",
        "",
        "use crate::invoke::{iterate, run, Arg, Method, Role};",
        "use crate::pager::RecordIterator;",
        "",
    ]
    bindings = [(op, b) for op in api.operations for b in op.php]
    out += [spec(op, b) for op, b in bindings]
    for cls, info in api.php_classes.items():
        arg = info["constructor"].split(":")[0].strip()
        out += [
            "",
            "#[php_impl]",
            f"impl {info['rust']} {{",
            f"    pub fn __construct({info['constructor']}) -> PhpResult<Self> {{",
            f"        Self::construct({arg})",
            "    }",
        ]
        for op, b in bindings:
            if info.get("documented_only") and not b.sdk:
                continue
            out.append("")
            out += method(api, op, b, takes_options(info["php"]))
        out.append("}")
    return "\n".join(out) + "\n"


PHPDOC_TYPES = {
    "path": "string|int",
    "query": "string|array<string, scalar|null>|null",
    "data": "array<string, mixed>|object",
    "body": "array<string, mixed>|object",
    "fields": "array{to: string|string[], cc?: string|string[], bcc?: string|string[], subject?: string, body?: string}",
    "version": "string|null",
    "iterate": "array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, "
    + "timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null",
    "call_options": "array{timeout?: float|int, max_retries?: int, deadline?: float|int, "
    + "extra_headers?: array<string, string>, idempotency_key?: string}|null",
}


def phpdoc(api: Api, op: Operation, b: Binding, options_last: bool = False) -> List[str]:
    """The PHPDoc of one method, for the stub (php/tools/gen-stub.php reads it)."""
    lines = [b.summary or op.summary or f"{op.verb} {api.prefix}/{op.path}"]
    if b.summary or op.summary:
        lines.append(f"{op.verb} {api.prefix}/{op.path}")
    parts = {p.name: p for p in op.parts}
    params = list(b.params)
    if not any(p.role in ("version", "iterate") for p in params):
        params.append(Param("apiVersion", "version", "null"))
    for p in params:
        part = parts.get(p.role)
        if part is not None:
            kind = "string|string[]|null" if part.kind == "file" else "string|null"
            lines.append(f"@param {kind} ${p.name}")
        else:
            lines.append(f"@param {PHPDOC_TYPES[p.role]} ${p.name}")
    iterating = any(p.role == "iterate" for p in b.params)
    if options_last and not iterating:
        lines.append(f"@param {PHPDOC_TYPES['call_options']} ${CALL_OPTIONS}")
    lines.append("@return \\Exsited\\RecordIterator" if iterating else "@return \\stdClass|array<string, mixed>|null")
    lines.append("@throws \\Api\\AppService\\AutoBillApiException")
    return [line.replace("\\\\", "\\") for line in lines]


def docs(api: Api) -> str:
    out: Dict[str, List[str]] = {}
    for cls, info in api.php_classes.items():
        php_name = info["php"]
        for op in api.operations:
            for b in op.php:
                if info.get("documented_only") and not b.sdk:
                    continue
                out[f"{php_name}::{b.method}"] = phpdoc(api, op, b, takes_options(php_name))
    return json.dumps({"_": HEADER, "methods": out}, indent=1, ensure_ascii=False) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    return {ROOT / "php/src/methods.rs": render(api), ROOT / "php/tools/phpdoc.json": docs(api)}
