"""Python benchmark scenarios, run once per contender in its own virtualenv.

    python py_scenarios.py --sdk ours|ref|requests|floor|floor_checked --scenario P1 --url URL --id ID [--rounds N]

Prints one JSON object: the scenario's figure for every round. `ours` and `ref` are driven
through the same documented API (`ExsitedSDK().init_sdk(...)`, `account.details(id=...)`),
so the one script measures both the documented SDK (exsited 1.0.40) and this project;
`requests` is the hand-written `requests.Session` client a user would write instead, and
`floor` (P1 only) the least any Python binding can do, and `floor_checked` the same with the
check a safe client makes before reusing a connection (see `FloorClient`).
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

    # The wider surface (see WIDE): an order created, orders listed, an invoice read.
    def order_create(self, order: dict) -> dict:
        r = self.session.post(f"{self.url}/api/v2/orders", json={"order": order}, timeout=30)
        r.raise_for_status()
        return r.json()

    def order_list(self, limit: int) -> dict:
        r = self.session.get(f"{self.url}/api/v2/orders", params={"limit": limit}, timeout=30)
        r.raise_for_status()
        return r.json()

    def invoice_create(self, order_id: str, invoice: dict) -> dict:
        r = self.session.post(f"{self.url}/api/v2/orders/{order_id}/invoices", json={"invoice": invoice}, timeout=30)
        r.raise_for_status()
        return r.json()

    def invoice_details(self, id: str) -> dict:
        r = self.session.get(f"{self.url}/api/v3/invoices/{id}", timeout=30)
        r.raise_for_status()
        return r.json()


# The contenders that are not an SDK: called as `client.details(id)`, with no `account`.
BARE = ("requests", "floor", "floor_checked")


class FloorClient:
    """The least any Python binding can do for details(): a Python call into Rust that
    releases the GIL for one bare reqwest GET (bench/pyfloor, no SDK logic), then
    `json.loads` to hand the answer to Python. P1 only: its figure against the raw Rust loop
    is the cost of Python itself on this machine, which no SDK can go below. `checked`: each
    GET first makes the pre-reuse check of a pooled connection (see bench/pyfloor), the least
    a binding that never writes a create to a connection whose close has reached it can do."""

    def __init__(self, url: str, checked: bool = False) -> None:
        from exsited_pyfloor import Floor

        self.checked = checked
        self.new = Floor
        self.url = url.rstrip("/")
        self.token = RequestsClient(url).session.headers["Authorization"].split(" ", 1)[1]
        self.floors: dict = {}  # one per account id, each with its URL made once

    def details(self, id: str) -> dict:
        floor = self.floors.get(id)
        if floor is None:
            floor = self.floors[id] = self.new(f"{self.url}/api/v3/accounts/{id}", self.token)
        return json.loads(floor.get(self.checked))


def make_root(kind: str, url: str, **options):
    """The whole SDK (or the requests client); `options` go to ExsitedSDK (ours only)."""
    if kind == "requests":
        return RequestsClient(url)
    if kind in ("floor", "floor_checked"):
        return FloorClient(url, checked=kind == "floor_checked")
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    from exsited.exsited.exsited_sdk import ExsitedSDK

    return ExsitedSDK(**options).init_sdk(
        request_token_dto=RequestTokenDTO(
            grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET, redirectUri="", exsitedUrl=url
        )
    )


def make_sdk(kind: str, url: str, **options):
    root = make_root(kind, url, **options)
    return root if kind in BARE else root.account


def details(client, kind: str, id: str):
    return client.details(id) if kind in BARE else client.details(id=id)


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
    """Median milliseconds of list(limit=500) decoded into DTOs (dicts for requests), each
    record then read once (its id), as any use of a page does: a contender that decoded on
    first access cannot skip the work by never being asked."""
    client = make_sdk(kind, url)
    if kind == "requests":
        def fetch() -> int:
            return sum(1 for a in client.list(500)["accounts"] if a["id"])
    else:
        def fetch() -> int:
            return sum(1 for a in client.list(limit=500).accounts if a.id)
    count = fetch()
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
    """Seconds from the first import to the first answer: `import exsited` (the package with
    its whole surface: 44 resources, each created on first use), init_sdk, the token and the
    first call. Interpreter start-up itself is left out (the same for every contender)."""
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


def order_body() -> dict:
    return {"account_id": "SD0001", "lines": [{"item_id": "ITEM-0001", "item_order_quantity": "2"}]}


def wide(kind: str, url: str, calls: int) -> dict:
    """Median milliseconds of order.create, order.list(limit=20) and invoice.details, each
    called sequentially (after one warm-up call), on a fresh order and its invoice."""
    root = make_root(kind, url)
    if kind == "requests":
        order = lambda: root.order_create(order_body())  # noqa: E731
        listing = lambda: root.order_list(20)  # noqa: E731
        order_id = order()["order"]["id"]
        invoice_id = root.invoice_create(order_id, {"issue_date": "2025-01-31", "due_date": "2025-02-28"})["invoice"]["id"]
        details = lambda: root.invoice_details(invoice_id)  # noqa: E731
    else:
        from exsited.exsited.invoice.dto.invoice_dto import InvoiceCreateDTO, InvoiceDataDTO
        from exsited.exsited.order.dto.order_dto import OrderCreateDTO, OrderDataDTO
        from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO

        def order():
            return root.order.create(request_data=OrderCreateDTO(order=OrderDataDTO(
                accountId="SD0001", lines=[OrderLineDTO(itemId="ITEM-0001", itemOrderQuantity="2")])))

        listing = lambda: root.order.list(limit=20)  # noqa: E731
        created = order()
        order_id = created.order.id if hasattr(created, "order") else created["order"]["id"]
        invoice = root.invoice.create(id=order_id, request_data=InvoiceCreateDTO(invoice=InvoiceDataDTO(
            issueDate="2025-01-31", dueDate="2025-02-28")))
        invoice_id = invoice.invoice.id if hasattr(invoice, "invoice") else invoice["invoice"]["id"]
        details = lambda: root.invoice.details(id=invoice_id)  # noqa: E731
    out = {}
    for name, fn in (("order.create", order), ("order.list", listing), ("invoice.details", details)):
        fn()
        times = []
        for _ in range(calls):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times) * 1000
    return out


def token_store_cost(url: str, id: str, store: str, calls: int) -> dict:
    """details() latency with the token held locally and with the Redis token store, in
    alternating blocks (so that both see the same machine), medians in milliseconds."""
    local = make_sdk("ours", url)
    shared = make_sdk("ours", url, token_store=store)
    for client in (local, shared):
        for _ in range(20):
            client.details(id=id)
    times: dict = {"local": [], "redis": []}
    for _ in range(10):
        for name, client in (("local", local), ("redis", shared)):
            for _ in range(max(1, calls // 10)):
                t = time.perf_counter()
                client.details(id=id)
                times[name].append(time.perf_counter() - t)
    return {name: statistics.median(v) * 1000 for name, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sdk", required=True, choices=["ours", "ref", *BARE])
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--id", default="SD0001")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--store", default=None, help="redis:// URL for the token_store scenario")
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
        elif a.scenario == "wide":
            rounds.append(wide(a.sdk, a.url, max(20, a.calls // 3)))
        elif a.scenario == "store":
            rounds.append(token_store_cost(a.url, a.id, a.store, a.calls))
        else:
            raise SystemExit(f"unknown scenario {a.scenario}")
    print(json.dumps({"sdk": a.sdk, "scenario": a.scenario, "rounds": rounds, "pid": os.getpid()}))


if __name__ == "__main__":
    main()
