#!/usr/bin/env python3
"""Fault-suite runner for the Python SDK (issue 5).

    .venv-test/bin/python tests/faults/runner.py --url SANDBOX_URL --matrix tests/faults/matrix.json
                                                 [--short] [--only TEXT]

Runs, through the installed ``exsited`` package (``ExsitedSDK`` / ``AsyncExsitedSDK``), every
case of matrix.json (those marked "short" under --short), the token-behaviour cases and the
bad-input cases, and prints one JSON line per case on stdout in the format of
tests/faults/report.py (progress on stderr). Protocol: tests/faults/README.md.

Crash guard: the cases run in a child process (``--child``) that announces each case before
running it. When the child dies (a signal, a native crash) or a case outlives its watchdog,
the parent prints that case as a panic / hang and starts a new child at the next case.

Client settings the SDK cannot express (it has timeout=, connect_timeout=, max_retries=):
  - backoff: the core's default (250 ms initial, 8 s cap, full jitter) instead of the matrix's
    20-100 ms; each line's budget_ms is computed with the backoff the client really uses;
  - answer size limit: the core's fixed 64 MiB instead of 1 MiB; the oversize cases send
    64 MiB + 1 MiB instead of 2 MiB (noted in the line's "adapted" field);
  - Retry-After ceiling: the core's 30 s instead of 5 s (no case waits longer than 2 s).
Exit status: 0 every case as expected, 1 some case failed, 2 bad usage.
"""

import argparse
import asyncio
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import ctrl_c  # the Ctrl-C cases (next to this file)

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"
SEED = 20
SETTLE_LIMIT = 4.0
HANG_GUARD = 30.0
MAX_OVERRUN_MS = 1000
# The core's defaults, which the Python binding does not let a caller change.
CORE_INITIAL_BACKOFF_MS = 250
CORE_MAX_BACKOFF_MS = 8000
CORE_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
LANG = "python"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# Sandbox hooks and an independent checker (plain HTTP, not the SDK under test)
# ---------------------------------------------------------------------------------------


