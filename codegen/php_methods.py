"""The PHP service classes (php/src/services.rs) and their methods (php/src/methods.rs) from the
description: one class pair per area of the documented PHP SDK (`Api\\AppService\\<Area>\\<Area>Data`,
constructed from an ApiConfig, and `Exsited\\<Area>Service`, constructed from an Exsited\\Client),
one method per PHP binding, each a row of the method table that php/src/invoke.rs runs. Also the
PHPDoc of every class and method for the stub (php/tools/phpdoc.json)."""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

from api import HEADER, ROOT, Api, Binding, Operation, Param

DEFAULT_AREA = "Account"


#: The last parameter of every non-iterating method: the call's options array (timeout,
#: max_retries, deadline, extra_headers, idempotency_key); iterateAll takes them in its own.
CALL_OPTIONS = "callOptions"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def ident(name: str) -> str:
    return f"r#{name}" if name in ("ref", "type", "match", "use", "fn") else name


@dataclass
class PhpClass:
    """One PHP class: its PHP name, its Rust type and how it is built."""

    area: str
    php: str
    rust: str
    constructor: str
    documented_only: bool
    doc: str


def area_of(b: Binding) -> str:
    return b.cls or DEFAULT_AREA


def areas(api: Api) -> List[str]:
    found = {area_of(b) for op in api.operations for b in op.php}
    return [DEFAULT_AREA] + sorted(found - {DEFAULT_AREA})


def classes(api: Api) -> List[PhpClass]:
    """The Account classes are declared in api/api.toml (hand-written structs); every other
    area gets a generated pair."""
    out: List[PhpClass] = []
    for area in areas(api):
        if area == DEFAULT_AREA:
            for info in api.php_classes.values():
                modern = not info.get("documented_only")
                out.append(PhpClass(area, info["php"], info["rust"], info["constructor"], not modern, doc(area, modern)))
            continue
        out.append(PhpClass(area, f"Exsited\\{area}Service", f"crate::services::{area}Service",
                            "client: &crate::client::Client", False, doc(area, True)))
        out.append(PhpClass(area, f"Api\\AppService\\{area}\\{area}Data", f"crate::services::{area}Data",
                            "config: &crate::compat::ApiConfig", True, doc(area, False)))
    return out


def doc(area: str, modern: bool) -> str:
    words = re.sub(r"(?<=[a-z])([A-Z])", r" \1", area).lower()
    if modern:
        return (f"The {words} operations of the Exsited API over an Exsited\\Client: new Exsited\\{area}Service($client); "
                "answers are stdClass objects (arrays with assoc).")
    return (f"The documented PHP SDK's {words} service (drop-in): new Api\\AppService\\{area}\\{area}Data(new Api\\Component\\ApiConfig($config)); "
            f"same methods as Exsited\\{area}Service.")


def bindings_of(api: Api, cls: PhpClass) -> List[Tuple[Operation, Binding]]:
    out = [(op, b) for op in api.operations for b in op.php
           if area_of(b) == cls.area and not (cls.documented_only and not b.sdk)]
    seen: Dict[str, str] = {}
    for op, b in out:
        lower = b.method.lower()
        if lower in seen:
            raise ValueError(f"{cls.php}: two methods named {b.method} ({seen[lower]}, {op.name})")
        seen[lower] = op.name
    return out


def spec_name(b: Binding) -> str:
    return f"{snake(area_of(b)).upper()}_{snake(b.method).upper()}"


def role(b: Binding, p: Param) -> str:
    fixed = {"path": "Path", "query": "Query", "data": "Data", "body": "Body", "fields": "Fields", "local": "Local",
             "verb": "Verb", "payload": "Payload", "format": "Format"}
    if p.role in fixed:
        return f"Role::{fixed[p.role]}"
    if p.role.startswith("path."):
        return f"Role::PathAt({int(p.role[5:])})"
    if p.role.startswith("query."):
        template = b.templates.get(p.name, "{}").replace('"', '\\"')
        return f'Role::QueryKey("{p.role[6:]}", "{template}")'
    if p.role.startswith("field."):
        return f'Role::Field("{p.role[6:]}")'
    return f'Role::Part("{p.role}")'


def args_of(b: Binding) -> List[Param]:
    return [p for p in b.params if p.role not in ("version", "iterate")]


