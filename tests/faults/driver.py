#!/usr/bin/env python3
"""Fault-suite driver: runs the matrix cases of matrix.json through one language's adapter.

    python3 tests/faults/driver.py --url SANDBOX_URL --matrix tests/faults/matrix.json
                                   [--short] [--only TEXT] -- ADAPTER COMMAND...

The driver owns everything but the call itself: the sandbox hooks (request log, faults,
counters), the invariants (duplicate creates, lost acknowledged writes, time budget, request
counts; invariants.py) and the lines of tests/faults/report.py on stdout (progress on
stderr). The adapter (adapter.rs, adapter.py, adapter.php) stays resident and answers one JSON line per
JSON line it reads on stdin:

  {"do": "hello"}                     -> {"lang", and when its client cannot take the matrix's:
                                          "initial_backoff_ms", "max_backoff_ms",
                                          "backoff" (a note)}
  {"do": "client", "settings", "tag"} -> {}       a fresh client with these settings
                                                  (matrix `client` + the case's own)
  {"do": "setup", "create", "tag", "n"} -> {"id", "error"}  create the target account (or list
                                                  once): also fetches the client's token
  {"do": "call", "op", "template", "id", "tag", "n"}
                                      -> {"outcome", "exception", "message", "problem",
                                          "elapsed_ms", "created"}  ONE call of `op`

Crash guard: when the adapter dies during a case (a native crash) or outlives the case's
watchdog, the case is reported as a panic / hang and a new adapter takes the next case.
Exit status: 0 every case as expected, 1 some case failed, 2 bad usage or no adapter.
"""

import argparse
import json
import os
import select
import subprocess
import sys
import time

import invariants
from sandbox_hooks import Sandbox, seen

SEED = 20
CASE_LIMIT = 60.0  # seconds one case may take before its adapter is killed as hung


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class AdapterGone(Exception):
    """The adapter died or hung; `outcome` is "panic" or "hang"."""

    def __init__(self, outcome, message):
        super().__init__(message)
        self.outcome = outcome


class Adapter:
    def __init__(self, command):
        self.command = command
        self.proc = None
        self.buf = b""

    def start(self):
        self.proc = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buf = b""

    def stop(self, grace=5.0):
        """Ends the adapter: its input is closed, so that it exits by itself (and removes its
        work folder); one still running after `grace` seconds (a hung one) is killed."""
        if self.proc and self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=grace)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
        if self.proc:
            self.proc.wait()
        self.proc = None

    def ask(self, request, limit=CASE_LIMIT):
        if self.proc is None:
            self.start()
        try:
            self.proc.stdin.write((json.dumps(request) + "\n").encode())
            self.proc.stdin.flush()
        except OSError:
            pass  # it died: reading says how
        end = time.monotonic() + limit
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            remaining = end - time.monotonic()
            if remaining <= 0:
                self.stop(grace=0)
                raise AdapterGone("hang", f"no result after {limit:.0f} s; the adapter was killed")
            ready, _, _ = select.select([fd], [], [], min(remaining, 1.0))
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                code = self.proc.wait()
                self.proc = None
                how = f"signal {-code}" if code < 0 else f"exit {code}"
                raise AdapterGone("panic", f"the adapter process died during the case ({how})")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\n", 1)
        return json.loads(raw)


