"""Imports the documented PHP SDK's surface (/work/shared/spec/php-surface.json) into api/:
for every method of every `Api\\AppService\\<Area>\\<Area>Data` class, a PHP binding on the
operation with the same verb and path (the method's `correct` request where the documented SDK
is wrong), and a new operation where api/ has none. Everything it writes goes to one file,
api/operations/php_surface.toml (first line: a marker), rewritten from scratch on each run;
methods api/ already binds by hand (the account service) are left as they are.

    python3 codegen/import_php_surface.py [path/to/php-surface.json]

Rules applied to what the documented SDK sends (its `corrections` table):
- the path loses the version, a `{queryParams}` segment, `//` and a trailing slash;
- `$queryParams` is the query (array or the '?k=v&..' string), on every list method;
- `$apiVersion` pinned by the documented SDK (`$apiVersion = 'v2'`, `?? 'v2'`) becomes the
  binding's `version`: used when the caller gives none, whatever the configuration says;
  where the documented SDK ignores the argument (a bug) the argument is honoured;
- a bodiless POST sends no body; the PDF methods (`$format`) answer the bytes, in hex or base64;
- customRequest's verb picks one of five operations (`php_surface.custom.<verb>`) whose path
  is the caller's (`{path*}`); its `$params` are the query of a GET, the body otherwise;
- every list method (one taking `$queryParams`) gets an iterator on the modern class
  (`readAll` -> `iterateAll`); an imported operation without paging gets it, from the
  recorded answer's key, in its `[[binding]]` entry.
"""

import json
import re
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api import API, Operation, load, route_key  # noqa: E402

SPEC = Path("/work/shared/spec")
GROUP = "php_surface"
MARK = "# imported from php-surface.json by codegen/import_php_surface.py — rerun it rather than editing"

# Arguments that feed a query key rather than the path (the documented SDK writes them into the
# resource string); the template's {} is the argument.
QUERY_ARGS = {
    ("ApiActionScript", "execute", "scriptUUID"): ("autoBillScriptUuid", "{}"),
    ("UserSettings", "readUserSettings", "userUuid"): ("user", "{}"),
    ("Setting", "readRedemptionCodeDetails", "redemptionCode"): ("filter", "discount_profiles/redemption_code eq '{}'"),
}
# Methods that send another body than the operation api/ declares for their verb and path: the
# account e-mail as JSON (emails.send is the Python SDK's multipart form), the component note as a
# multipart form with the note and its file (notes_more.component_add_notes is the Python SDK's
# JSON). Each gets an operation of its own with the body the PHP SDK sends; the sandbox routes by
# path, so it is not routed by name.
OWN_OPERATION = {("Communication", "sendAccountEmail"), ("CustomComponent", "addComponentNote")}
# Arguments the documented SDK takes but does not send as such.
LOCAL = {"format"}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def area_of(cls: str) -> str:
    """'Api\\AppService\\Order\\OrderData' -> 'Order'."""
    return cls.split("\\")[2]


def target(h: Dict[str, Any]) -> Tuple[str, str]:
    """The request a correct SDK sends: verb and the path template after the prefix."""
    t = h.get("correct", h)
    path = t["path"].strip().split("?")[0]
    path = re.sub(r"^/api/(\{apiVersion\}|v\d)/", "", path).replace("/{queryParams}", "")
    return t["verb"], re.sub("/+", "/", path).rstrip("/")


def pinned(h: Dict[str, Any]) -> Optional[str]:
    """The version the documented SDK uses when the caller gives none, if not the configured one."""
    m = re.match(r"^\$apiVersion(?: = | \?\? )'(v\d)'", h["version"])
    return m.group(1) if m else None


def parts_of(body: str) -> Dict[str, str]:
    """'multipart:{file=@$filePath (...), note=$note}' -> {'filePath': 'file', 'note': 'note'}."""
    return {var: part for part, var in re.findall(r"(\w+)=@?\$(\w+)", body)}


