"""The targets of `make bench`, the ratios they are checked on, and the printed table.

Every target is (goal sign, threshold, what it means). Ratios are taken side by side within
one run: each contender and its reference measured on the same sandbox, minutes apart.
"""

from __future__ import annotations

import statistics

TARGETS: dict[str, tuple[str, float, str]] = {
    "P1_vs_raw": ("<=", 1.15, "details() latency / the raw Rust reqwest loop"),
    "P1_added_us": ("<=", 30.0, "Python's own cost per call: details() minus the core's blocking call from Rust, us"),
    "P1_vs_ref": (">=", 5.0, "exsited 1.0.40 details() latency / ours"),
    "P2_vs_raw": ("<=", 1.3, "500-account page into DTOs / the raw Rust fetch + decode of the page"),
    "P2_vs_ref": (">=", 8.0, "exsited 1.0.40 / ours, same page"),
    "P2_vs_requests": ("<=", 1.0, "ours / requests.Session + json.loads of the same page"),
    "P3_vs_ref": (">=", 4.0, "8 threads on one SDK: ours / exsited 1.0.40 calls per second"),
    "P4_vs_raw": (">=", 0.8, "1,000 concurrent calls (AsyncExsitedSDK) / the raw Rust loop, calls per second"),
    "P5_vs_curl_new": (">=", 3.0, "PHP: curl with a new handle per call / the extension, latency"),
    "wide_vs_ref": (">=", 5.0, "order.create, order.list, invoice.details: exsited 1.0.40 / ours, the least of the three"),
    "cold_start_ms": ("<=", 100.0, "import + init_sdk + first call (token included), ms"),
    "cold_vs_ref": (">=", 3.5, "cold start of exsited 1.0.40 / ours"),
    "P6_growth_mb": ("<=", 10.0, "RSS growth while iter_all streams 100,000 accounts (pages of 1,000), MB"),
    "redis_cost_pct": ("<=", 5.0, "details() with the Redis token store vs the local token, % slower"),
}

# Checked once per transport (HTTP and HTTPS); the others once per run.
PER_TRANSPORT = [k for k in TARGETS if k not in ("P6_growth_mb", "redis_cost_pct")]


def ratios(s: dict) -> dict:
    """The per-transport ratios of one suite's figures (None where a figure is missing)."""
    p1, p2, p3, p4, p5 = s["P1_ms"], s["P2_ms"], s["P3_calls_per_s"], s["P4_calls_per_s"], s["P5_ms"]
    cold, wide = s["cold_start_s"], s.get("wide_ms", {})

    def div(a, b):
        return None if a is None or b is None or b == 0 else a / b

    wide_ratios = [div(wide["ref"][op], wide["ours"][op]) for op in wide.get("ours", {}) if wide.get("ref")]
    return {
        "P1_vs_raw": div(p1["ours"], p1["raw_rust"]),
        "P1_added_us": (p1["ours"] - p1["core_rust"]) * 1000 if p1.get("core_rust") is not None else None,
        "P1_vs_ref": div(p1.get("ref"), p1["ours"]),
        "P2_vs_raw": div(p2["ours"], p2["raw_rust"]),
        "P2_vs_ref": div(p2.get("ref"), p2["ours"]),
        "P2_vs_requests": div(p2["ours"], p2.get("requests")),
        "P3_vs_ref": div(p3["ours"], p3.get("ref")),
        "P4_vs_raw": div(p4["ours_async"], p4["raw_rust"]),
        "P5_vs_curl_new": div(p5.get("curl-new"), p5.get("ext")),
        "wide_vs_ref": min((w for w in wide_ratios if w is not None), default=None),
        "cold_start_ms": cold["ours"] * 1000,
        "cold_vs_ref": div(cold.get("ref"), cold["ours"]),
    }


def met(key: str, value: float | None) -> bool | None:
    if value is None:
        return None
    sign, threshold, _ = TARGETS[key]
    return value <= threshold if sign == "<=" else value >= threshold


def row(name: str, figures: dict, unit: str) -> None:
    cells = "  ".join(f"{k}={v:,.3f}" for k, v in figures.items() if isinstance(v, (int, float)))
    print(f"| {name:<38} | {unit:<8} | {cells}")