def spec(op: Operation, b: Binding) -> str:
    params = ", ".join(f'("{p.name}", {role(b, p)})' for p in args_of(b))
    # a `verb` parameter picks the operation `<name>.<verb>` among the operation's siblings
    name = op.name.rsplit(".", 1)[0] if any(p.role == "verb" for p in b.params) else op.name
    return f'const {spec_name(b)}: Method = Method {{ operation: "{name}", params: &[{params}] }};'


def method(api: Api, op: Operation, b: Binding, modern: bool) -> List[str]:
    """One PHP method. `modern`: a method of an Exsited\\*Service class, which takes the call's
    options array last; the documented Api\\AppService classes keep the SDK's signatures."""
    options_last = modern
    sig: List[str] = ["&self"]
    values: List[str] = []
    values_version = ""
    iterating = any(p.role == "iterate" for p in b.params)
    has_version = any(p.role == "version" for p in b.params)
    # PHP makes every parameter up to the last required one required (an optional parameter
    # before a required one too): those take a value, null included.
    required = [i for i, p in enumerate(b.params) if p.default is None and p.role not in ("version", "iterate", "local")]
    last_required = required[-1] if required else -1
    for i, p in enumerate(b.params):
        name = ident(p.name)
        if p.role == "version" and i < last_required:
            sig.append(f"{p.name}: &Zval")
            values_version = f"crate::args::version(\"{p.name}\", {p.name})?"
        elif p.role == "version":
            sig.append(f"{p.name}: Option<String>")
        elif p.role == "iterate":
            sig.append(f"{p.name}: Option<&ZendHashTable>")
        elif p.role == "fields":
            sig.append(f"{name}: &ZendHashTable")
            values.append(f"Arg::Table({name})")
        elif i <= last_required and p.role != "fields":
            sig.append(f"{name}: &Zval")
            values.append(f"Arg::Value(Some({name}))")
        elif p.default is not None or p.role in ("query", "local", "format"):
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
    summary = b.summary or op.summary
    doc = [f"    /// {line}"] + ([f"    /// {summary}"] if summary else [])
    doc.append(f'    #[php(name = "{b.method}")]')
    args = "[" + ", ".join(values) + "]"
    fn = ident(snake(b.method))
    if iterating:
        options = next(p.name for p in b.params if p.role == "iterate")
        head = f"    pub fn {fn}({', '.join(sig)}) -> PhpResult<RecordIterator> {{"
        body = f"        iterate(&self.handle, &{spec_name(b)}, &{args}, {options})"
    else:
        version = "apiVersion"
        if any(p.role == "version" and i < last_required for i, p in enumerate(b.params)):
            version = values_version
        if b.version:
            version = f'{version}.or_else(|| Some("{b.version}".to_string()))'

        head = f"    pub fn {fn}({', '.join(sig)}) -> PhpResult<Zval> {{"
        body = f"        run(&self.handle, &{spec_name(b)}, &{args}, {version}, {call_options})"
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
    for cls in classes(api):
        arg = cls.constructor.split(":")[0].strip()
        out += [
            "",
            "#[php_impl]",
            f"impl {cls.rust} {{",
            f"    pub fn __construct({cls.constructor}) -> PhpResult<Self> {{",
            f"        Self::construct({arg})",
            "    }",
        ]
        for op, b in bindings_of(api, cls):
            out.append("")
            out += method(api, op, b, not cls.documented_only)
        out.append("}")
    return "\n".join(out) + "\n"


def render_services(api: Api) -> str:
    """The structs of the generated classes and the registration of every service class."""
    out = [
        f"// {HEADER}",
        "//! The PHP service classes of every area but accounts (account_service.rs, compat.rs):",
        "//! `Exsited\\<Area>Service` over an `Exsited\\Client` and the documented SDK's",
        "//! `Api\\AppService\\<Area>\\<Area>Data` over an `Api\\Component\\ApiConfig`. Their methods",
        "//! are in methods.rs.",
        "",
        "use ext_php_rs::builders::ModuleBuilder;",
        "use ext_php_rs::exception::PhpResult;",
        "use ext_php_rs::prelude::*;",
        "",
        "use crate::client::Client;",
        "use crate::compat::ApiConfig;",
        "use crate::settings::Handle;",
    ]
    generated = [c for c in classes(api) if c.rust.startswith("crate::services::")]
    for cls in generated:
        name = cls.rust.rsplit("::", 1)[1]
        php = cls.php.replace("\\", "\\\\")
        build = "Ok(Self { handle: client.handle.clone() })" if not cls.documented_only else "Ok(Self { handle: config.connect()? })"
        arg = "client: &Client" if not cls.documented_only else "config: &ApiConfig"
        out += [
            "",
            f"/// {cls.doc}",
            "#[php_class]",
            f'#[php(name = "{php}")]',
            f"pub struct {name} {{",
            "    pub(crate) handle: Handle,",
            "}",
            "",
            f"impl {name} {{",
            f"    pub(crate) fn construct({arg}) -> PhpResult<Self> {{",
            f"        {build}",
            "    }",
            "}",
        ]
    out += ["", "/// Registers the classes above with the module.", "pub fn register(module: ModuleBuilder) -> ModuleBuilder {", "    module"]
    out += [f"        .class::<{c.rust.rsplit('::', 1)[1]}>()" for c in generated]
    out += ["}"]
    return "\n".join(out) + "\n"


