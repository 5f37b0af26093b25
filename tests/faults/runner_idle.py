"""The idle-close scenario of the Python fault runner (see runner_idle.rs for the Rust one).

The sandbox closes keep-alive connections idle for fault.config.idle_close_ms, as a load
balancer does; the case makes `repeat` calls, each after `idle_ms` without traffic, so every
call finds its pooled connection already closed by the server. mode "blocking" uses
ExsitedSDK from one thread, "async" AsyncExsitedSDK. `r` is the runner module (its helpers).
"""

import asyncio
import time

import invariants


def run(ctx, case, n, r):
    name, op, klass = case["name"], case["op"], case["class"]
    repeat, idle = case.get("repeat", 8), case.get("idle_ms", 600) / 1000
    use_async = case.get("mode") == "async"
    tag = f"c{n:03d}"
    template = ctx.calls[op]
    sb = ctx.sb
    results = []  # (outcome, message, result)
    before = {}

    def arm():
        """After the client's setup (token, a pooled connection): clear the log, close idle."""
        sb.hook("DELETE", "requests")
        sb.hook("DELETE", "faults")
        before["creates"] = sb.counters()["creates"]
        sb.hook("POST", "config", case["fault"]["config"])

    def record(call):
        try:
            return ("ok", None, call())
        except BaseException as e:  # noqa: BLE001 - a PanicException is a BaseException
            outcome, _, message, _ = r.classify(e)
            return (outcome, message, None)

    ident, setup_error = setup(r.make_sdk(ctx.url, ctx.settings), template, tag, n, r)
    started = time.monotonic()
    if use_async:
        async def main():
            sdk = r.make_sdk(ctx.url, ctx.settings, cls=r.exsited().AsyncExsitedSDK)
            await sdk.account.list(limit=1)  # its token and a pooled connection
            arm()
            call = r.op_call(sdk, op, template, ident, tag, n, ctx.work)
            for _ in range(repeat):
                await asyncio.sleep(idle)
                try:
                    results.append(("ok", None, await call()))
                except BaseException as e:  # noqa: BLE001
                    outcome, _, message, _ = r.classify(e)
                    results.append((outcome, message, None))
        asyncio.run(main())
    else:
        sdk = r.make_sdk(ctx.url, ctx.settings)
        sdk.account.list(limit=1)  # its token and a pooled connection
        arm()
        call = r.op_call(sdk, op, template, ident, tag, n, ctx.work)
        for _ in range(repeat):
            time.sleep(idle)
            results.append(record(call))
    elapsed_ms = int((time.monotonic() - started) * 1000)
    sb.hook("POST", "config", {"idle_close_ms": 0})
    reqs = sb.settle()
    creates_after = sb.counters()["creates"]
    creates_before = before.get("creates", creates_after)
    data, token, statuses = r.seen(reqs)
    failures = [(o, m) for o, m, _ in results if o != "ok"]
    outcome = failures[0][0] if failures else "ok"
    dup = lost = 0
    if klass == "create":
        dup = max(0, creates_after - creates_before - repeat)
        for o, _, res in results:
            if o == "ok":
                cid = r.created_id(res)
                status, _ = sb.api_get(f"/api/v3/accounts/{cid}") if cid else (0, None)
                lost += int(status != 200)
    budget = int(repeat * (idle * 1000 + ctx.settings.read_timeout * 1000))
    expect = case.get("expect", "ok")
    failed = f"{len(failures)} of {repeat} calls failed" if failures else None
    mismatches = invariants.mismatches(dict(case, expect_token_requests=None), outcome, data, token,
                                       (failed, setup_error))
    return {
        "lang": r.LANG, "suite": "matrix", "name": name, "kind": case.get("kind"), "class": klass, "op": op,
        "fault": case["fault"], "expect": expect, "outcome": outcome, "pass": not mismatches,
        "mismatches": mismatches, "message": failures[0][1] if failures else None,
        "calls": repeat, "failed": len(failures),
        "requests": {"data": data, "token": token, "statuses": statuses},
        "expect_data_requests": case.get("expect_data_requests"),
        "server_creates": creates_after - creates_before, "dup_creates": dup, "lost_writes": lost,
        "elapsed_ms": elapsed_ms, "budget_ms": budget, "overrun_ms": max(0, elapsed_ms - budget),
        "panics": sum(1 for o, _ in failures if o == "panic"),
        "sdk": "AsyncExsitedSDK" if use_async else "ExsitedSDK",
    }


def setup(sdk, template, tag, n, r):
    """A fresh account when the call needs an id: (id, setup error)."""
    if "{id}" not in (template.get("path") or []):
        return "", None
    try:
        res = sdk.account.create(request_data={"account": {
            "name": f"Target {tag}", "email_address": f"target.{n}@example.com"}})
        return r.created_id(res), None
    except Exception as e:  # noqa: BLE001
        return "", f"setup failed: {type(e).__name__}: {e}"
