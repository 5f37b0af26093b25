"""Imports the documented Python SDK's surface (/work/shared/spec/python-surface.json) into
api/operations: one `[[operation]]` per distinct (verb, path template) for every method that
api/ does not declare yet, with the method's Python binding. Re-runnable: the files it writes
start with a marker line and are rewritten from scratch; hand-written files are never touched.

    python3 codegen/import_python_surface.py [path/to/python-surface.json]

Rules applied to what the documented SDK sends (its `quirks` table):
- the path loses the version (kept as the operation's default, or pinned per method) and any
  trailing slash: the REST paths of the API have none (the documented SDK's own paths for the
  same collections have none either, e.g. /credit-notes/{id} next to /credit-notes/{id}/); a
  path that only differs by the slash is the same operation;
- list queries are built by `exsited._args` (no `direction=None`, `desc` not
  `SortDirection.DESC`, `offset=0` sent); a query key fed by no argument is not sent;
- files added to an existing note go to .../notes/{uuid}/files;
- the methods that crash before sending (URL without a leading slash, a stray keyword) are
  declared with the request the spec records as their evident intent.
"""

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api import API, load, route_key  # noqa: E402
from describe import describe, every  # noqa: E402

SPEC = Path("/work/shared/spec")
MARK = "# imported from python-surface.json by codegen/import_python_surface.py — rerun it rather than editing"


def _group(attr: str) -> str:
    """The group file of a resource: its name, or `<name>_more` beside a hand-written file."""
    path = API / "operations" / f"{attr}.toml"
    if path.exists() and not path.read_text().startswith(MARK):
        return f"{attr}_more"
    return attr

ANNOTATIONS = {"str": "str", "int": "int", "dict": "Dict[str, Any]", "list": "List[str]",
               "SortDirection": "Union[SortDirection, str]", "bool": "bool"}


def _split_path(raw: str) -> Tuple[str, str]:
    """'/api/v3/orders/{id}/' -> ('v3', 'orders/{id}')."""
    m = re.match(r"^/?api/(v\d+)/(.*?)/?$", raw)
    if not m:
        raise ValueError(f"unexpected path {raw!r}")
    return m.group(1), m.group(2)


def _paging(dtos: Dict[str, Any], name: Optional[str]) -> Optional[Tuple[Dict[str, List[str]], str]]:
    """Where a list answer keeps its records and pagination, and the record DTO."""
    def fields(dto: str) -> Dict[str, str]:
        out = {}
        for f in dtos.get(dto, {}).get("fields", []):
            k, _, t = f.partition(":")
            out[k.strip()] = t.strip()
        return out

    def find(dto: str, prefix: str, depth: int) -> Optional[Tuple[Dict[str, List[str]], str]]:
        fs = fields(dto)
        lists = [(k, t) for k, t in fs.items() if t.startswith("list[")]
        if "pagination" in fs and lists:
            k, t = lists[0]
            return {"records": [f"{prefix}/{k}"], "pagination": [f"{prefix}/pagination"]}, t[5:-1]
        if depth:
            for k, t in fs.items():
                if t in dtos:
                    got = find(t, f"{prefix}/{k}", depth - 1)
                    if got:
                        return got
        return None

    return find(name, "", 1) if name else None


def _sandbox(dtos: Dict[str, Any], m: Dict[str, Any]) -> Dict[str, Any]:
    """The generic sandbox engine's entry: the key its answers put the record under (the
    answer DTO's first field other than pagination when that field holds a DTO; "" when the
    DTO is the record itself; `data` when the DTO is unknown)."""
    ret = m.get("response_dto") or _returns(m)
    if ret not in dtos:
        return {"generic": True, "root": "data"}
    fields = [f.split(":", 1) for f in dtos[ret]["fields"]]
    first = next(((k.strip(), t.strip()) for k, t in fields if k.strip() != "pagination"), ("", ""))
    inner = first[1].removeprefix("list[").removesuffix("]").split(".")[-1]
    holds_dto = inner.endswith("DTO") or any(key.endswith("." + inner) for key in dtos if "." in key)
    return {"generic": True, "root": first[0] if holds_dto else ""}


