"""The core's operation table (core/src/ops/table.rs) from the description."""

from typing import List, Optional

from api import HEADER, Api, Operation, Part


def _strs(items: List[str]) -> str:
    return "&[" + ", ".join(f'"{i}"' for i in items) + "]"


def _opt(value: Optional[object], fmt: str = "{}") -> str:
    return "None" if value is None else "Some(" + fmt.format(value) + ")"


def _part(p: Part) -> str:
    kind = "File" if p.kind == "file" else "Text"
    return (
        f'PartRule {{ name: "{p.name}", kind: PartKind::{kind}, min: {p.min}, max: {_opt(p.max)}, '
        f"required: {str(p.required).lower()}, content_types: {_strs(p.content_types)}, join: {_opt(p.join, chr(34) + '{}' + chr(34))} }}"
    )


def _operation(op: Operation) -> List[str]:
    method = op.verb.capitalize()
    body = {"none": "None", "json": "Json", "multipart": "Multipart"}[op.body]
    files = op.file_part()
    paging = "None"
    if op.paging:
        paging = f"Some(Paging {{ records: {_strs(op.paging['records'])}, pagination: {_strs(op.paging['pagination'])} }})"
    lines = [
        "    Operation {",
        f'        name: "{op.name}",',
        f"        method: Method::{method},",
        f'        path: "{op.path}",',
        f'        default_version: "{op.version}",',
        f"        body: BodyKind::{body},",
        f"        body_optional: {str(op.body_optional).lower()},",
        f"        answer: AnswerKind::{op.rust_answer},",
        f"        file_field: {_opt(files and files.name, chr(34) + '{}' + chr(34))},",
        f"        max_files: {_opt(files and files.max)},",
        f"        paging: {paging},",
        f"        date_fields: {_strs(op.dates)},",
        f"        query: {_strs(op.query)},",
        f"        envelope: {_strs(op.envelope)},",
    ]
    if op.parts:
        lines.append("        parts: &[")
        lines += [f"            {_part(p)}," for p in op.parts]
        lines.append("        ],")
    else:
        lines.append("        parts: &[],")
    lines.append("    },")
    return lines


def render(api: Api) -> str:
    out = [
        f"// {HEADER}",
        "//! Every operation of api/operations/*.toml, in the order of api/api.toml's groups.",
        "",
        "use super::{AnswerKind, BodyKind, Method, Operation, Paging, PartKind, PartRule};",
        "",
        "/// The path prefix every operation's `path` follows (`{version}` is the API version).",
        f'pub const PATH_PREFIX: &str = "{api.prefix}";',
        "",
        "/// The API versions a caller may choose.",
        f"pub const VERSIONS: &[&str] = {_strs(api.versions)};",
        "",
        f"pub static OPERATIONS: [Operation; {len(api.operations)}] = [",
    ]
    for op in api.operations:
        out += _operation(op)
    out.append("];")
    return "\n".join(out) + "\n"