class Sandbox:
    def __init__(self, url):
        self.url = url.rstrip("/")
        self._token = None
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def http(self, method, path, body=None, headers=None, timeout=15):
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=hdrs)
        try:
            with self._opener.open(req, timeout=timeout) as r:
                text = r.read()
                return r.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as e:
            text = e.read()
            try:
                return e.code, json.loads(text) if text else None
            except ValueError:
                return e.code, None

    def hook(self, method, name, body=None):
        status, data = self.http(method, "/__sandbox__/" + name, body)
        if status >= 300:
            raise RuntimeError(f"hook {name} answered {status}: {data}")
        return data

    def counters(self):
        return self.hook("GET", "counters")

    def requests(self):
        return self.hook("GET", "requests")["requests"]

    def install(self, fault):
        if "hook" in fault:
            names = fault["hook"] if isinstance(fault["hook"], list) else [fault["hook"]]
            for name in names:
                self.hook("POST", name)
        else:
            faults = fault if isinstance(fault, list) else [fault]
            self.hook("POST", "faults", {"faults": faults})

    def settle(self):
        start = time.monotonic()
        while True:
            reqs = self.requests()
            if all(r.get("status") is not None for r in reqs) or time.monotonic() - start > SETTLE_LIMIT:
                return reqs
            time.sleep(0.025)

    # The checker: its own token, plain GETs.
    def api_get(self, path):
        for _ in range(3):
            if self._token is None:
                status, data = self.http("POST", "/api/v1/oauth2/token", {
                    "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
                if status != 200:
                    raise RuntimeError(f"checker token refused: {status}")
                self._token = data["access_token"]
            status, data = self.http("GET", path, headers={"Authorization": "Bearer " + self._token})
            if status == 401:
                self._token = None
                continue
            return status, data
        raise RuntimeError("checker kept getting 401")


def seen(reqs):
    data = token = 0
    statuses = []
    for r in reqs:
        path = r.get("path", "")
        if path.startswith("/api/v2/") or path.startswith("/api/v3/"):
            data += 1
            statuses.append(r.get("status"))
        elif "oauth2/token" in path:
            token += 1
    return data, token, statuses


# ---------------------------------------------------------------------------------------
# Error kinds from exception classes
# ---------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------
# The SDK under test
# ---------------------------------------------------------------------------------------


def exsited():
    import exsited as mod  # imported lazily: the parent process never loads the native module
    return mod


class Settings:
    def __init__(self, client):
        self.connect_timeout = client.get("connect_timeout_ms", 1000) / 1000
        self.read_timeout = client.get("read_timeout_ms", 1000) / 1000
        self.max_retries = client.get("max_retries", 2)
        self.matrix = client


def make_sdk(url, settings, cls=None, timeout=None, cache=None, deadline=None):
    ex = exsited()
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    cls = cls or ex.ExsitedSDK
    options = dict(timeout=timeout or settings.read_timeout, connect_timeout=settings.connect_timeout,
                   max_retries=settings.max_retries)
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


# ---------------------------------------------------------------------------------------
# Matrix cases
# ---------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, args, matrix):
        self.sb = Sandbox(args.url)
        self.url = self.sb.url
        self.matrix = matrix
        self.calls = matrix["calls"]
        self.settings = Settings(matrix.get("client", {}))
        self.short = args.short
        self.work = tempfile.mkdtemp(prefix="exsited-faults-py-")

    def backoff_cap_ms(self, retry):
        return min(CORE_MAX_BACKOFF_MS, CORE_INITIAL_BACKOFF_MS * (1 << min(retry - 1, 16)))

    def budget_ms(self, fault, attempts, deadline_ms=None):
        """The longest the call may take under this fault, never more than its deadline."""
        budget = self.fault_budget_ms(fault, attempts)
        return budget if deadline_ms is None else min(budget, deadline_ms)

    def fault_budget_ms(self, fault, attempts):
        read = int(self.settings.read_timeout * 1000)
        retries = max(0, attempts - 1)
        times = fault.get("times", 1)
        hit = min(times, attempts)
        budget = sum(self.backoff_cap_ms(r) for r in range(1, retries + 1))
        kind = fault.get("kind")
        if kind == "delay":
            budget += hit * min(fault.get("delay_ms", 0), read)
        elif kind == "drip":
            budget += hit * min(fault.get("interval_ms", 100) * fault.get("size_bytes", 64), read)
        elif kind == "rate_limit":
            secs = fault.get("retry_after", 1)
            per = secs + 1 if fault.get("retry_after_format") == "date" else secs
            budget += min(times, retries) * per * 1000
        elif kind == "status":
            try:
                ra = float(fault.get("retry_after") or 0)
            except (TypeError, ValueError):
                ra = 0.0
            budget += min(times, retries) * int(ra * 1000)
        return budget

    def adapt(self, fault):
        """The fault as sent to the sandbox, and a note when it differs from the matrix."""
        if fault.get("kind") == "oversize":
            limit = self.settings.matrix.get("max_response_bytes", 1 << 20)
            size = fault.get("size_bytes", 0)
            if size <= CORE_MAX_RESPONSE_BYTES and size > limit:
                f = dict(fault, size_bytes=CORE_MAX_RESPONSE_BYTES + (1 << 20))
                return f, (f"size_bytes {size} -> {f['size_bytes']}: the binding's answer limit is the core's "
                           f"fixed 64 MiB (matrix max_response_bytes {limit} is not settable from Python)")
        return fault, None

    def check_writes(self, klass, op, ident, tag, ok, result, server_creates):
        if klass == "create":
            dup = max(0, server_creates - 1)
            cid = created_id(result) if ok else ""
            lost = 0
            if ok:
                status, _ = self.sb.api_get(f"/api/v3/accounts/{urllib.parse.quote(cid, safe='')}") if cid else (0, None)
                lost = int(status != 200)
            return dup, lost
        if klass == "upload":
            text = f"Note {tag}"
            status, data = self.sb.api_get(f"/api/v3/accounts/{ident}/notes?limit=100")
            notes = []
            if isinstance(data, dict):
                notes = (data.get("account") or {}).get("notes") or data.get("notes") or []
            held = sum(1 for n in notes if isinstance(n, dict) and text in n.values())
            return max(0, held - 1), int(ok and held == 0)
        if klass == "update" and op == "accounts.update_information":
            status, data = self.sb.api_get(f"/api/v3/accounts/{ident}")
            name = ((data or {}).get("account") or {}).get("name")
            return 0, int(ok and name != f"Updated {tag}")
        if klass == "update":
            status, data = self.sb.api_get(f"/api/v3/accounts/{ident}")
            period = (((data or {}).get("account") or {}).get("billing_preferences") or {}).get("billing_period")
            return 0, int(ok and period != "3 Month")
        if klass == "delete":
            status, _ = self.sb.api_get(f"/api/v3/accounts/{ident}")
            return 0, int(ok and status == 200)
        return 0, 0

    def run_case(self, case, n):
        if case.get("scenario") == "idle_close":
            import runner_idle
            return runner_idle.run(self, case, n, sys.modules[__name__])
        name, op, klass = case["name"], case["op"], case["class"]
        tag = f"c{n:03d}"
        deadline_ms = (case.get("client") or {}).get("deadline_ms")
        sdk = make_sdk(self.url, self.settings, deadline=None if deadline_ms is None else deadline_ms / 1000)
        template = self.calls[op]
        setup_error = None
        ident = ""
        try:
            if "{id}" in (template.get("path") or []):
                r = sdk.account.create(request_data={"account": {
                    "name": f"Target {tag}", "email_address": f"target.{n}@example.com"}})
                ident = created_id(r)
            else:
                sdk.account.list(limit=1)
        except Exception as e:  # noqa: BLE001
            setup_error = f"setup failed: {type(e).__name__}: {e}"
        sb = self.sb
        sb.hook("DELETE", "requests")
        sb.hook("DELETE", "faults")
        creates_before = sb.counters()["creates"]
        fault, adapted = self.adapt(case["fault"])
        sb.install(fault)
        call = op_call(sdk, op, template, ident, tag, n, self.work)
        outcome, exc_class, message, problem, result = "ok", None, None, None, None
        started = time.monotonic()
        try:
            result = call()
        except BaseException as e:  # noqa: BLE001 - a PanicException is a BaseException
            outcome, exc_class, message, problem = classify(e)
        elapsed_ms = int((time.monotonic() - started) * 1000)
        reqs = sb.settle()
        sb.hook("DELETE", "faults")
        creates_after = sb.counters()["creates"]
        data, token, statuses = seen(reqs)
        ok = outcome == "ok"
        dup, lost = self.check_writes(klass, op, ident, tag, ok, result, creates_after - creates_before)
        budget = self.budget_ms(fault, data, deadline_ms)
        expect = case.get("expect", "ok")
        mismatches = []
        if outcome != expect:
            mismatches.append(f"outcome {outcome} != {expect}")
        if case.get("expect_data_requests") is not None and data != case["expect_data_requests"]:
            mismatches.append(f"data requests {data} != {case['expect_data_requests']}")
        if case.get("expect_token_requests") is not None and token != case["expect_token_requests"]:
            mismatches.append(f"token requests {token} != {case['expect_token_requests']}")
        for extra in (setup_error, problem):
            if extra:
                mismatches.append(extra)
        line = {
            "lang": LANG, "suite": "matrix", "name": name, "kind": case.get("kind"), "class": klass, "op": op,
            "fault": fault, "expect": expect, "outcome": outcome, "pass": not mismatches,
            "mismatches": mismatches, "exception": exc_class, "message": message,
            "requests": {"data": data, "token": token, "statuses": statuses},
            "expect_data_requests": case.get("expect_data_requests"),
            "expect_token_requests": case.get("expect_token_requests"),
            "server_creates": creates_after - creates_before, "dup_creates": dup, "lost_writes": lost,
            "elapsed_ms": elapsed_ms, "budget_ms": budget, "overrun_ms": max(0, elapsed_ms - budget),
            "max_overrun_ms": case.get("max_overrun_ms"), "panics": int(outcome == "panic"),
            "backoff": f"core default {CORE_INITIAL_BACKOFF_MS} ms initial, {CORE_MAX_BACKOFF_MS} ms cap (not settable from Python)",
        }
        if adapted:
            line["adapted"] = adapted
        return line

    # -----------------------------------------------------------------------------------
    # Token cases
    # -----------------------------------------------------------------------------------

    def token_counters(self):
        c = self.sb.counters()
        return (c["token_requests"], c["token_requests_client_credentials"], c["token_requests_refresh"],
                c["requests"])

    def token_line(self, name, fault, calls, failed, first, tokens, expect_tokens, data, elapsed, panics, mismatches):
        if failed:
            mismatches.append(f"{failed} of {calls} calls failed")
        outcome = "ok" if not failed else (first[0] if first else "error")
        return {
            "lang": LANG, "suite": "token", "name": name, "kind": name.split("/", 1)[-1], "class": "token",
            "op": "accounts.details", "fault": fault, "expect": "ok", "outcome": outcome,
            "pass": not mismatches, "mismatches": mismatches,
            "exception": first[1] if first else None, "message": first[2] if first else None,
            "calls": calls, "failed": failed, "token_requests": tokens, "expect_token_requests": expect_tokens,
            "requests": {"data": data, "token": tokens, "statuses": []},
            "dup_creates": 0, "lost_writes": 0, "elapsed_ms": int(elapsed * 1000), "budget_ms": None,
            "overrun_ms": 0, "panics": panics,
        }

    def _threads(self, sdk, threads, per_thread, run_for=None, pause=0.0):
        """`threads` threads calling accounts.details; returns (calls, failed, first, panics)."""
        lock = threading.Lock()
        st = {"calls": 0, "failed": 0, "first": None, "panics": 0}

        def work(t):
            begun = time.monotonic()
            i = 0
            while i < per_thread and (run_for is None or time.monotonic() - begun < run_for):
                ident = f"SD{(t * per_thread + i) % SEED + 1:04d}"
                try:
                    sdk.account.details(id=ident)
                    err = None
                except BaseException as e:  # noqa: BLE001
                    err = classify(e)
                with lock:
                    st["calls"] += 1
                    if err:
                        st["failed"] += 1
                        st["panics"] += int(err[0] == "panic")
                        st["first"] = st["first"] or err
                i += 1
                if pause:
                    time.sleep(pause)

        ts = [threading.Thread(target=work, args=(t,), daemon=True) for t in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(HANG_GUARD * 4)
        if any(t.is_alive() for t in ts):
            st["failed"] += 1
            st["first"] = st["first"] or ("hang", None, "a thread did not finish")
        return st["calls"], st["failed"], st["first"], st["panics"]

    def token_single_flight(self, threads, per_thread):
        sdk = make_sdk(self.url, self.settings)
        t0, _, _, r0 = self.token_counters()
        started = time.monotonic()
        calls, failed, first, panics = self._threads(sdk, threads, per_thread)
        elapsed = time.monotonic() - started
        t1, _, _, r1 = self.token_counters()
        tokens = t1 - t0
        mism = [] if tokens == 1 else [f"token requests {tokens} != 1"]
        return self.token_line("token/single_flight_16_tasks", {"threads": threads, "calls_per_thread": per_thread},
                               calls, failed, first, tokens, 1, max(0, r1 - r0 - tokens), elapsed, panics, mism)

    def token_async(self, concurrency):
        ex = exsited()
        t0, _, _, r0 = self.token_counters()
        started = time.monotonic()
        results = []

        async def main():
            sdk = make_sdk(self.url, self.settings, cls=ex.AsyncExsitedSDK, timeout=10.0)
            coros = [sdk.account.details(id=f"SD{i % SEED + 1:04d}") for i in range(concurrency)]
            return await asyncio.wait_for(asyncio.gather(*coros, return_exceptions=True), HANG_GUARD * 2)

        try:
            results = asyncio.run(main())
        except BaseException as e:  # noqa: BLE001
            results = [e] * concurrency
        elapsed = time.monotonic() - started
        errors = [classify(r) for r in results if isinstance(r, BaseException)]
        t1, _, _, r1 = self.token_counters()
        tokens = t1 - t0
        mism = [] if tokens == 1 else [f"token requests {tokens} != 1"]
        return self.token_line("token/async_500_concurrent", {"concurrency": concurrency, "sdk": "AsyncExsitedSDK"},
                               concurrency, len(errors), errors[0] if errors else None, tokens, 1,
                               max(0, r1 - r0 - tokens), elapsed, sum(e[0] == "panic" for e in errors), mism)

    def token_expiry_mid_run(self):
        self.sb.hook("POST", "config", {"token_ttl": 3})
        try:
            sdk = make_sdk(self.url, self.settings)
            t0, cc0, rf0, r0 = self.token_counters()
            started = time.monotonic()
            calls, failed, first, panics = self._threads(sdk, 4, 100_000, run_for=4.5, pause=0.005)
            elapsed = time.monotonic() - started
        finally:
            self.sb.hook("POST", "config", {"token_ttl": 3600})
        t1, cc1, rf1, r1 = self.token_counters()
        cc, rf = cc1 - cc0, rf1 - rf0
        mism = [] if (cc, rf) == (1, 1) else [f"client_credentials {cc} (want 1), refresh {rf} (want 1)"]
        return self.token_line("token/expiry_mid_run", {"token_ttl": 3, "run_ms": 4500, "threads": 4},
                               calls, failed, first, t1 - t0, 2, max(0, r1 - r0 - (t1 - t0)), elapsed, panics, mism)

    def token_shared_cache(self, processes, calls):
        cache = os.path.join(self.work, "shared-token-cache.json")
        if os.path.exists(cache):
            os.remove(cache)
        t0, _, _, r0 = self.token_counters()
        started = time.monotonic()
        children, mism = [], []
        for _ in range(processes):
            children.append(subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), "--token-cache-child", self.url, cache, str(calls)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd="/"))
        failed = panics = 0
        first = None
        for child in children:
            try:
                out, err = child.communicate(timeout=HANG_GUARD)
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
                mism.append("a child process hung and was killed")
                continue
            try:
                v = json.loads(out.decode().strip().splitlines()[-1])
            except (ValueError, IndexError):
                v = {"failed": calls}
            failed += v.get("failed", calls)
            if v.get("first_error") and not first:
                first = tuple(v["first_error"])
            if child.returncode != 0:
                panics += 1
                tail = err.decode(errors="replace").strip().splitlines()[-1:] or [""]
                mism.append(f"a child exited with {child.returncode}: {tail[0]}")
        elapsed = time.monotonic() - started
        t1, _, _, r1 = self.token_counters()
        tokens = t1 - t0
        if tokens != 1:
            mism.append(f"token requests {tokens} != 1")
        return self.token_line("token/shared_cache_8_processes",
                               {"processes": processes, "calls_per_process": calls, "file_token_mgr": True},
                               processes * calls, failed, first, tokens, 1, max(0, r1 - r0 - tokens), elapsed,
                               panics, mism)

    def _storm(self, name, fault, concurrency, expire_after=None):
        sdk = make_sdk(self.url, self.settings, timeout=5.0)
        try:
            sdk.account.list(limit=1)
        except Exception as e:  # noqa: BLE001
            log(f"warm-up failed: {e}")
        self.sb.hook("DELETE", "requests")
        t0 = self.token_counters()[0]
        self.sb.install(fault)
        started = time.monotonic()
        box = {}

        def run():
            box["r"] = self._threads(sdk, concurrency, 1)

        runner = threading.Thread(target=run, daemon=True)
        runner.start()
        if expire_after is not None:
            time.sleep(expire_after)
            self.sb.hook("POST", "expire_tokens")
        runner.join(HANG_GUARD * 2)
        calls, failed, first, panics = box.get("r", (concurrency, concurrency, ("hang", None, "no result"), 0))
        elapsed = time.monotonic() - started
        left = len(self.sb.hook("GET", "faults")["faults"])
        self.sb.hook("DELETE", "faults")
        data, _, statuses = seen(self.sb.settle())
        tokens = self.token_counters()[0] - t0
        mism = []
        if expire_after is not None:
            refused = sum(1 for s in statuses if s == 401)
            if refused != concurrency:
                mism.append(f"{refused} calls saw a 401, want all {concurrency} (storm not in flight)")
        elif left:
            mism.append(f"the 401 fault was not used up ({left} rule left)")
        if data != 2 * concurrency:
            mism.append(f"{data} data requests, want {2 * concurrency} (each call once, replayed once)")
        if tokens > 2:
            mism.append(f"token requests {tokens} > 2")
        return self.token_line(name, fault, calls, failed, first, tokens, 1, data, elapsed, panics, mism)

    def token_401_in_flight(self, concurrency):
        fault = {"kind": "delay", "delay_ms": 1200, "times": concurrency, "path": "/api/v3/accounts/"}
        return self._storm("token/401_storm_in_flight_16", fault, concurrency, expire_after=0.5)

    def token_401_fault(self, concurrency):
        fault = {"kind": "status", "status": 401, "times": concurrency, "answer_after_ms": 600,
                 "path": "/api/v3/accounts/"}
        return self._storm("token/401_storm_fault_16", fault, concurrency)

    # -----------------------------------------------------------------------------------
    # Bad input
    # -----------------------------------------------------------------------------------

    def bad_input(self, case):
        ex = exsited()
        from exsited import AccountCancelDataDTO, AccountReactivateDataDTO
        sdk = self._bad_sdk
        if sdk is None:
            sdk = self._bad_sdk = make_sdk(self.url, self.settings)
            sdk.account.list(limit=1)  # the token, before the log is cleared
        a = self._bad_account
        if a is None:
            a = self._bad_account = created_id(sdk.account.create(request_data={"account": {"name": "Bad input target", "email_address": "bad.input@example.com"}}))
        f = os.path.join(self.work, "bad-input.txt")
        with open(f, "w") as fh:
            fh.write("x\n")
        url = self.url
        cred = dict(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri="https://x.example/cb")
        acc = sdk.account
        calls = {
            "empty_id": lambda: acc.details(id=""),
            "none_id": lambda: acc.details(id=None),
            "blank_id": lambda: acc.details(id="   "),
            "dotdot_id": lambda: acc.details(id=".."),
            "float_id": lambda: acc.details(id=1.5),
            "list_id": lambda: acc.delete(id=["x"]),
            "id_10kb": lambda: acc.details(id="x" * 10240),
            "id_control_chars": lambda: acc.details(id="a\nb"),
            "missing_argument": lambda: acc.details(),
            "unknown_keyword": lambda: acc.details(id=a, verbose=True),
            "negative_limit": lambda: acc.list(limit=-1),
            "negative_offset": lambda: acc.note_details(id=a, offset=-5),
            "limit_not_a_number": lambda: acc.list(limit="ten"),
            "negative_limit_in_filters": lambda: acc.list(param_filters={"limit": -1}),
            "bad_direction": lambda: acc.list(direction="sideways"),
            "request_data_none": lambda: acc.create(request_data=None),
            "request_data_string": lambda: acc.create(request_data="name=x"),
            "request_data_wrong_dto": lambda: acc.cancel(id=a, request_data=ex.AccountCreateDTO()),
            "cancel_date_not_iso": lambda: acc.cancel(id=a, request_data=AccountCancelDataDTO(effectiveDate="17/12/2024")),
            "cancel_date_impossible": lambda: acc.cancel(id=a, request_data={"effective_date": "2024-13-45"}),
            "reactivate_date_not_a_date": lambda: acc.reactivate(id=a, request_data=AccountReactivateDataDTO(effectiveDate="tomorrow")),
            "missing_file": lambda: acc.add_notes(file_url="/no/such/file.txt", account_id=a, datas="x"),
            "directory_as_file": lambda: acc.add_notes(file_url=self.work, account_id=a, datas="x"),
            "nine_files_on_a_note": lambda: acc.add_notes(file_url=[f] * 9, account_id=a, datas="x"),
            "no_file_to_add": lambda: sdk.notes.add_notes_uuid(file_urls=[], account_id=a, note_uuid="n"),
            "file_path_not_a_string": lambda: acc.add_notes(file_url=[123], account_id=a, datas="x"),
            "two_images": lambda: acc.add_image(file_url=[f, f], account_id=a),
            "email_data_not_a_dict": lambda: acc.account_sent_email(account_id=a, email_data="hello"),
            "base_url_invalid": lambda: ex.ExsitedSDK(exsited_url="not a url", **cred),
            "base_url_empty": lambda: ex.ExsitedSDK(exsited_url="", **cred),
            "base_url_http_non_loopback": lambda: ex.ExsitedSDK(exsited_url="http://api.example.com", **cred),
            "base_url_ftp": lambda: ex.ExsitedSDK(exsited_url="ftp://127.0.0.1/", **cred),
            "negative_timeout": lambda: ex.ExsitedSDK(exsited_url=url, timeout=-1, **cred),
            "unknown_sdk_keyword": lambda: ex.ExsitedSDK(exsited_url=url, verbose=1, **cred),
            "init_sdk_not_a_dto": lambda: ex.ExsitedSDK().init_sdk(request_token_dto={"clientId": "x"}),
            "hostile_id_dotdot_slash": lambda: acc.details(id="../x"),
            "hostile_id_slash_query_fragment": lambda: acc.details(id="a/b?c#d"),
            "hostile_id_unicode": lambda: acc.details(id="ünï😀"),
            "hostile_id_percent": lambda: acc.details(id="%2e%2e"),
        }
        return run_bad_input(self.sb, case, calls[case["slug"]])


# What each bad-input case must give. "hostile" cases are valid ids that must stay inside one
# path segment: exactly one request to that encoded path, answered 404.
PY_BAD_INPUT = [
    ("empty_id", "error:usage"), ("none_id", "error:usage"), ("blank_id", "error:usage"),
    ("dotdot_id", "error:usage"), ("float_id", "error:usage"), ("list_id", "error:usage"),
    ("id_10kb", "error:usage"), ("id_control_chars", "error:usage"), ("missing_argument", "error:usage"),
    ("unknown_keyword", "error:usage"), ("negative_limit", "error:usage"), ("negative_offset", "error:usage"),
    ("limit_not_a_number", "error:usage"), ("negative_limit_in_filters", "error:usage"),
    ("bad_direction", "error:usage"), ("request_data_none", "error:usage"), ("request_data_string", "error:usage"),
    ("request_data_wrong_dto", "error:usage"), ("cancel_date_not_iso", "error:usage"),
    ("cancel_date_impossible", "error:usage"), ("reactivate_date_not_a_date", "error:usage"),
    ("missing_file", "error:usage"), ("directory_as_file", "error:usage"), ("nine_files_on_a_note", "error:usage"),
    ("no_file_to_add", "error:usage"), ("file_path_not_a_string", "error:usage"), ("two_images", "error:usage"),
    ("email_data_not_a_dict", "error:usage"), ("base_url_invalid", "error:config"),
    ("base_url_empty", "error:config"), ("base_url_http_non_loopback", "error:config"),
    ("base_url_ftp", "error:config"), ("negative_timeout", "error:config"), ("unknown_sdk_keyword", "error:usage"),
    ("init_sdk_not_a_dto", "error:usage"),
    ("hostile_id_dotdot_slash", "/api/v3/accounts/..%2Fx"),
    ("hostile_id_slash_query_fragment", "/api/v3/accounts/a%2Fb%3Fc%23d"),
    ("hostile_id_unicode", "/api/v3/accounts/%C3%BCn%C3%AF%F0%9F%98%80"),
    ("hostile_id_percent", "/api/v3/accounts/%252e%252e"),
]

# Bad input the bindings do not refuse before sending yet (needs shared validation in the
# core); reported as expected failures until the core catches them. Empty = none known: the
# core now refuses bad limit/offset values and cancel/reactivate dates that are not real
# YYYY-MM-DD days.
KNOWN_GAPS = {}


def run_bad_input(sb, case, call):
    sb.hook("DELETE", "requests")
    outcome, exc_class, message, problem = "ok", None, None, None
    started = time.monotonic()
    try:
        call()
    except BaseException as e:  # noqa: BLE001
        outcome, exc_class, message, problem = classify(e)
    elapsed_ms = int((time.monotonic() - started) * 1000)
    reqs = sb.settle()
    data, token, statuses = seen(reqs)
    mism = []
    want_path = case.get("path")
    if want_path:
        paths = [r.get("path") for r in reqs if r.get("path", "").startswith("/api/v")]
        if paths != [want_path] or statuses != [404]:
            mism.append(f"saw {paths} answered {statuses}, want exactly [{want_path}] answered 404")
    else:
        if data or token:
            mism.append(f"{data} data + {token} token request(s) sent; bad input must be refused before any request")
        if outcome == case["expect"] and not (message or "").strip():
            mism.append("empty error message")
    if outcome != case["expect"] and not mism:
        mism.append(f"outcome {outcome} != {case['expect']}")
    if problem:
        mism.append(problem)
    line = {
        "lang": LANG, "suite": "bad_input", "name": case["name"], "kind": "bad_input", "class": "input",
        "expect": case["expect"], "outcome": outcome, "pass": not mism, "mismatches": mism,
        "exception": exc_class, "message": message,
        "requests": {"data": data, "token": token, "statuses": statuses},
        "paths": [r.get("path") for r in reqs], "expect_path": want_path,
        "dup_creates": 0, "lost_writes": 0, "elapsed_ms": elapsed_ms, "budget_ms": None, "overrun_ms": 0,
        "panics": int(outcome == "panic"),
    }
    gap = KNOWN_GAPS.get(case["slug"])
    if gap:
        line["expected_failure"] = gap
    return line


# ---------------------------------------------------------------------------------------
# Jobs: what the parent schedules and the child runs
# ---------------------------------------------------------------------------------------


def jobs(args, matrix):
    out = []
    for c in matrix["cases"]:
        if args.short and not c.get("short"):
            continue
        out.append({"type": "matrix", "case": c, "name": c["name"], "class": c["class"],
                    "expect": c.get("expect", "ok"), "limit": 60})
    per_thread = 200 if args.short else 1000
    for name, fn, params, limit in [
        ("token/single_flight_16_tasks", "token_single_flight", (16, per_thread), 240),
        ("token/async_500_concurrent", "token_async", (500,), 120),
        ("token/expiry_mid_run", "token_expiry_mid_run", (), 60),
        ("token/shared_cache_8_processes", "token_shared_cache", (8, 20 if args.short else 100), 120),
        ("token/401_storm_in_flight_16", "token_401_in_flight", (16,), 60),
        ("token/401_storm_fault_16", "token_401_fault", (16,), 60),
    ]:
        out.append({"type": "token", "fn": fn, "params": params, "name": name, "class": "token", "expect": "ok",
                    "limit": limit})
    # Hostile token answers, a prepared token cache file, fork during a token fetch (token_edges.py).
    edges = [(c["name"], "token_answer_case", (c, n)) for n, c in enumerate(matrix.get("token_answers", []))]
    edges += [("token/cache_planted_temp_link", "cache_planted_link", ()),
              ("token/cache_path_is_link", "cache_refused", ("link",)),
              ("token/cache_foreign_owner", "cache_refused", ("owner",)),
              ("token/fork_during_token_fetch", "fork_during_token_fetch", ())]
    for name, fn, params in edges:
        out.append({"type": "token_edge", "fn": fn, "params": params, "name": name, "class": "token",
                    "expect": "ok", "limit": 60})
    for mode in ctrl_c.MODES:
        out.append({"type": "interrupt", "mode": mode, "name": f"ctrl_c/{mode}", "class": "read", "expect": "ok",
                    "limit": 60})
    for slug, expect in PY_BAD_INPUT:
        case = {"slug": slug, "name": f"input/{slug}", "expect": expect}
        if expect.startswith("/"):
            case.update(expect="error:not_found", path=expect)
        out.append({"type": "input", "case": case, "name": case["name"], "class": "input",
                    "expect": case["expect"], "limit": 30})
    if args.only:
        out = [j for j in out if args.only in j["name"]]
    return out


def child(args, matrix):
    ctx = Ctx(args, matrix)
    ctx._bad_sdk = None
    ctx._bad_account = None
    todo = jobs(args, matrix)
    have = ctx.sb.counters().get("accounts", 0)
    if have < SEED:
        ctx.sb.hook("POST", "seed", {"count": SEED})  # SD0001.. for the token cases
    for k in range(args.start, len(todo)):
        job = todo[k]
        print(f"@begin {k}", flush=True)
        try:
            if job["type"] == "matrix":
                line = ctx.run_case(job["case"], matrix["cases"].index(job["case"]))
            elif job["type"] == "token":
                line = getattr(ctx, job["fn"])(*job["params"])
            elif job["type"] == "token_edge":
                import token_edges  # imported here: it imports this file as the module `runner`
                line = getattr(token_edges, job["fn"])(ctx, *job["params"])
            elif job["type"] == "interrupt":
                line = ctrl_c.case(args.url, job["mode"], LANG, CLIENT_ID, CLIENT_SECRET, timeout=50)
            else:
                line = ctx.bad_input(job["case"])
        except Exception as e:  # noqa: BLE001 - a runner bug: report the case, go on
            line = synthetic(job, "error:runner", f"runner error: {type(e).__name__}: {e}", panics=0)
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


def synthetic(job, outcome, message, panics):
    return {"lang": LANG, "suite": "token" if job["type"] == "token_edge" else job["type"], "name": job["name"], "class": job["class"],
            "expect": job["expect"], "outcome": outcome, "pass": False, "mismatches": [message],
            "message": message, "requests": {"data": 0, "token": 0, "statuses": []}, "dup_creates": 0,
            "lost_writes": 0, "overrun_ms": 0, "panics": panics}


def parent(args, matrix):
    todo = jobs(args, matrix)
    failed = 0
    start = 0
    while start < len(todo):
        cmd = [sys.executable, os.path.abspath(__file__), "--child", "--start", str(start), "--url", args.url,
               "--matrix", args.matrix] + (["--short"] if args.short else []) + (["--only", args.only] if args.only else [])
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd="/")
        buf = b""
        current, began = None, time.monotonic()
        finished = set()
        hung = False
        while True:
            limit = todo[current]["limit"] if current is not None else 60
            remaining = limit - (time.monotonic() - began)
            if remaining <= 0:
                hung = True
                proc.kill()
                break
            ready, _, _ = select.select([proc.stdout], [], [], min(remaining, 1.0))
            if not ready:
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                raw, buf = buf.split(b"\n", 1)
                text = raw.decode(errors="replace").strip()
                if text.startswith("@begin "):
                    current, began = int(text.split()[1]), time.monotonic()
                elif text.startswith("{"):
                    line = json.loads(text)
                    finished.add(current)
                    ok = line["pass"] is True and not line.get("dup_creates") and not line.get("lost_writes") \
                        and not line.get("panics") \
                        and line.get("overrun_ms", 0) <= (line.get("max_overrun_ms") or MAX_OVERRUN_MS)
                    if not ok and not line.get("expected_failure"):
                        failed += 1
                    log(f"  {'ok' if ok else ('xfail' if line.get('expected_failure') else 'FAIL'):<5} "
                        f"{line['name']:<58} {line['outcome']:<22} {line.get('elapsed_ms', '')}")
                    print(json.dumps(line, ensure_ascii=False), flush=True)
        code = proc.wait()
        if current is None:
            log(f"the child died before its first case (exit {code})")
            return 2
        if current in finished and not hung:
            if code != 0:
                log(f"the child exited with {code} after {todo[current]['name']}; going on")
            start = current + 1
            continue
        job = todo[current]
        if hung:
            line = synthetic(job, "hang", f"no result after {job['limit']} s; the child was killed", panics=0)
        else:
            how = f"signal {-code}" if code < 0 else f"exit {code}"
            line = synthetic(job, "panic", f"the Python process died during the case ({how})", panics=1)
        failed += 1
        log(f"  FAIL  {job['name']:<58} {line['outcome']}")
        print(json.dumps(line), flush=True)
        start = current + 1
    log(f"fault runner (python): {failed} failing line(s)")
    return 1 if failed else 0