def _binding(resource: str, m: Dict[str, Any], op_path: str, parts: List[str]) -> Dict[str, Any]:
    """The Python binding of one method: each parameter with its role, as api/README.md says."""
    h = m["http"]
    placeholders = re.findall(r"\{(\w+)\}", h["path"])
    queried = {}
    for q in h["query"]:
        if q.get("param") is None:
            continue
        param = q["param"]
        if param.endswith("[*]"):
            queried[param[:-3]] = "query.*"
        else:
            queried[param] = f"query.{q['name']}"
    in_order = [p["name"] for p in m["params"] if p["name"] in placeholders]
    ordered = in_order == placeholders
    kind = h["body"].split(":")[0]
    shape = h["body"].partition(":")[2]
    # json:{order: {effective_date: effective_date}}: arguments that are body fields
    fields = dict(re.findall(r"(\w+): (\w+)\}", shape)) if shape.startswith("{") and "[" not in shape else {}
    keyed = re.match(r"^\{\[(\w+)\]: (\w+)\}$", shape)  # json:{[componentType]: requestData}
    params: List[str] = []
    annotations: Dict[str, str] = {}
    types: List[str] = []
    for p in m["params"]:
        name, default = p["name"], p.get("default")
        if p.get("dto") and default == p.get("dto"):
            default = "None"  # the documented SDK's class-as-default means the type
        if name in placeholders:
            role = "" if ordered else f"path.{placeholders.index(name)}"
        elif name in queried:
            role = queried[name]
        elif name in fields.values():
            role = "field." + next(k for k, v in fields.items() if v == name)
        elif keyed and name == keyed.group(1):
            role = "key"
        elif kind == "json" and (p["annotation"] in (None, "dict") or p["annotation"].endswith("DTO") or p.get("dto")):
            role = "body"
            dto = p.get("dto") or p["annotation"]
            types = [dto] if dto and dto.endswith("DTO") else []
        elif kind == "multipart" and ("file" in name):
            role = "file"
        elif kind == "multipart" and "note" in parts:
            role = "note"
        elif name == "format" and h.get("recorded", {}).get("result_type") == "bytes":
            role = "format"  # how the file answer comes back: bytes, hex or base64 text
        else:
            role = "local"  # taken, not sent
        text = name + (f":{role}" if role else "") + (f"={default}" if default is not None else "")
        params.append(text)
        ann = p["annotation"]
        if role != "body" and ann in ANNOTATIONS:
            t = ANNOTATIONS[ann]
            annotations[name] = f"Optional[{t}]" if default == "None" else t
        elif role != "body" and role not in ("file",) and ann is None and default is None:
            annotations[name] = "Any"
    b: Dict[str, Any] = {"resource": resource, "method": m["name"], "params": params}
    if types:
        b["types"] = types
    if annotations:
        b["annotations"] = annotations
    ret = _returns(m)
    if ret and ret not in ("dict", "{}"):
        b["returns"] = ret
    return b


def _returns(m: Dict[str, Any]) -> Optional[str]:
    """What the method gives back: its annotation, else the DTO the documented SDK was seen
    to return (an unannotated method that builds a DTO all the same)."""
    ret = m.get("returns_dto") or m.get("returns")
    if ret:
        return ret  # type: ignore[no-any-return]
    h = m["http"]
    seen = h.get("response_obj") or h.get("recorded", {}).get("result_type")
    return seen if seen and seen.endswith("DTO") else None


def _summary(m: Dict[str, Any], path: str) -> str:
    """The docstring's first line: what the method does, from the verb and the path."""
    paged = m["http"]["verb"] == "GET" and any(q["name"] == "limit" for q in m["http"]["query"])
    return describe(m["http"]["verb"], path, paged)


