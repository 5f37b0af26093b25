"""What a fault case must satisfy, written once for every language: the time budget of a call
under a fault, the write checks (duplicate creates, lost acknowledged writes) and the matrix
line of tests/faults/report.py. `caps` is what the adapter under test said about its client
(its hello answer): the backoff it really uses and its answer limit when they are not the
matrix's (the bindings cannot set them); absent, the matrix's settings hold."""

import urllib.parse

MAX_OVERRUN_MS = 1000


def backoff_cap_ms(caps, settings, retry):
    initial = caps.get("initial_backoff_ms", settings.get("initial_backoff_ms", 20))
    return min(caps.get("max_backoff_ms", settings.get("max_backoff_ms", 100)), initial * (1 << min(retry - 1, 16)))


def budget_ms(caps, settings, fault, attempts, deadline_ms=None):
    """The longest the call may take under this fault, never more than its deadline."""
    read = int(settings.get("read_timeout_ms", 1000))
    retries = max(0, attempts - 1)
    times = fault.get("times", 1)
    hit = min(times, attempts)
    budget = sum(backoff_cap_ms(caps, settings, r) for r in range(1, retries + 1))
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
    return budget if deadline_ms is None else min(budget, deadline_ms)


def check_writes(sb, klass, op, ident, tag, ok, created, server_creates):
    """(duplicate creates, lost acknowledged writes) as report.py defines them."""
    if klass == "create":
        lost = 0
        if ok:
            status = sb.api_get(f"/api/v3/accounts/{urllib.parse.quote(created, safe='')}")[0] if created else 0
            lost = int(status != 200)
        return max(0, server_creates - 1), lost
    if klass == "upload":
        text = f"Note {tag}"
        _, data = sb.api_get(f"/api/v3/accounts/{ident}/notes?limit=100")
        notes = []
        if isinstance(data, dict):
            notes = (data.get("account") or {}).get("notes") or data.get("notes") or []
        held = sum(1 for n in notes if isinstance(n, dict) and text in n.values())
        return max(0, held - 1), int(ok and held == 0)
    if klass == "update":
        _, data = sb.api_get(f"/api/v3/accounts/{ident}")
        account = (data or {}).get("account") or {}
        if op == "accounts.update_information":
            return 0, int(ok and account.get("name") != f"Updated {tag}")
        return 0, int(ok and (account.get("billing_preferences") or {}).get("billing_period") != "3 Month")
    if klass == "delete":
        status, _ = sb.api_get(f"/api/v3/accounts/{ident}")
        return 0, int(ok and status == 200)
    return 0, 0


def mismatches(case, outcome, data, token, extra=()):
    expect = case.get("expect", "ok")
    out = []
    if outcome != expect:
        out.append(f"outcome {outcome} != {expect}")
    if case.get("expect_data_requests") is not None and data != case["expect_data_requests"]:
        out.append(f"data requests {data} != {case['expect_data_requests']}")
    if case.get("expect_token_requests") is not None and token != case["expect_token_requests"]:
        out.append(f"token requests {token} != {case['expect_token_requests']}")
    return out + [x for x in extra if x]


def line_ok(line):
    """Every invariant of report.py: the expectation met, no duplicate, loss, panic or overrun."""
    return line["pass"] is True and not line.get("dup_creates") and not line.get("lost_writes") \
        and not line.get("panics") \
        and line.get("overrun_ms", 0) <= (line.get("max_overrun_ms") or MAX_OVERRUN_MS)


def synthetic(lang, job, outcome, message, panics):
    """The line of a case whose adapter crashed, hung or could not run it."""
    return {"lang": lang, "suite": job.get("suite", "matrix"), "name": job["name"], "class": job["class"],
            "expect": job["expect"], "outcome": outcome, "pass": False, "mismatches": [message],
            "message": message, "requests": {"data": 0, "token": 0, "statuses": []}, "dup_creates": 0,
            "lost_writes": 0, "overrun_ms": 0, "panics": panics}