class Driver:
    def __init__(self, args, matrix, adapter):
        self.sb = Sandbox(args.url)
        self.matrix = matrix
        self.adapter = adapter
        self.caps = adapter.ask({"do": "hello"})
        self.lang = self.caps["lang"]

    def run_case(self, case, n):
        sb, caps = self.sb, self.caps
        name, op, klass = case["name"], case["op"], case["class"]
        tag = f"c{n:03d}"
        settings = dict(self.matrix.get("client", {}), **(case.get("client") or {}))
        template = self.matrix["calls"][op]
        self.adapter.ask({"do": "client", "settings": settings, "tag": tag})
        setup = self.adapter.ask({"do": "setup", "create": "{id}" in (template.get("path") or []),
                                  "tag": tag, "n": n})
        ident = setup.get("id") or ""
        sb.hook("DELETE", "requests")
        sb.hook("DELETE", "faults")
        creates_before = sb.counters()["creates"]
        fault = case["fault"]
        sb.install(fault)
        try:
            got = self.adapter.ask({"do": "call", "op": op, "template": template, "id": ident, "tag": tag, "n": n})
        finally:
            reqs = sb.settle()
            sb.hook("DELETE", "faults")
        server_creates = sb.counters()["creates"] - creates_before
        data, token, statuses = seen(reqs)
        outcome = got["outcome"]
        dup, lost = invariants.check_writes(sb, klass, op, ident, tag, outcome == "ok", got.get("created") or "",
                                            server_creates)
        budget = invariants.budget_ms(caps, settings, fault, data, settings.get("deadline_ms"))
        elapsed = got["elapsed_ms"]
        mism = invariants.mismatches(case, outcome, data, token, (setup.get("error"), got.get("problem")))
        line = {
            "lang": self.lang, "suite": "matrix", "name": name, "kind": case.get("kind"), "class": klass, "op": op,
            "fault": fault, "expect": case.get("expect", "ok"), "outcome": outcome, "pass": not mism,
            "mismatches": mism, "exception": got.get("exception"), "message": got.get("message"),
            "requests": {"data": data, "token": token, "statuses": statuses},
            "expect_data_requests": case.get("expect_data_requests"),
            "expect_token_requests": case.get("expect_token_requests"),
            "server_creates": server_creates, "dup_creates": dup, "lost_writes": lost,
            "elapsed_ms": elapsed, "budget_ms": budget, "overrun_ms": max(0, elapsed - budget),
            "max_overrun_ms": case.get("max_overrun_ms"), "panics": int(outcome == "panic"),
        }
        if caps.get("backoff"):
            line["backoff"] = caps["backoff"]
        return line


def cases(args, matrix):
    """The plain matrix cases (a `scenario` runs in the language's own runner)."""
    out = []
    for n, c in enumerate(matrix["cases"]):
        if (args.short and not c.get("short")) or c.get("scenario"):
            continue
        if args.only and args.only not in c["name"]:
            continue
        out.append((n, c))
    return out


def main(argv):
    if "--" not in argv:
        log("usage: driver.py --url URL [--matrix FILE] [--short] [--only TEXT] -- ADAPTER COMMAND...")
        return 2
    split = argv.index("--")
    p = argparse.ArgumentParser(description="fault-suite driver")
    p.add_argument("--url", required=True)
    p.add_argument("--matrix", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "matrix.json"))
    p.add_argument("--short", action="store_true")
    p.add_argument("--only")
    args = p.parse_args(argv[:split])
    with open(args.matrix, encoding="utf-8") as f:
        matrix = json.load(f)
    adapter = Adapter(argv[split + 1:])
    try:
        driver = Driver(args, matrix, adapter)
    except (AdapterGone, ValueError, OSError) as e:
        log(f"the adapter did not start: {e}")
        return 2
    driver.sb.seed(SEED)
    failed = 0
    for n, case in cases(args, matrix):
        try:
            line = driver.run_case(case, n)
        except Exception as e:  # noqa: BLE001 - a dead adapter or a driver bug: report the case, go on
            outcome = e.outcome if isinstance(e, AdapterGone) else "error:runner"
            message = str(e) if isinstance(e, AdapterGone) else f"runner error: {type(e).__name__}: {e}"
            line = invariants.synthetic(driver.lang, {"name": case["name"], "class": case["class"],
                                                      "expect": case.get("expect", "ok")},
                                        outcome, message, int(outcome == "panic"))
        ok = invariants.line_ok(line)
        failed += not ok
        log(f"  {'ok' if ok else 'FAIL':<5} {line['name']:<58} {line['outcome']:<22} {line.get('elapsed_ms', '')}")
        print(json.dumps(line, ensure_ascii=False), flush=True)
    adapter.stop()
    log(f"fault driver ({driver.lang}): {failed} failing line(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