def build(spec: Dict[str, Any], dtos: Dict[str, Any]) -> Tuple[Dict[str, List[Dict[str, Any]]], List[Dict[str, Any]], List[str]]:
    api = load()
    have = {(b.resource, b.method) for o in api.operations for b in o.python}
    existing = {route_key(o.verb, o.path): o for o in api.operations}
    groups: Dict[str, List[Dict[str, Any]]] = {}
    by_key: Dict[Tuple[str, str], Dict[str, Any]] = {}
    extra: List[Dict[str, Any]] = []  # bindings onto hand-written operations
    helpers: List[str] = []
    for res in spec["resources"]:
        attr = res["attr"]
        for m in res["methods"]:
            if (attr, m["name"]) in have:
                continue
            h = m["http"]
            if h["verb"] is None:
                helpers.append(f"{attr}.{m['name']}")
                continue
            version, path = _split_path(h["path"])
            if "note-files-path" in h.get("quirks", []):
                path += "/files"
            kind = h["body"].split(":")[0]
            parts = re.findall(r"(\w+)(?:\[\])?(\(file\))?", h["body"].partition(":")[2]) if kind == "multipart" else []
            part_names = [p[0] for p in parts]
            b = _binding(attr, m, path, part_names)
            key = route_key(h["verb"], path)
            if key in existing:
                if version != existing[key].version:
                    b["version"] = version
                extra.append({"operation": existing[key].name, **b})
                continue
            op = by_key.get(key)
            if op is None:
                group = _group(attr)
                op = {"name": f"{group}.{m['name']}", "sandbox": _sandbox(dtos, m), "verb": h["verb"],
                      "path": "/api/{version}/" + path, "version": version, "summary": _summary(m, path)}
                # placeholders keep the first method's names (the one declaring the route)
                if kind in ("json", "multipart"):
                    op["body"] = kind
                roots = h.get("recorded", {}).get("json_root_keys")
                if kind == "json" and roots and len(roots) == 1 and "[" not in h["body"]:
                    op["envelope"] = roots
                if kind == "multipart":
                    op["parts"] = [{"name": n, "kind": "file" if f else "text", **({"max": 8} if f else {})} for n, f in parts]
                query = [q["name"] for q in h["query"] if q.get("param") and not q["param"].endswith("[*]")]
                if query:
                    op["query"] = query
                ret = m.get("response_dto") or _returns(m)
                # a file (an invoice PDF) is passed on as bytes, not parsed as JSON
                # (and so is a `/pdf` download the SDK crashed before sending, with no answer DTO)
                binary = h.get("recorded", {}).get("result_type") == "bytes" or (path.endswith("/pdf") and not ret)
                answer: Dict[str, Any] = {"rust": "Binary" if binary else "Json"}
                if ret and ret not in ("dict", "{}"):
                    answer["schema"] = ret
                paged = _paging(dtos, ret) if "limit" in query else None
                if "limit" in query and not paged:
                    # answer DTO unknown or without pagination: the API's convention, records
                    # under the collection's name next to `pagination` (plain data)
                    name = [x for x in path.split("/") if not x.startswith("{")][-1].replace("-", "_")
                    paged = ({"records": [f"/{name}"], "pagination": ["/pagination"]}, "dict")
                if paged:
                    op["paging"] = paged[0]
                op["answer"] = answer
                op["python"] = []
                by_key[key] = op
                groups.setdefault(group, []).append(op)
                if paged:
                    op["_record"] = paged[1]
            if version != op["version"]:
                b["version"] = version
            op["python"].append(b)
            sent = [q["name"] for q in h["query"] if q.get("param") and not q["param"].endswith("[*]")]
            if "limit" in sent and "paging" not in op:
                # a later method of the route pages it (a v3 variant of a v2 read): the route is
                # a paged list, found where that method's answer DTO keeps its records
                paged = _paging(dtos, m.get("response_dto") or m.get("returns_dto") or m.get("returns"))
                if paged:
                    op["query"] = op.get("query", []) + [q for q in sent if q not in op.get("query", [])]
                    op["paging"], op["_record"] = paged
    # iter_all for every paged list method: `iter_all` for `list`, `<method>_iter_all` otherwise
    taken = set(have) | {(b["resource"], b["method"]) for ops in groups.values() for o in ops for b in o["python"]}
    for ops in groups.values():
        for op in ops:
            record = op.pop("_record", None)
            if not record:
                continue
            for b in list(op["python"]):
                names = {x.partition(":")[0].partition("=")[0] for x in b["params"]}
                if "limit" not in names:
                    continue
                path_params = [x for x in b["params"] if ":" not in x.partition("=")[0] or ":path." in x]
                it = "iter_all" if b["method"] == "list" else f"{b['method']}_iter_all"
                if (b["resource"], it) in taken:
                    it = f"{b['method']}_iter_all"
                taken.add((b["resource"], it))
                walk = {"resource": b["resource"], "method": it, "params": [x.partition("=")[0] for x in path_params],
                        "iterate": record, "sdk": False,
                        "summary": every(op["path"].partition("}/")[2], b["method"])}
                if b.get("version"):
                    walk["version"] = b["version"]  # pages the version the list method pins
                op["python"].append(walk)
    return groups, extra, helpers


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_bare(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    return str(v)


def _bare(k: str) -> str:
    return k if re.match(r"^[A-Za-z0-9_-]+$", k) else json.dumps(k)


def render(group: str, ops: List[Dict[str, Any]], extra: List[Dict[str, Any]]) -> str:
    out = [MARK, f"# The {group} resource of the documented Python SDK.", ""]
    for op in ops:
        out.append("[[operation]]")
        for k, v in op.items():
            if k == "python":
                out.append("python = [")
                out += [f"  {_toml_value(b)}," for b in v]
                out.append("]")
            else:
                out.append(f"{k} = {_toml_value(v)}")
        out.append("")
    for b in extra:
        out.append("[[binding]]")
        out.append(f"operation = {_toml_value(b['operation'])}")
        rest = {k: v for k, v in b.items() if k != "operation"}
        out.append(f"python = [{_toml_value(rest)}]")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: List[str]) -> int:
    spec_path = Path(argv[0]) if argv else SPEC / "python-surface.json"
    spec = json.loads(spec_path.read_text())
    dtos = json.loads((spec_path.parent / "python-dtos.json").read_text())
    # forget what an earlier run wrote, so that a rerun sees only the hand-written operations
    base_text = (API / "api.toml").read_text()
    for f in (API / "operations").glob("*.toml"):
        if f.read_text().startswith(MARK):
            f.unlink()
    base = tomllib.loads(base_text)
    hand = [g for g in base["groups"] if (API / "operations" / f"{g}.toml").exists()]
    base_text = re.sub(r"^groups = .*$", "groups = " + json.dumps(hand), base_text, count=1, flags=re.M)
    (API / "api.toml").write_text(base_text)
    groups, extra, helpers = build(spec, dtos)
    extra_by_group: Dict[str, List[Dict[str, Any]]] = {}
    for b in extra:
        extra_by_group.setdefault(_group(b["resource"]), []).append(b)
    names = list(groups) + [g for g in extra_by_group if g not in groups]
    for group in names:
        (API / "operations" / f"{group}.toml").write_text(render(group, groups.get(group, []), extra_by_group.get(group, [])))
    all_groups = hand + [g for g in names if g not in hand]
    base_text = re.sub(r"^groups = .*$", "groups = " + json.dumps(all_groups), base_text, count=1, flags=re.M)
    for res in spec["resources"]:
        if f"[python.resources.{res['attr']}]" in base_text:
            continue
        block = (f"\n[python.resources.{res['attr']}]\nmodule = \"{res['module']}\"\nclass = \"{res['class']}\"\n"
                 f"doc = \"``sdk.{res['attr']}``: the {res['attr'].replace('_', ' ')} operations of the documented SDK.\"\n")
        base_text = base_text.replace("\n# The PHP service classes", block + "\n# The PHP service classes", 1)
    seen = sorted({o["version"] for ops in groups.values() for o in ops} | set(base["versions"]))
    base_text = re.sub(r"^versions = .*$", "versions = " + json.dumps(seen), base_text, count=1, flags=re.M)
    (API / "api.toml").write_text(base_text)
    count = sum(len(o["python"]) for ops in groups.values() for o in ops) + len(extra)
    print(f"wrote {len(names)} group files: {sum(len(v) for v in groups.values())} operations, {count} bindings; "
          f"no HTTP call (helpers): {', '.join(helpers) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