def params_of(area: str, m: Dict[str, Any], path: str, op: Optional[Operation]) -> List[str]:
    h = m["http"]
    places = re.findall(r"\{(\w+)\}", path)
    parts = parts_of(h["body"]) if h["body"].startswith("multipart") else {}
    body = h.get("correct", {}).get("body", h["body"])
    enveloped = re.match(r'^json:\{"(\w+)": (?:\{"(\w+)": )?\$(\w+)', body)
    plain = re.match(r"^json:\$(\w+)", body)
    names = [p["name"] for p in m["params"]]
    out = []
    next_place = 0
    for i, p in enumerate(m["params"]):
        name = p["name"]
        default = p["default"]
        suffix = "" if default is None or default == "null" and name == "apiVersion" else f"={default}"
        qa = QUERY_ARGS.get((area, m["name"], name))
        if name == "apiVersion":
            if i != len(names) - 1:
                out.append(f"{name}:version")
            continue
        if qa:
            out.append(f"{name}:query.{qa[0]}{suffix}")
        elif name == "queryParams":
            out.append(f"{name}:query{suffix}")
        elif name in places:
            n = places.index(name)
            out.append(f"{name}{'' if n == next_place else f':path.{n}'}{suffix}")
            next_place += 1
        elif name in parts:
            out.append(f"{name}:{parts[name]}{suffix}")
        elif enveloped and name == enveloped.group(3):
            envelope = [g for g in enveloped.groups()[:2] if g]
            if op is not None and op.envelope != envelope:
                raise SystemExit(f"{area}::{m['name']}: sends {envelope}, {op.name} wraps in {op.envelope}")
            out.append(f"{name}:data{suffix}")
        elif plain and name == plain.group(1):
            out.append(f"{name}:body{suffix}")
        elif name == "format" and h["returns"].startswith("raw"):
            out.append(f"{name}:format{suffix}")
        elif name in LOCAL or h["body"] == "none":
            out.append(f"{name}:local{suffix}")
        else:
            raise SystemExit(f"{area}::{m['name']}: no role for ${name} (body {h['body']!r})")
    return out


def custom_operations() -> List[Dict[str, Any]]:
    """customRequest: a caller-given verb and path (after the version) — one operation per verb,
    the path a `{path*}` placeholder of several segments; not routed by the sandbox."""
    return [{
        "name": f"{GROUP}.custom.{verb.lower()}",
        "sandbox": {"routed": False},
        "verb": verb,
        "path": "/api/{version}/{path*}",
        "version": "v3",
        "summary": f"{verb} a caller-given path (the documented PHP SDK's customRequest).",
        **({"body": "json"} if verb in ("POST", "PUT", "PATCH") else {}),
        "answer": {"rust": "Json"},
    } for verb in ("GET", "POST", "PUT", "PATCH", "DELETE")]


def iterate_name(method: str) -> str:
    """readAll -> iterateAll, listAll -> iterateAll, getMilestones -> iterateMilestones."""
    method = method.replace("ALl", "All")
    for prefix in ("read", "list", "get"):
        if method.startswith(prefix) and method[len(prefix)].isupper():
            return "iterate" + method[len(prefix):]
    return "iterate" + method[0].upper() + method[1:]


def new_operation(area: str, m: Dict[str, Any], verb: str, path: str, taken: set) -> Dict[str, Any]:
    h = m["http"]
    name = f"{GROUP}.{snake(area)}_{snake(m['name'])}"
    while name in taken:
        name += "_"
    taken.add(name)
    result = h["recorded"].get("result", "")
    keys = [k for k in re.findall(r"\w+", result.partition("{")[2]) if k not in ("autobillCredential", "pagination")]
    op: Dict[str, Any] = {
        "name": name,
        "sandbox": {"generic": True, "root": keys[0] if keys else "data"},
        "verb": verb,
        "path": f"/api/{{version}}/{path}",
        "version": pinned(h) or "v3",
        "summary": f"{verb} {path} (the documented PHP SDK's {area}Data::{m['name']}).",
    }
    parts = parts_of(h["body"]) if h["body"].startswith("multipart") else {}
    if parts:
        op["body"] = "multipart"
        op["parts"] = [{"name": part, "kind": "file" if part in ("file", "image") else "text", "max": 10}
                       for part in sorted(set(parts.values()), key=lambda p: p not in ("note",))]
    elif h.get("correct", {}).get("body", h["body"]).startswith("json:$") or h["body"].startswith("json:{"):
        op["body"] = "json"
    if any(p["name"] == "queryParams" for p in m["params"]):
        op["query"] = ["direction", "limit", "offset", "order_by"]
        if keys:
            op["paging"] = {"records": [f"/{keys[0]}"], "pagination": ["/pagination"]}
    op["answer"] = {"rust": "Json"}
    return op