def print_table(r: dict) -> None:
    for t in ("http", "https"):
        s = r[t]
        print()
        print(f"{t.upper()} on loopback, medians of {r['rounds']} rounds")
        row(f"P1 details() latency ({r.get('p1_rounds', r['rounds'])} rounds)", s["P1_ms"], "ms")
        row("P2 list(limit=500) into DTOs, read", s["P2_ms"], "ms")
        row("P3 8 threads, one SDK", s["P3_calls_per_s"], "calls/s")
        row("P4 1,000 concurrent", s["P4_calls_per_s"], "calls/s")
        row("P5 PHP readDetails()", s["P5_ms"], "ms")
        for who, ops in s.get("wide_ms", {}).items():
            row(f"wide ({who})", ops or {}, "ms")
        row("cold start", s["cold_start_s"], "s")
    print()
    row("P6 pager over 100k accounts", {"growth_mb": r["P6"]["growth_mb"], "records": r["P6"]["records"]}, "MB")
    if r.get("redis"):
        row("Redis token store, details()", r["redis"], "ms")
    print()
    print("| target | goal | HTTP | met | HTTPS | met |")
    print("|---|---|---|---|---|---|")
    for key, (sign, threshold, _) in TARGETS.items():
        goal = f"{sign} {threshold:g}"
        if key in PER_TRANSPORT:
            cells = []
            for t in ("http", "https"):
                v = r[t]["ratios"].get(key)
                cells += ["n/a" if v is None else f"{v:.2f}", str(r[t]["met"].get(key))]
        else:
            v = r["once"]["ratios"].get(key)
            cells = ["n/a" if v is None else f"{v:.2f}", str(r["once"]["met"].get(key)), "", ""]
        print(f"| {key} | {goal} | " + " | ".join(cells) + " |")
    print()
    for key, (_, _, meaning) in TARGETS.items():
        print(f"  {key}: {meaning}")
    print_floor(r)


def print_floor(r: dict) -> None:
    """P1's Python floor (bench/pyfloor: a bare pyo3 call around one reqwest GET, then
    json.loads) against the raw loop and against ours: how much of P1_vs_raw is Python
    itself, which no binding can go below, and how much is this SDK; the same for the checked
    floor (the floor plus the check before reusing a pooled connection that the SDK makes);
    then what each layer between the raw loop and ours adds (p1_layers)."""
    for t in ("http", "https"):
        p1 = r[t]["P1_ms"]
        raw, ours = p1.get("raw_rust"), p1.get("ours")
        for key, name in (("py_floor", "Python floor"), ("py_floor_checked", "checked Python floor")):
            floor = p1.get(key)
            if floor and raw and ours:
                print(f"  P1 {name}, {t.upper()}: {floor:.3f} ms = {floor / raw:.2f}x the raw loop; "
                      f"ours is {ours / floor:.2f}x it ({(ours - floor) * 1000:+.0f} us)")
        layers = r[t].get("P1_layers_us")
        if raw and layers:
            print(f"  P1 layers, {t.upper()}: {p1_layers_line(raw, layers)}")


# P1's contenders from the raw loop up to ours, each adding one layer: (key, the layer).
# block_on: one runtime entry per call, as a blocking binding makes; transport: the core's
# transport (pool lookup, attempt timeout, size bound); pipeline: the core client's (token,
# URL, headers, retry plan, answer checks); Python: the binding, the method and the DTO.
P1_LAYERS = [
    ("raw_block_rust", "block_on"),
    ("transport_rust", "transport"),
    ("core_rust", "pipeline"),
    ("ours", "Python"),
]


def p1_layers(rounds: dict) -> dict:
    """What each layer of P1 adds to the one below it, in us: the median of the differences
    within each round (the rounds are interleaved, so a drift of the VM between rounds
    cancels out), which a difference of two medians would not do."""
    out, below = {}, "raw_rust"
    for key, meaning in P1_LAYERS:
        pairs = list(zip(rounds.get(below) or [], rounds.get(key) or []))
        if pairs:
            out[meaning] = statistics.median((upper - lower) * 1000 for lower, upper in pairs)
            below = key
    return out


def p1_layers_line(raw_ms: float, layers: dict) -> str:
    return ", ".join([f"raw loop {raw_ms * 1000:.0f} us"] + [f"{m} {us:+.1f}" for m, us in layers.items()])
