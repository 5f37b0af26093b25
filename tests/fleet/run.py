#!/usr/bin/env python3
"""The fleet test: one set of credentials used by 4 Python and 4 PHP processes at once (no
shared file), against the sandbox in --single-session mode (a new token ends the earlier
ones, as Exsited does), with and without one Redis token store; then Redis killed mid-run.

    run.py --python VENV/bin/python --php-so target/debug/libexsited_php.so [--out FILE]

Cases (one JSON line each, "suite": "fleet", printed by tests/faults/report.py as its own table):
  fleet/no_store       single-session, every process its own token: shown, expected to be
                       costly (at least one token per process), nothing else required
  fleet/redis_store    single-session, one Redis store: exactly 1 token request,
                       0 revoked-token rejections, 0 failed calls
  fleet/redis_killed   normal mode, Redis killed mid-run and every token expired right after
                       (so every process needs a token while Redis is gone): 0 failed calls

Starts its own redis-server (Debian package redis-server) and sandboxes on free ports and
stops them at the end. Exit 0 when every case met its expectation, 1 otherwise. Python 3
standard library only.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = 100
PROCESSES = {"python": 4, "php": 4}
HANG_GUARD = 120


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Redis:
    def __init__(self):
        # Removed when the run ends.
        self._dir = tempfile.TemporaryDirectory(prefix="exsited-fleet-redis-")
        self.dir = self._dir.name
        for _ in range(5):
            self.port = free_port()
            self.proc = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", self.dir],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if self._ready():
                return
            self.stop()
        raise RuntimeError("redis-server did not start")

    def _ready(self):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return True
            except OSError:
                pass
            time.sleep(0.02)
        return False

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


class Sandbox:
    def __init__(self, *args):
        binary = os.path.join(ROOT, os.environ.get("CARGO_TARGET_DIR", "target"), "debug", "exsited-sandbox")
        self.proc = subprocess.Popen([binary, "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()
        if "listening on" not in line:
            raise RuntimeError(f"sandbox did not start: {line!r}")
        self.url = line.split("listening on", 1)[1].strip()

    def hook(self, method, path):
        req = urllib.request.Request(f"{self.url}/__sandbox__/{path}", method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"null")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def spawn(args, url, start_at, duration_ms, lang, index, store):
    if lang == "python":
        via = ("init_sdk", "env")[index % 2] if store else "none"
        cmd = [args.python, os.path.join(HERE, "worker.py"), url, str(CALLS), str(start_at), str(duration_ms), "4", via]
    else:
        via = ("option", "config")[index % 2] if store else "none"
        cmd = ["php", "-d", f"extension={args.php_so}", os.path.join(HERE, "worker.php"), url, str(CALLS),
               str(start_at), str(duration_ms), via]
    if store:
        cmd.append(store)
    env = {k: v for k, v in os.environ.items() if k != "EXSITED_TOKEN_STORE"}
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/", env=env), via


def run_case(args, name, sandbox_args, store, duration_ms, during=None):
    """Runs the 8 processes at once; returns the case's JSON line (without its verdict)."""
    sandbox = Sandbox(*sandbox_args)
    try:
        start_at = time.time() + 2.0  # time for every process to load and connect
        children = []
        for lang, n in PROCESSES.items():
            for i in range(n):
                children.append((lang, *spawn(args, sandbox.url, start_at, duration_ms, lang, i, store)))
        if during:
            during(sandbox, start_at)
        ok = failed = crashed = 0
        first = None
        entry_points = sorted({f"{lang}:{via}" for lang, _, via in children})
        for lang, child, _ in children:
            try:
                out, err = child.communicate(timeout=HANG_GUARD)
            except subprocess.TimeoutExpired:
                child.kill()
                out, err = child.communicate()
            try:
                v = json.loads(out.strip().splitlines()[-1])
                ok += v["ok"]
                failed += v["failed"]
                first = first or (v.get("first_error") and f"[{lang}] {v['first_error']}")
            except (ValueError, IndexError, KeyError):
                crashed += 1
                failed += CALLS
                tail = (err.strip().splitlines() or [""])[-1]
                first = first or f"[{lang}] process exited {child.returncode}: {tail}"
        counters = sandbox.hook("GET", "counters")
        return {
            "suite": "fleet", "name": name, "lang": "python+php",
            "mode": "single-session" if "--single-session" in sandbox_args else "normal",
            "store": "redis" if store else "none", "entry_points": entry_points,
            "processes": len(children), "calls": ok + failed, "ok": ok, "failed": failed, "crashed": crashed,
            "token_requests": counters["token_requests"],
            "revoked_token_rejections": counters["revoked_token_rejections"],
            "elapsed_ms": int((time.time() - start_at) * 1000), "first_error": first,
        }
    finally:
        sandbox.stop()


def kill_redis_mid_run(redis):
    def during(sandbox, start_at):
        time.sleep(max(0.0, start_at + 0.6 - time.time()))
        redis.stop()
        log("   redis-server killed")
        time.sleep(0.2)
        sandbox.hook("POST", "expire_tokens")  # every process now needs a token, without Redis
        log("   every token expired")
    return during


def judge(line, checks):
    mismatches = [text for good, text in checks if not good]
    line["pass"] = not mismatches
    line["mismatches"] = mismatches
    return line


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--python", required=True, help="the Python with the exsited package installed")
    p.add_argument("--php-so", required=True, help="the built PHP extension")
    p.add_argument("--out", help="also write the JSON lines here")
    args = p.parse_args()
    lines = []

    log("==> fleet/no_store: 4 Python + 4 PHP processes, single-session sandbox, no token store")
    line = run_case(args, "fleet/no_store", ["--single-session"], None, 0)
    lines.append(judge(line, [
        (line["crashed"] == 0, f"{line['crashed']} process(es) crashed"),
        (line["token_requests"] >= line["processes"], "the sandbox did not make each process fetch a token"),
    ]))

    redis = Redis()
    try:
        log(f"==> fleet/redis_store: the same, sharing one token through redis-server on port {redis.port}")
        line = run_case(args, "fleet/redis_store", ["--single-session"], redis.url, 0)
    finally:
        redis.stop()
    lines.append(judge(line, [
        (line["token_requests"] == 1, f"token requests {line['token_requests']} != 1"),
        (line["revoked_token_rejections"] == 0, f"revoked-token rejections {line['revoked_token_rejections']} != 0"),
        (line["failed"] == 0, f"{line['failed']} failed call(s)"),
        (line["calls"] == line["processes"] * CALLS, "not every call ran"),
    ]))

    redis = Redis()
    try:
        log("==> fleet/redis_killed: normal sandbox, Redis killed mid-run, then every token expired")
        line = run_case(args, "fleet/redis_killed", [], redis.url, 2000, during=kill_redis_mid_run(redis))
    finally:
        redis.stop()
    lines.append(judge(line, [
        (line["failed"] == 0, f"{line['failed']} failed call(s)"),
        (line["calls"] == line["processes"] * CALLS, "not every call ran"),
        (line["token_requests"] >= 2, "no process needed a token after Redis went away"),
    ]))

    text = "\n".join(json.dumps(l) for l in lines) + "\n"
    sys.stdout.write(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0 if all(l["pass"] for l in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
