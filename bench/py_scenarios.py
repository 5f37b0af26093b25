"""Python benchmark scenarios, run once per contender in its own virtualenv.

    python py_scenarios.py --sdk ours|ref|requests --scenario P1 --url URL --id ID [--rounds N]

Prints one JSON object: the scenario's figure for every round. `ours` and `ref` are driven
through the same documented API (`ExsitedSDK().init_sdk(...)`, `account.details(id=...)`),
so the one script measures both the documented SDK (exsited 1.0.40) and this project;
`requests` is the hand-written `requests.Session` client a user would write instead.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import sys
import threading
import time

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


class RequestsClient:
    """What a user writes without an SDK: one Session, one token, JSON dicts back."""

    def __init__(self, url: str) -> None:
        import requests

        self.url = url.rstrip("/")
        self.session = requests.Session()
        answer = self.session.post(
            f"{self.url}/api/v1/oauth2/token",
            json={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uri": ""},
            timeout=30,
        ).json()
        self.session.headers["Authorization"] = f"Bearer {answer['access_token']}"

    def details(self, id: str) -> dict:
        r = self.session.get(f"{self.url}/api/v3/accounts/{id}", timeout=30)
        r.raise_for_status()
        return r.json()

    def list(self, limit: int) -> dict:
        r = self.session.get(f"{self.url}/api/v2/accounts", params={"limit": limit}, timeout=30)
        r.raise_for_status()
        return r.json()


def make_sdk(kind: str, url: str):
    if kind == "requests":
        return RequestsClient(url)
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    from exsited.exsited.exsited_sdk import ExsitedSDK

    sdk = ExsitedSDK().init_sdk(
        request_token_dto=RequestTokenDTO(
            grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET, redirectUri="", exsitedUrl=url
        )
    )
    return sdk.account


def details(client, kind: str, id: str):
    return client.details(id) if kind == "requests" else client.details(id=id)


def p1_latency(kind: str, url: str, id: str, calls: int) -> float:
    """Median milliseconds of one sequential details() call."""
    client = make_sdk(kind, url)
    details(client, kind, id)  # token + connection warm
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        details(client, kind, id)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def p2_list_page(kind: str, url: str, calls: int) -> float:
    """Median milliseconds of list(limit=500) decoded into DTOs (dicts for requests)."""
    client = make_sdk(kind, url)
    fetch = (lambda: client.list(500)) if kind == "requests" else (lambda: client.list(limit=500))
    answer = fetch()
    count = len(answer["accounts"]) if kind == "requests" else len(answer.accounts)
    if count != 500:
        raise SystemExit(f"expected 500 accounts on the page, got {count}")
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        fetch()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def p3_threads(kind: str, url: str, id: str, threads: int, per_thread: int) -> float:
    """Calls per second with `threads` threads sharing one SDK object."""
    client = make_sdk(kind, url)
    details(client, kind, id)
    barrier = threading.Barrier(threads + 1)
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            for _ in range(per_thread):
                details(client, kind, id)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in pool:
        t.join()
    wall = time.perf_counter() - t0
    if errors:
        raise SystemExit(f"{len(errors)} thread(s) failed: {errors[0]!r}")
    return threads * per_thread / wall


def p4_async(url: str, id: str, concurrent: int) -> float:
    """Calls per second with `concurrent` awaitables in flight (AsyncExsitedSDK)."""
    from exsited import AsyncExsitedSDK
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO

    async def run() -> float:
        sdk = AsyncExsitedSDK().init_sdk(
            request_token_dto=RequestTokenDTO(
                grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET, redirectUri="", exsitedUrl=url
            )
        )
        await sdk.account.details(id=id)
        t0 = time.perf_counter()
        await asyncio.gather(*(sdk.account.details(id=id) for _ in range(concurrent)))
        return concurrent / (time.perf_counter() - t0)

    return asyncio.run(run())


def p6_memory(url: str, total: int) -> dict:
    """RSS growth (MB) while iterating `total` accounts with the pager."""
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    from exsited.exsited.exsited_sdk import ExsitedSDK

    sdk = ExsitedSDK().init_sdk(
        request_token_dto=RequestTokenDTO(
            grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET, redirectUri="", exsitedUrl=url
        )
    )
    # Warm up imports and the pool before the baseline.
    next(iter(sdk.account.iter_all(limit=10)))
    gc.collect()
    before = rss_mb()
    peak = before
    seen = 0
    for _ in sdk.account.iter_all(limit=1000):
        seen += 1
        if seen % 5000 == 0:
            peak = max(peak, rss_mb())
    gc.collect()
    after = rss_mb()
    return {"records": seen, "rss_before_mb": before, "rss_after_mb": after, "growth_mb": max(peak, after) - before}


def cold_start(url: str, id: str) -> float:
    """Seconds from interpreter start (import included) to the first answer, token included."""
    import subprocess

    code = (
        "import time; t=time.perf_counter();"
        "from exsited.exsited.exsited_sdk import ExsitedSDK;"
        "from exsited.exsited.auth.dto.token_dto import RequestTokenDTO;"
        f"s=ExsitedSDK().init_sdk(request_token_dto=RequestTokenDTO(grantType='client_credentials',clientId='{CLIENT_ID}',"
        f"clientSecret='{CLIENT_SECRET}',redirectUri='',exsitedUrl='{url}'));"
        f"s.account.details(id='{id}'); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sdk", required=True, choices=["ours", "ref", "requests"])
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--id", default="SD0001")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--calls", type=int, default=300)
    a = ap.parse_args()
    rounds = []
    for _ in range(a.rounds):
        if a.scenario == "P1":
            rounds.append(p1_latency(a.sdk, a.url, a.id, a.calls))
        elif a.scenario == "P2":
            rounds.append(p2_list_page(a.sdk, a.url, max(5, a.calls // 30)))
        elif a.scenario == "P3":
            rounds.append(p3_threads(a.sdk, a.url, a.id, 8, max(20, a.calls // 4)))
        elif a.scenario == "P4":
            rounds.append(p4_async(a.url, a.id, 1000))
        elif a.scenario == "P6":
            rounds.append(p6_memory(a.url, 100_000))
            break
        elif a.scenario == "cold":
            rounds.append(cold_start(a.url, a.id))
        else:
            raise SystemExit(f"unknown scenario {a.scenario}")
    print(json.dumps({"sdk": a.sdk, "scenario": a.scenario, "rounds": rounds, "pid": os.getpid()}))


if __name__ == "__main__":
    main()
