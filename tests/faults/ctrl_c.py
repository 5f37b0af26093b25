"""Ctrl-C cases of the Python fault runner (runner.py): a call stalled by the server (a 8 s
`delay` fault) gets SIGINT after 0.3 s; it must raise KeyboardInterrupt within 0.5 s of the
signal (budget_ms 500) and the next call on the same SDK must succeed. Each case runs in a
process of its own (`python ctrl_c.py URL MODE ID SECRET`), so that the signal reaches nobody else."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

STALL_MS = 8000
SIGNAL_AFTER_S = 0.3
BUDGET_MS = 500
MODES = ("details", "iter_all")


def _hook(url, method, name, payload=None):
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(f"{url}/__sandbox__/{name}", data=data, method=method)
    req.add_header("content-type", "application/json")
    urllib.request.urlopen(req, timeout=10).read()


def child(url, mode, client_id, client_secret):
    """Runs in the case's own process; prints one JSON object."""
    from exsited import ExsitedSDK

    # A process started from a background job inherits SIGINT ignored, and Python then leaves
    # it ignored: give it Python's own handler, as an interactive terminal would.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    sdk = ExsitedSDK(exsited_url=url, client_id=client_id, client_secret=client_secret, max_retries=0, timeout=20)
    sdk.account.list(limit=1)  # the token is fetched before the stall
    _hook(url, "POST", "faults", {"faults": [{"kind": "delay", "delay_ms": STALL_MS, "method": "GET", "times": 1}]})
    sent = []

    def interrupt():
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    threading.Timer(SIGNAL_AFTER_S, interrupt).start()
    outcome = "ok"
    try:
        if mode == "details":
            sdk.account.details(id="SD0001")
        else:
            for _ in sdk.account.iter_all(limit=2):
                pass
        outcome = "returned"
    except KeyboardInterrupt:
        outcome = "interrupted"
    except Exception as e:  # noqa: BLE001 - reported as the outcome
        outcome = f"error:{type(e).__name__}"
    ended = time.monotonic()
    _hook(url, "DELETE", "faults")
    try:
        if mode == "details":
            sdk.account.details(id="SD0001")
        else:
            next(iter(sdk.account.iter_all(limit=2)))
        after = "ok"
    except Exception as e:  # noqa: BLE001
        after = f"{type(e).__name__}: {e}"
    print(json.dumps({"outcome": outcome, "after_signal_ms": int((ended - sent[0]) * 1000) if sent else None,
                      "next_call": after}))
    return 0


def case(url, mode, lang, client_id, client_secret, timeout):
    """The fault-suite line of one Ctrl-C case (see report.py for the format)."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), url, mode, client_id, client_secret],
                          capture_output=True, text=True, timeout=timeout, cwd="/")
    elapsed = time.monotonic() - started
    mismatches, seen = [], {}
    try:
        seen = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        mismatches.append(f"the case's process printed nothing (exit {proc.returncode}): {proc.stderr[-300:]}")
    waited = seen.get("after_signal_ms")
    if seen and seen.get("outcome") != "interrupted":
        mismatches.append(f"no KeyboardInterrupt: {seen.get('outcome')}")
    if seen and seen.get("next_call") != "ok":
        mismatches.append(f"the next call failed: {seen.get('next_call')}")
    return {
        "lang": lang, "suite": "interrupt", "name": f"ctrl_c/{mode}", "kind": "ctrl_c", "class": "read",
        "op": "accounts.details" if mode == "details" else "accounts.list",
        "fault": {"kind": "delay", "delay_ms": STALL_MS, "sigint_after_ms": int(SIGNAL_AFTER_S * 1000)},
        "expect": "ok", "outcome": "ok" if not mismatches else "error:interrupt", "pass": not mismatches,
        "mismatches": mismatches, "message": "; ".join(mismatches) or None,
        "requests": {"data": 0, "token": 0, "statuses": []}, "dup_creates": 0, "lost_writes": 0,
        "elapsed_ms": waited if waited is not None else int(elapsed * 1000), "budget_ms": BUDGET_MS,
        "overrun_ms": max(0, (waited or 0) - BUDGET_MS), "panics": 1 if proc.returncode < 0 else 0,
    }


if __name__ == "__main__":
    sys.exit(child(*sys.argv[1:5]))