def token_cache_child(url, cache, calls):
    ex = exsited()
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    sdk = ex.ExsitedSDK().init_sdk(
        request_token_dto=RequestTokenDTO(grantType="client_credentials", clientId=CLIENT_ID,
                                          clientSecret=CLIENT_SECRET, redirectUri="https://x.example/cb",
                                          exsitedUrl=url),
        file_token_mgr=ex.FileTokenManager(cache), timeout=5.0)
    ok = failed = 0
    first = None
    for i in range(min(int(calls), 100_000)):
        try:
            sdk.account.details(id=f"SD{i % SEED + 1:04d}")
            ok += 1
        except BaseException as e:  # noqa: BLE001
            failed += 1
            first = first or list(classify(e)[:3])
    print(json.dumps({"ok": ok, "failed": failed, "first_error": first}))
    return 0


def main(argv):
    if argv[:1] == ["--token-cache-child"]:
        return token_cache_child(*argv[1:4])
    p = argparse.ArgumentParser(description="Python fault runner")
    p.add_argument("--url", required=True)
    p.add_argument("--matrix", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "matrix.json"))
    p.add_argument("--short", action="store_true")
    p.add_argument("--only")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.matrix = os.path.abspath(args.matrix)
    try:
        with open(args.matrix, encoding="utf-8") as f:
            matrix = json.load(f)
    except (OSError, ValueError) as e:
        log(f"cannot read {args.matrix}: {e}")
        return 2
    if args.child:
        return child(args, matrix)
    log(f"fault runner (python): sandbox at {args.url}")
    return parent(args, matrix)


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