def build(spec: Dict[str, Any]) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]], List[str]]:
    api = load()
    api.operations = [o for o in api.operations if o.group != GROUP]
    by_key = {route_key(o.verb, o.path): o for o in api.operations}
    bound = {(b.cls or "Account", b.method) for o in api.operations for b in o.php}
    bindings: Dict[str, List[Dict[str, Any]]] = {}
    ops: List[Dict[str, Any]] = []
    notes: List[str] = []
    taken = {o.name for o in api.operations}
    new_by_key: Dict[Tuple[str, str], Dict[str, Any]] = {}
    pagings: Dict[str, Dict[str, List[str]]] = {}
    for c in spec["classes"]:
        area = area_of(c["class"])
        for m in c["methods"]:
            if m["name"] == "customRequest":
                if not any(o["name"].startswith(f"{GROUP}.custom.") for o in ops):
                    ops += custom_operations()
                b = {"class": area, "method": m["name"], "params": ["path", "requestMethod:verb", "params:payload=null"],
                     "summary": "Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: "
                                "$params are the query of a GET, nothing for a DELETE, the JSON body otherwise."}
                if pinned(m["http"]):
                    b["version"] = pinned(m["http"])
                bindings.setdefault(f"{GROUP}.custom.post", []).append(b)
                continue
            verb, path = target(m["http"])
            op = by_key.get(route_key(verb, path))
            if (area, m["name"]) in OWN_OPERATION:
                own = new_operation(area, m, verb, path, taken)
                own["sandbox"] = {"routed": False}
                ops.append(own)
                b = {"class": area, "method": m["name"], "params": params_of(area, m, path, None)}
                bindings.setdefault(own["name"], []).append(b)
                continue
            if op is None and route_key(verb, path) not in new_by_key:
                new = new_operation(area, m, verb, path, taken)
                ops.append(new)
                new_by_key[route_key(verb, path)] = new
            op_name = op.name if op is not None else new_by_key[route_key(verb, path)]["name"]
            if (area, m["name"]) in bound:
                continue
            b: Dict[str, Any] = {"class": area, "method": m["name"], "params": params_of(area, m, path, op)}
            if pinned(m["http"]) and "version" not in m["http"].get("correct", {}):
                b["version"] = pinned(m["http"])
            templates = {n: t for (a, meth, n), (_, t) in QUERY_ARGS.items() if (a, meth) == (area, m["name"]) and t != "{}"}
            if templates:
                b["templates"] = templates
            bindings.setdefault(op_name, []).append(b)
            query = any(p["name"] == "queryParams" for p in m["params"])
            paged = op.paging if op is not None else new_by_key[route_key(verb, path)].get("paging")
            if query and not paged:
                # an imported operation without paging: its records are under the answer's key
                root = root_of(m)
                paged = {"records": [f"/{root}"], "pagination": ["/pagination"]}
                pagings[op_name] = paged
                notes.append(f"{area}Data::{m['name']}: paging of {op_name} added (records under /{root})")
            if query:
                it = {"class": area, "method": iterate_name(m["name"]),
                      "params": [p for p in b["params"] if not p.split(":")[1:2] or p.split(":")[1].startswith("path")]
                      + ["options:iterate"], "sdk": False,
                      "summary": f"Every record of {m['name']}, fetched lazily page by page."}
                it["params"] = [p.split("=")[0] for p in it["params"]]
                bindings[op_name].append(it)
    out = []
    for k, v in bindings.items():
        entry: Dict[str, Any] = {"operation": k}
        if k in pagings:
            entry["paging"] = pagings[k]
        entry["php"] = v
        out.append(entry)
    return ops, out, notes


def root_of(m: Dict[str, Any]) -> str:
    """The answer's key, from the recorded answer ('object{invoice,pagination,autobillCredential}')."""
    result = m["http"]["recorded"].get("result", "")
    keys = [k for k in re.findall(r"\w+", result.partition("{")[2]) if k not in ("autobillCredential", "pagination")]
    return keys[0] if keys else "data"


def toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return "{ " + ", ".join(f"{k if re.match(r'^[A-Za-z0-9_-]+$', k) else json.dumps(k)} = {toml_value(x)}"
                            for k, x in v.items()) + " }"


def render(ops: List[Dict[str, Any]], bindings: List[Dict[str, Any]]) -> str:
    out = [MARK, "# The documented PHP SDK's methods (php-surface.json): their bindings, and the operations", "# api/ lacked.", ""]
    for op in ops:
        out.append("[[operation]]")
        out += [f"{k} = {toml_value(v)}" for k, v in op.items()]
        out.append("")
    for b in bindings:
        out += ["[[binding]]", f"operation = {toml_value(b['operation'])}"]
        if "paging" in b:
            out.append(f"paging = {toml_value(b['paging'])}")
        out.append("php = [")
        out += [f"  {toml_value(x)}," for x in b["php"]]
        out += ["]", ""]
    return "\n".join(out)


def main(argv: List[str]) -> int:
    spec = json.loads(Path(argv[0] if argv else SPEC / "php-surface.json").read_text())
    target_file = API / "operations" / f"{GROUP}.toml"
    # Start from the description without this file's bindings and operations.
    target_file.write_text(MARK + "\n")
    ops, bindings, notes = build(spec)
    target_file.write_text(render(ops, bindings))
    for n in notes:
        print("note:", n)
    print(f"wrote {target_file.relative_to(API.parent)}: {len(ops)} operations, "
          f"{sum(len(b['php']) for b in bindings)} methods")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
