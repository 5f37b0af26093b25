"""Draws bench/results.png from bench/results.json (one panel per scenario)."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

here = Path(__file__).resolve().parent
r = json.loads((here / "results.json").read_text())
panels = [
    ("P1 details() latency (ms, lower is better)", r["P1_ms"]),
    ("P2 list(limit=500) page (ms, lower is better)", r["P2_ms"]),
    ("P3 8 threads (calls/s, higher is better)", r["P3_calls_per_s"]),
    ("P4 1,000 concurrent (calls/s, higher is better)", r["P4_calls_per_s"]),
    ("P5 PHP readDetails() (ms, lower is better)", r["P5_ms"]),
    ("cold start (s, lower is better)", r["cold_start_s"]),
]
fig, axes = plt.subplots(2, 3, figsize=(15, 8))
for ax, (title, figures) in zip(axes.flat, panels):
    names = list(figures)
    values = [figures[n] for n in names]
    colors = ["#d9480f" if n.startswith("ours") or n == "ext" else "#868e96" for n in names]
    bars = ax.bar(names, values, color=colors)
    ax.set_title(title, fontsize=10)
    ax.bar_label(bars, fmt="%.3g", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
fig.suptitle(f"exsited-rs benchmarks ({r['when']}, medians of {r['rounds']} rounds; P6 growth {r['P6']['growth_mb']:.1f} MB)")
fig.tight_layout()
fig.savefig(here / "results.png", dpi=110)
print(f"wrote {here / 'results.png'}")
