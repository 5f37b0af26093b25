#!/usr/bin/env python3
"""Fault-suite adapter for the Python SDK: runs ONE operation at a time as tests/faults/driver.py
asks (one JSON line in, one JSON line out; protocol in driver.py), through the installed
``exsited`` package. Also the SDK helpers the Python runner's own scenarios use.

Client settings the SDK cannot express (it has timeout=, connect_timeout=, max_retries=,
max_response_bytes=):
  - backoff: the core's default (250 ms initial, 8 s cap, full jitter) instead of the matrix's
    20-100 ms; the hello answer says so and the driver computes budget_ms with it;
  - Retry-After ceiling: the core's 30 s instead of 5 s (no case waits longer than 2 s).
"""

import json
import os
import sys
import tempfile
import time

from sandbox_hooks import CLIENT_ID, CLIENT_SECRET

LANG = "python"
# The core's defaults, which the Python binding does not let a caller change.
CORE_INITIAL_BACKOFF_MS = 250
CORE_MAX_BACKOFF_MS = 8000

CLASS_KIND = {
    "ValidationError": "validation", "AuthenticationError": "authentication",
    "PermissionDeniedError": "permission", "NotFoundError": "not_found", "ConflictError": "conflict",
    "RateLimitError": "rate_limit", "ServerError": "server", "APITimeoutError": "timeout",
    "APIConnectionError": "connection", "DecodeError": "decode", "UsageError": "usage",
    "ConfigError": "config", "APIStatusError": "api", "ABException": "api",
}


def classify(exc):
    """(outcome, class name, message, problem): the kind from the exception's class."""
    name = type(exc).__name__
    message = str(exc)
    if name == "PanicException":
        return "panic", name, message, None
    for cls in type(exc).__mro__:
        if cls.__name__ in CLASS_KIND and cls.__module__.startswith("exsited"):
            kind = CLASS_KIND[cls.__name__]
            problem = None
            declared = getattr(exc, "kind", None)
            if declared and declared != kind and not (cls.__name__ in ("ABException", "APIStatusError")):
                problem = f"class {name} says {kind} but .kind is {declared}"
            if cls.__name__ in ("ABException", "APIStatusError") and declared:
                kind = declared
            return f"error:{kind}", name, message, problem
    # Not an SDK exception at all: a bug in the binding (or Python's own TypeError...).
    return f"error:python:{name}", name, message, f"raised {name}, not an ABException subclass"


def exsited():
    import exsited as mod  # imported lazily: the parent process never loads the native module
    return mod


class Settings:
    def __init__(self, client):
        self.connect_timeout = client.get("connect_timeout_ms", 1000) / 1000
        self.read_timeout = client.get("read_timeout_ms", 1000) / 1000
        self.max_retries = client.get("max_retries", 2)
        self.max_response_bytes = client.get("max_response_bytes")
        self.matrix = client


def make_sdk(url, settings, cls=None, timeout=None, cache=None, deadline=None):
    ex = exsited()
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    cls = cls or ex.ExsitedSDK
    options = dict(timeout=timeout or settings.read_timeout, connect_timeout=settings.connect_timeout,
                   max_retries=settings.max_retries, max_response_bytes=settings.max_response_bytes)
    if deadline is not None:
        options["deadline"] = deadline
    dto = RequestTokenDTO(grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET,
                          redirectUri="https://faults.example/callback", exsitedUrl=url)
    ftm = ex.FileTokenManager(cache) if cache else None
    return cls().init_sdk(request_token_dto=dto, file_token_mgr=ftm, **options)


def fill(value, mapping):
    if isinstance(value, str):
        for k, v in mapping.items():
            value = value.replace("{" + k + "}", v)
        return value
    if isinstance(value, list):
        return [fill(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, mapping) for k, v in value.items()}
    return value


