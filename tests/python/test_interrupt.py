"""Ctrl-C during a call: a blocking call (and iter_all) raises KeyboardInterrupt within
0.5 s of SIGINT although the server has not answered, and the SDK works afterwards; a
cancelled asyncio task aborts its operation on the core's runtime."""

import asyncio
import json
import subprocess
import sys
import time

import pytest

from conftest import CLIENT_ID, CLIENT_SECRET

# Run in a child process: SIGINT goes to that process only, never to pytest.
CHILD = r"""
import json, os, signal, sys, threading, time, urllib.request
from exsited import ExsitedSDK

url, mode = sys.argv[1], sys.argv[2]
# A process started from a background job inherits SIGINT ignored, and Python then leaves it
# ignored: give it Python's own handler, as an interactive terminal would.
signal.signal(signal.SIGINT, signal.default_int_handler)

def hook(method, name, payload=None):
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(f"{url}/__sandbox__/{name}", data=data, method=method)
    req.add_header("content-type", "application/json")
    urllib.request.urlopen(req, timeout=10).read()

sdk = ExsitedSDK(exsited_url=url, client_id=%(id)r, client_secret=%(secret)r, max_retries=0, timeout=20)
sdk.account.list(limit=1)  # token fetched before the stall
hook("POST", "faults", {"faults": [{"kind": "delay", "delay_ms": 8000, "method": "GET", "times": 1}]})

sent = []
def interrupt():
    sent.append(time.monotonic())
    os.kill(os.getpid(), signal.SIGINT)
threading.Timer(0.3, interrupt).start()

started = time.monotonic()
outcome = "returned"
try:
    if mode == "details":
        sdk.account.details(id="ANY")
    else:
        for _ in sdk.account.iter_all(limit=2):
            pass
except KeyboardInterrupt:
    outcome = "KeyboardInterrupt"
except Exception as e:
    outcome = type(e).__name__
ended = time.monotonic()

hook("DELETE", "faults")
after = time.monotonic()
try:
    if mode == "details":
        sdk.account.list(limit=1)
    else:
        next(iter(sdk.account.iter_all(limit=2)))
    next_call = "ok"
except Exception as e:
    next_call = f"{type(e).__name__}: {e}"
print(json.dumps({
    "outcome": outcome,
    "after_signal": ended - sent[0] if sent else None,
    "blocked": ended - started,
    "next_call": next_call,
    "next_call_s": time.monotonic() - after,
}))
""" % {"id": CLIENT_ID, "secret": CLIENT_SECRET}


def run_child(url: str, mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, url, mode], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("mode", ["details", "iter_all"])
def test_ctrl_c_interrupts_a_stalled_call(sb, mode):
    sb.seed(5)
    seen = run_child(sb.url, mode)
    assert seen["outcome"] == "KeyboardInterrupt", seen
    # The server holds the answer 8 s; the interrupt must not wait for it.
    assert seen["after_signal"] < 0.5, seen
    assert seen["next_call"] == "ok", seen
    assert seen["next_call_s"] < 2.0, seen


def test_cancelling_the_task_aborts_the_operation(sb, async_sdk):
    client = async_sdk._client

    async def main(start):
        sb.fault(kind="delay", delay_ms=5000, method="GET", times=1)
        task = asyncio.ensure_future(start())
        await asyncio.sleep(0.3)
        assert client.in_flight() == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # Aborted on the core's runtime, not left running until the server answers (5 s).
        deadline = time.monotonic() + 0.5
        while client.in_flight() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert client.in_flight() == 0
        sb.hook("DELETE", "faults")
        return await async_sdk.account.list(limit=1)

    async def first_page():
        async for record in async_sdk.account.iter_all(limit=2):
            return record

    asyncio.run(async_sdk.account.list(limit=1))  # token first
    assert asyncio.run(main(lambda: async_sdk.account.details(id="ANY"))) is not None
    assert asyncio.run(main(first_page)) is not None