PHPDOC_TYPES = {
    "path": "string|int",
    "query": "string|array<string, scalar|null>|null",
    "data": "array<string, mixed>|object",
    "body": "array<string, mixed>|object",
    "fields": "array{to: string|string[], cc?: string|string[], bcc?: string|string[], subject?: string, body?: string}",
    "version": "'v1'|'v2'|'v3'|null",
    "iterate": "array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, "
    + "timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null",
    "call_options": "array{timeout?: float|int, max_retries?: int, deadline?: float|int, "
    + "extra_headers?: array<string, string>, idempotency_key?: string}|null",
    "local": "mixed",
    "verb": "'get'|'post'|'put'|'patch'|'delete'",
    "payload": "array<string, mixed>|null",
    "format": "'binary'|'hex'|'base64'",
}


def phpdoc_type(op: Operation, p: Param) -> str:
    part = next((q for q in op.parts if q.name == p.role), None)
    if part is not None:
        return "string|string[]|null" if part.kind == "file" else "string|null"
    if p.role.startswith(("path.",)):
        return PHPDOC_TYPES["path"]
    if p.role.startswith(("query.", "field.")):
        return "string|int|null"
    kind = PHPDOC_TYPES[p.role]
    if p.default is not None and p.role in ("data", "body"):
        kind += "|null"
    return kind


def phpdoc(api: Api, op: Operation, b: Binding, options_last: bool = False) -> List[str]:
    """The PHPDoc of one method, for the stub (php/tools/gen-stub.php reads it)."""
    summary = b.summary or op.summary
    lines = [summary or f"{op.verb} {api.prefix}/{op.path}"]
    if summary:
        lines.append(f"{op.verb} {api.prefix}/{op.path}")
    if b.version:
        lines.append(f"Without \\$apiVersion this method uses {b.version}, whatever the configured version.")
    params = list(b.params)
    if not any(p.role in ("version", "iterate") for p in params):
        params.append(Param("apiVersion", "version", "null"))
    for p in params:
        lines.append(f"@param {phpdoc_type(op, p)} ${p.name}")
    iterating = any(p.role == "iterate" for p in b.params)
    if options_last and not iterating:
        lines.append(f"@param {PHPDOC_TYPES['call_options']} ${CALL_OPTIONS}")
    if any(p.role == "format" for p in b.params):
        lines.append("@return string the PDF: its bytes, or them in hex or base64 as $format says")
    else:
        lines.append("@return \\Exsited\\RecordIterator" if iterating else "@return \\stdClass|array<string, mixed>|null")
    lines.append("@throws \\Api\\AppService\\AutoBillApiException")
    return [line.replace("\\\\", "\\").replace("\\$", "$") for line in lines]


def docs(api: Api) -> str:
    methods: Dict[str, List[str]] = {}
    class_docs: Dict[str, str] = {}
    for cls in classes(api):
        class_docs[cls.php] = cls.doc
        for op, b in bindings_of(api, cls):
            methods[f"{cls.php}::{b.method}"] = phpdoc(api, op, b, not cls.documented_only)
    return json.dumps({"_": HEADER, "classes": class_docs, "methods": methods}, indent=1, ensure_ascii=False) + "\n"


def render_all(api: Api) -> Dict[Path, str]:
    return {
        ROOT / "php/src/methods.rs": render(api),
        ROOT / "php/src/services.rs": render_services(api),
        ROOT / "php/tools/phpdoc.json": docs(api),
    }
