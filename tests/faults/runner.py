#!/usr/bin/env python3
"""Fault-suite runner for the Python SDK.

    .venv-test/bin/python tests/faults/runner.py --url SANDBOX_URL --matrix tests/faults/matrix.json
                                                 [--short] [--only TEXT]

Runs, through the installed ``exsited`` package (``ExsitedSDK`` / ``AsyncExsitedSDK``), the
Python-only scenarios: the matrix cases with a `scenario` (idle close, runner_idle.py), the
token-behaviour cases (token_edges.py for the hostile ones), the Ctrl-C cases (ctrl_c.py) and
the bad-input cases (bad_input.py), and prints one JSON line per case on stdout in the format
of tests/faults/report.py (progress on stderr). The plain matrix cases run through
driver.py + adapter.py. Protocol: tests/faults/README.md.

Crash guard: the cases run in a child process (``--child``) that announces each case before
running it. When the child dies (a signal, a native crash) or a case outlives its watchdog,
the parent prints that case as a panic / hang and starts a new child at the next case.
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

import ctrl_c  # the Ctrl-C cases (next to this file)
from adapter import CLIENT_ID, CLIENT_SECRET, LANG, Settings, classify, created_id, exsited, make_sdk, op_call  # noqa: F401
import bad_input
from invariants import line_ok
from sandbox_hooks import Sandbox, seen

SEED = 20
HANG_GUARD = 30.0


def log(*a):
    print(*a, file=sys.stderr, flush=True)


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
        # Removed when the runner ends (a child a case forks exits with os._exit: not there).
        self._work = tempfile.TemporaryDirectory(prefix="exsited-faults-py-")
        self.work = self._work.name

    def run_case(self, case, n):
        """A matrix case with a scenario of its own (plain cases run through driver.py)."""
        import runner_idle
        return runner_idle.run(self, case, n, sys.modules[__name__])

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


# ---------------------------------------------------------------------------------------
# Jobs: what the parent schedules and the child runs
# ---------------------------------------------------------------------------------------


def jobs(args, matrix):
    out = []
    for c in matrix["cases"]:
        if (args.short and not c.get("short")) or not c.get("scenario"):
            continue  # the plain matrix cases run through driver.py + adapter.py
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
    for slug, expect in bad_input.PY_BAD_INPUT:
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
                line = bad_input.bad_input(ctx, job["case"])
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
                    ok = line_ok(line)
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
