"""Draws bench/results.png from bench/results.json (one panel per scenario)."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

here = Path(__file__).resolve().parent
r = json.loads((here / "results.json").read_text())
panels = []
for t in ("http", "https"):
    s = r[t]
    panels += [
        (f"{t}: P1 details() ms (lower is better)", s["P1_ms"]),
        (f"{t}: P2 list(limit=500) ms", s["P2_ms"]),
        (f"{t}: P3 8 threads calls/s (higher is better)", s["P3_calls_per_s"]),
        (f"{t}: P4 1,000 concurrent calls/s", s["P4_calls_per_s"]),
        (f"{t}: P5 PHP readDetails() ms", s["P5_ms"]),
        (f"{t}: cold start s", s["cold_start_s"]),
    ]
fig, axes = plt.subplots(4, 3, figsize=(16, 15))
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