def op_call(sdk, op, template, ident, tag, n, work):
    """A zero-argument function making ONE call of `op` through the SDK's documented methods."""
    m = {"id": ident, "case": tag, "n": str(n)}
    body = fill(template.get("json"), m)
    acc = sdk.account
    if op == "accounts.list":
        q = {k: int(v) if str(v).isdigit() else v for k, v in (template.get("query") or {}).items()}
        return lambda: acc.list(**q)
    if op == "accounts.details":
        return lambda: acc.details(id=ident)
    if op == "accounts.create":
        return lambda: acc.create(request_data=body)
    if op == "accounts.update_information":
        return lambda: acc.update_information(id=ident, request_data=body)
    if op == "billing_preferences.update":
        return lambda: acc.update_billing_preferences(id=ident, request_data=body)
    if op == "accounts.delete":
        return lambda: acc.delete(id=ident)
    if op == "notes.add":
        text, files = "", []
        for p in template.get("parts", []):
            if "text" in p:
                text = fill(p["text"], m)
            elif "file" in p:
                path = os.path.join(work, p["file"])
                if not os.path.exists(path):
                    with open(path, "w") as f:
                        f.write(p.get("content", ""))
                files.append(path)
        return lambda: acc.add_notes(file_url=files[0] if len(files) == 1 else files, account_id=ident, datas=text)
    raise ValueError(f"no Python mapping for operation {op}")


def created_id(result):
    account = getattr(result, "account", None)
    if account is None and isinstance(result, dict):
        account = result.get("account")
    if isinstance(account, dict):
        return account.get("id") or ""
    return getattr(account, "id", "") or ""


def hello():
    return {"lang": LANG, "initial_backoff_ms": CORE_INITIAL_BACKOFF_MS, "max_backoff_ms": CORE_MAX_BACKOFF_MS,
            "backoff": f"core default {CORE_INITIAL_BACKOFF_MS} ms initial, {CORE_MAX_BACKOFF_MS} ms cap "
                       "(not settable from Python)"}


class Session:
    """The adapter's state between requests: the current client and a work folder for files."""

    def __init__(self, url):
        self.url = url
        self.sdk = None
        # Removed when the adapter ends.
        self._work = tempfile.TemporaryDirectory(prefix="exsited-faults-py-")
        self.work = self._work.name

    def client(self, req):
        s = req["settings"]
        deadline = s.get("deadline_ms")
        self.sdk = make_sdk(self.url, Settings(s), deadline=None if deadline is None else deadline / 1000)
        return {}

    def setup(self, req):
        tag, n = req["tag"], req["n"]
        try:
            if req["create"]:
                r = self.sdk.account.create(request_data={"account": {
                    "name": f"Target {tag}", "email_address": f"target.{n}@example.com"}})
                return {"id": created_id(r), "error": None}
            self.sdk.account.list(limit=1)
            return {"id": "", "error": None}
        except Exception as e:  # noqa: BLE001
            return {"id": "", "error": f"setup failed: {type(e).__name__}: {e}"}

    def call(self, req):
        call = op_call(self.sdk, req["op"], req["template"], req["id"], req["tag"], req["n"], self.work)
        outcome, exc_class, message, problem, result = "ok", None, None, None, None
        started = time.monotonic()
        try:
            result = call()
        except BaseException as e:  # noqa: BLE001 - a PanicException is a BaseException
            outcome, exc_class, message, problem = classify(e)
        elapsed_ms = int((time.monotonic() - started) * 1000)
        return {"outcome": outcome, "exception": exc_class, "message": message, "problem": problem,
                "elapsed_ms": elapsed_ms, "created": created_id(result) if outcome == "ok" else ""}


def serve(url):
    session = Session(url)
    handlers = {"hello": lambda req: hello(), "client": session.client, "setup": session.setup,
                "call": session.call}
    for raw in sys.stdin:
        req = json.loads(raw)
        print(json.dumps(handlers[req["do"]](req), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(serve(sys.argv[sys.argv.index("--url") + 1]))
