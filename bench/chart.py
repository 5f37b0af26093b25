"""Draws bench/results.png from bench/results.json: one panel per scenario, ours against each
reference (HTTP and HTTPS side by side), the raw floor (the bare Rust loop, or the pool with no
API call for php-fpm) drawn as a dashed line over its group, and a target as a dotted line."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

OURS = "#d9480f"
OTHER = "#868e96"
here = Path(__file__).resolve().parent
r = json.loads((here / "results.json").read_text())


def groups(key: str, sub: str | None = None) -> dict:
    """{transport: {contender: figure}} of one scenario."""
    out = {}
    for t in ("http", "https"):
        figures = r[t].get(key) or {}
        if sub is not None:
            figures = {who: (ops or {}).get(sub) for who, ops in figures.items()}
        out[t] = {k: v for k, v in figures.items() if isinstance(v, (int, float))}
    return out


def panel(ax, title: str, data: dict, floor: str | None = None, target: float | None = None) -> None:
    """Bars per contender within each group; `floor` (a contender name) becomes a line."""
    x = 0.0
    ticks, labels = [], []
    # Many bars (P1 with its floors): slanted one-line names, so that neighbours do not overlap.
    slanted = sum(len([n for n in f if n != floor]) for f in data.values()) > 10
    sep = " " if slanted else "\n"
    for group, figures in data.items():
        names = [n for n in figures if n != floor]
        start = x
        for n in names:
            bar = ax.bar(x, figures[n], color=OURS if n.startswith("ours") or n == "ext" else OTHER)
            ax.bar_label(bar, fmt="%.3g", fontsize=7)
            ticks.append(x)
            labels.append(n if len(data) == 1 else f"{n}{sep}{group}")
            x += 1
        if floor and floor in figures:
            ax.hlines(figures[floor], start - 0.45, x - 0.55, colors="black", linestyles="dashed",
                      label=f"{floor} {figures[floor]:.3g}" if group == next(iter(data)) else None)
        x += 0.8
    if target is not None:
        ax.axhline(target, color="#2b8a3e", linestyle="dotted", label=f"target {target:g}")
    ax.set_xticks(ticks, labels, fontsize=7, rotation=50 if slanted else 0, ha="right" if slanted else "center")
    ax.set_title(title, fontsize=9)
    if floor or target is not None:
        ax.legend(fontsize=7)


panels = [
    # The layer contenders (raw_block_rust, transport_rust) have their own panel, next.
    (f"P1 details() ms (lower is better; {r.get('p1_rounds', r['rounds'])} interleaved rounds)",
     {t: {k: v for k, v in f.items() if k not in ("raw_block_rust", "transport_rust")}
      for t, f in groups("P1_ms").items()}, "raw_rust", None),
    ("P1 what each layer adds to the one below, us (raw loop first)",
     {t: r[t].get("P1_layers_us") or {} for t in ("http", "https")}, None, None),
    ("P2 500-account page into DTOs, read, ms", groups("P2_ms"), "raw_rust", None),
    ("P3 8 threads, calls/s (higher is better)", groups("P3_calls_per_s"), None, None),
    ("P4 1,000 concurrent, calls/s", groups("P4_calls_per_s"), "raw_rust", None),
    ("P5 PHP readDetails() ms", groups("P5_ms"), None, None),
    ("order.create ms", groups("wide_ms", "order.create"), None, None),
    ("order.list(limit=20) ms", groups("wide_ms", "order.list"), None, None),
    ("invoice.details ms", groups("wide_ms", "invoice.details"), None, None),
    ("cold start ms (import + init + first call)",
     {t: {k: v * 1000 for k, v in f.items()} for t, f in groups("cold_start_s").items()}, None, 100.0),
    ("P6 RSS growth MB, iter_all over 100k", {"": {"ours": r["P6"]["growth_mb"]}}, None, 10.0),
]
if r.get("redis"):
    panels.append(("details() ms: local token vs Redis store",
                   {"": {"ours_local": r["redis"]["local"], "ours_redis": r["redis"]["redis"]}}, None, None))
fpm = (r.get("php_fpm") or {}).get("fpm")
if fpm:
    panels.append(("php-fpm readDetails() requests/s",
                   {"": {k: v["requests_per_s"] for k, v in fpm.items()}}, "null", None))

cols = 3
rows = -(-len(panels) // cols)
fig, axes = plt.subplots(rows, cols, figsize=(17, 4.2 * rows))
for ax, (title, data, floor, target) in zip(axes.flat, panels):
    panel(ax, title, data, floor, target)
for ax in list(axes.flat)[len(panels):]:
    ax.axis("off")
m = r.get("machine", {})
fig.suptitle(f"exsited-rs benchmarks, {r['when']}, medians of {r['rounds']} rounds; "
             f"{m.get('cores')} cores {m.get('cpu', '')}, Python {m.get('python')}", fontsize=11)
fig.tight_layout(rect=(0, 0, 1, 0.98))
fig.savefig(here / "results.png", dpi=100)
print(f"wrote {here / 'results.png'}")
