"""`make bench`: runs every benchmark side by side on one release sandbox and reports.

Contenders: this project (Python package and PHP extension), the documented Python SDK
(`exsited==1.0.40`, in its own virtualenv since it shares the import name), a hand-written
`requests.Session` client, plain PHP curl (new handle per call, and one reused handle), and
a bare Rust reqwest loop (the limit on this machine). Every figure is the median of
repeated rounds. Writes bench/results.json and bench/results.png and prints a table.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))
TARGETS = {
    "P1_vs_ref": 5.0,
    "P1_vs_raw": 1.3,
    "P2_vs_ref": 5.0,
    "P3_vs_ref": 4.0,
    "P4_vs_raw": 0.8,
    "P5_vs_curl_new": 3.0,
    "P6_growth_mb": 50.0,
}


def sh(cmd: list[str], **kw) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def venv(name: str, packages: list[str]) -> Path:
    path = BENCH / name
    py = path / "bin" / "python"
    if not py.exists():
        sh([sys.executable, "-m", "venv", str(path)])
        sh([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    sh([str(py), "-m", "pip", "install", "-q", *packages])
    return py


class Sandbox:
    def __init__(self, seed: int) -> None:
        binary = ROOT / "target" / "release" / "exsited-sandbox"
        self.proc = subprocess.Popen(
            [str(binary), "--port", "0", "--seed", str(seed)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if "listening on" not in line:
            raise SystemExit(f"sandbox did not start: {line!r}")
        self.url = line.split("listening on", 1)[1].strip()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def py_scenario(py: Path, sdk: str, scenario: str, url: str, rounds: int = ROUNDS, calls: int = CALLS) -> list:
    out = sh([str(py), str(BENCH / "py_scenarios.py"), "--sdk", sdk, "--scenario", scenario, "--url", url,
              "--rounds", str(rounds), "--calls", str(calls)], cwd=str(BENCH))
    return json.loads(out.strip().splitlines()[-1])["rounds"]


def raw_loop(url: str, calls: int, concurrency: int) -> list[dict]:
    binary = ROOT / "target" / "release" / "exsited-rawloop"
    return [json.loads(sh([str(binary), "--url", url, "--id", "SD0001", "--calls", str(calls), "--concurrency", str(concurrency)]))
            for _ in range(ROUNDS)]


def php_scenario(ext: Path | None, mode: str, url: str) -> list | None:
    if shutil.which("php") is None:
        return None
    cmd = ["php"]
    if ext is not None:
        cmd += ["-d", f"extension={ext}"]
    cmd += [str(BENCH / "php_scenarios.php"), mode, url, "SD0001", str(CALLS), str(ROUNDS)]
    return json.loads(sh(cmd).strip().splitlines()[-1])["rounds"]


def med(xs: list) -> float:
    return statistics.median(xs)


def main() -> None:
    print("building release binaries (sandbox, raw loop, PHP extension)...", flush=True)
    sh(["cargo", "build", "--release", "-q", "-p", "exsited-sandbox", "-p", "exsited-rawloop"], cwd=str(ROOT))
    php_ext = None
    try:
        sh(["cargo", "build", "--release", "-q", "-p", "exsited-php"], cwd=str(ROOT))
        php_ext = ROOT / "target" / "release" / "libexsited_php.so"
    except subprocess.CalledProcessError as e:
        print(f"PHP extension not built ({e.stderr.strip()[-200:]}); PHP figures skipped")
    print("preparing virtualenvs (documented SDK; this project)...", flush=True)
    ref_py = venv(".venv-ref", ["exsited==1.0.40", "requests"])
    ours_py = venv(".venv-ours", ["requests", "matplotlib", str(ROOT)])

    sb = Sandbox(seed=1000)
    r: dict = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]}, "rounds": ROUNDS, "calls": CALLS}
    try:
        print("P1 sequential details() latency", flush=True)
        r["P1_ms"] = {
            "ours": med(py_scenario(ours_py, "ours", "P1", sb.url)),
            "ref": med(py_scenario(ref_py, "ref", "P1", sb.url, calls=max(50, CALLS // 3))),
            "requests": med(py_scenario(ours_py, "requests", "P1", sb.url)),
            "raw_rust": med([x["median_ms"] for x in raw_loop(sb.url, 2000, 1)]),
        }
        print("P2 one 500-account list() page into DTOs", flush=True)
        r["P2_ms"] = {
            "ours": med(py_scenario(ours_py, "ours", "P2", sb.url)),
            "ref": med(py_scenario(ref_py, "ref", "P2", sb.url)),
            "requests": med(py_scenario(ours_py, "requests", "P2", sb.url)),
        }
        print("P3 8 threads sharing one SDK", flush=True)
        r["P3_calls_per_s"] = {
            "ours": med(py_scenario(ours_py, "ours", "P3", sb.url)),
            "ref": med(py_scenario(ref_py, "ref", "P3", sb.url, calls=max(40, CALLS // 3))),
            "requests": med(py_scenario(ours_py, "requests", "P3", sb.url)),
        }
        print("P4 1,000 concurrent calls (AsyncExsitedSDK) vs the raw Rust loop", flush=True)
        r["P4_calls_per_s"] = {
            "ours_async": med(py_scenario(ours_py, "ours", "P4", sb.url)),
            "raw_rust": med([x["throughput_per_s"] for x in raw_loop(sb.url, 1000, 1000)]),
        }
        print("P5 PHP sequential readDetails()", flush=True)
        p5 = {}
        for mode in ("ext", "curl-new", "curl-reuse"):
            rounds = php_scenario(php_ext if mode == "ext" else None, mode, sb.url) if (mode != "ext" or php_ext) else None
            if rounds:
                p5[mode] = med(rounds)
        r["P5_ms"] = p5
        print("cold start (import + first call with its token)", flush=True)
        r["cold_start_s"] = {
            "ours": med(py_scenario(ours_py, "ours", "cold", sb.url)),
            "ref": med(py_scenario(ref_py, "ref", "cold", sb.url)),
        }
    finally:
        sb.stop()

    print("P6 memory while paging through 100,000 accounts", flush=True)
    big = Sandbox(seed=100_000)
    try:
        r["P6"] = py_scenario(ours_py, "ours", "P6", big.url, rounds=1)[0]
    finally:
        big.stop()

    p1, p2, p3, p4, p5 = r["P1_ms"], r["P2_ms"], r["P3_calls_per_s"], r["P4_calls_per_s"], r["P5_ms"]
    ratios = {
        "P1_vs_ref": p1["ref"] / p1["ours"],
        "P1_vs_raw": p1["ours"] / p1["raw_rust"],
        "P2_vs_ref": p2["ref"] / p2["ours"],
        "P3_vs_ref": p3["ours"] / p3["ref"],
        "P4_vs_raw": p4["ours_async"] / p4["raw_rust"],
        "P5_vs_curl_new": (p5["curl-new"] / p5["ext"]) if "ext" in p5 and "curl-new" in p5 else None,
        "P6_growth_mb": r["P6"]["growth_mb"],
    }
    met = {}
    for k, v in ratios.items():
        if v is None:
            met[k] = None
        elif k in ("P1_vs_raw", "P6_growth_mb"):
            met[k] = v <= TARGETS[k] if k == "P1_vs_raw" else v < TARGETS[k]
        else:
            met[k] = v >= TARGETS[k]
    r["ratios"], r["targets"], r["met"] = ratios, TARGETS, met
    r["when"] = time.strftime("%Y-%m-%d %H:%M:%S")
    (BENCH / "results.json").write_text(json.dumps(r, indent=2) + "\n")
    print_table(r)
    subprocess.run([str(ours_py), str(BENCH / "chart.py")], check=False)


def print_table(r: dict) -> None:
    def row(name: str, figures: dict, unit: str) -> None:
        cells = "  ".join(f"{k}={v:,.3f}" for k, v in figures.items())
        print(f"| {name:<34} | {unit:<8} | {cells}")

    print()
    print(f"medians of {r['rounds']} rounds")
    row("P1 details() latency", r["P1_ms"], "ms")
    row("P2 list(limit=500) into DTOs", r["P2_ms"], "ms")
    row("P3 8 threads, one SDK", r["P3_calls_per_s"], "calls/s")
    row("P4 1,000 concurrent", r["P4_calls_per_s"], "calls/s")
    row("P5 PHP readDetails()", r["P5_ms"], "ms")
    row("cold start", r["cold_start_s"], "s")
    row("P6 pager over 100k accounts", {"growth_mb": r["P6"]["growth_mb"], "records": r["P6"]["records"]}, "MB")
    print()
    print("| target | ratio | goal | met |")
    print("|---|---|---|---|")
    goals = {"P1_vs_ref": ">= 5x", "P1_vs_raw": "<= 1.3x", "P2_vs_ref": ">= 5x", "P3_vs_ref": ">= 4x",
             "P4_vs_raw": ">= 0.8", "P5_vs_curl_new": ">= 3x", "P6_growth_mb": "< 50 MB"}
    for k, v in r["ratios"].items():
        shown = "n/a" if v is None else f"{v:.2f}"
        print(f"| {k} | {shown} | {goals[k]} | {r['met'][k]} |")


if __name__ == "__main__":
    main()
