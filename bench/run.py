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
    def __init__(self, seed: int, tls: bool = False) -> None:
        binary = ROOT / "target" / "release" / "exsited-sandbox"
        self.ca = BENCH / ".sandbox-ca.pem" if tls else None
        cmd = [str(binary), "--port", "0", "--seed", str(seed)]
        if self.ca:
            cmd += ["--tls", "--tls-ca-out", str(self.ca)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if "listening on" not in line:
            raise SystemExit(f"sandbox did not start: {line!r}")
        self.url = line.split("listening on", 1)[1].strip()

    def env(self) -> dict:
        """Environment for contenders: the sandbox CA trusted by every one of them."""
        env = dict(os.environ)
        if self.ca:
            env.update(EXSITED_CA_BUNDLE=str(self.ca), REQUESTS_CA_BUNDLE=str(self.ca), SSL_CERT_FILE=str(self.ca))
        return env

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def py_scenario(py: Path, sdk: str, scenario: str, sb: Sandbox, rounds: int = ROUNDS, calls: int = CALLS) -> list:
    out = sh([str(py), str(BENCH / "py_scenarios.py"), "--sdk", sdk, "--scenario", scenario, "--url", sb.url,
              "--rounds", str(rounds), "--calls", str(calls)], cwd=str(BENCH), env=sb.env())
    return json.loads(out.strip().splitlines()[-1])["rounds"]


def raw_loop(sb: Sandbox, calls: int, concurrency: int, path: str | None = None) -> list[dict]:
    binary = ROOT / "target" / "release" / "exsited-rawloop"
    cmd = [str(binary), "--url", sb.url, "--id", "SD0001", "--calls", str(calls), "--concurrency", str(concurrency)]
    if path:
        cmd += ["--path", path]
    if sb.ca:
        cmd += ["--ca", str(sb.ca)]
    return [json.loads(sh(cmd)) for _ in range(ROUNDS)]


def php_scenario(ext: Path | None, mode: str, sb: Sandbox) -> list | None:
    if shutil.which("php") is None:
        return None
    cmd = ["php"]
    if ext is not None:
        cmd += ["-d", f"extension={ext}"]
    cmd += [str(BENCH / "php_scenarios.php"), mode, sb.url, "SD0001", str(CALLS), str(ROUNDS)]
    return json.loads(sh(cmd, env=sb.env()).strip().splitlines()[-1])["rounds"]


def med(xs: list) -> float:
    return statistics.median(xs)


def suite(sb: Sandbox, ref_py: Path, ours_py: Path, php_ext: Path | None) -> dict:
    """Every scenario but P6 against one sandbox (plain HTTP or HTTPS)."""
    r: dict = {}
    print(f"  [{sb.url}] P1 sequential details() latency", flush=True)
    r["P1_ms"] = {
        "ours": med(py_scenario(ours_py, "ours", "P1", sb)),
        "ref": med(py_scenario(ref_py, "ref", "P1", sb, calls=max(50, CALLS // 3))),
        "requests": med(py_scenario(ours_py, "requests", "P1", sb)),
        "raw_rust": med([x["median_ms"] for x in raw_loop(sb, 2000, 1)]),
    }
    print(f"  [{sb.url}] P2 one 500-account list() page into DTOs", flush=True)
    r["P2_ms"] = {
        "ours": med(py_scenario(ours_py, "ours", "P2", sb)),
        "ref": med(py_scenario(ref_py, "ref", "P2", sb)),
        "requests": med(py_scenario(ours_py, "requests", "P2", sb)),
        # The floor: the server producing the page plus the transfer and a JSON parse in Rust.
        "raw_rust": med([x["median_ms"] for x in raw_loop(sb, 20, 1, "/api/v2/accounts?limit=500")]),
    }
    print(f"  [{sb.url}] P3 8 threads sharing one SDK", flush=True)
    r["P3_calls_per_s"] = {
        "ours": med(py_scenario(ours_py, "ours", "P3", sb)),
        "ref": med(py_scenario(ref_py, "ref", "P3", sb, calls=max(40, CALLS // 3))),
        "requests": med(py_scenario(ours_py, "requests", "P3", sb)),
    }
    print(f"  [{sb.url}] P4 1,000 concurrent calls (AsyncExsitedSDK) vs the raw Rust loop", flush=True)
    r["P4_calls_per_s"] = {
        "ours_async": med(py_scenario(ours_py, "ours", "P4", sb)),
        "raw_rust": med([x["throughput_per_s"] for x in raw_loop(sb, 1000, 1000)]),
    }
    print(f"  [{sb.url}] P5 PHP sequential readDetails()", flush=True)
    p5 = {}
    for mode in ("ext", "curl-new", "curl-reuse"):
        if mode == "ext" and php_ext is None:
            continue
        rounds = php_scenario(php_ext if mode == "ext" else None, mode, sb)
        if rounds:
            p5[mode] = med(rounds)
    r["P5_ms"] = p5
    print(f"  [{sb.url}] cold start (import + first call with its token)", flush=True)
    r["cold_start_s"] = {
        "ours": med(py_scenario(ours_py, "ours", "cold", sb)),
        "ref": med(py_scenario(ref_py, "ref", "cold", sb)),
    }
    return r


def ratios(r: dict, p6_growth: float) -> dict:
    p1, p2, p3, p4, p5 = r["P1_ms"], r["P2_ms"], r["P3_calls_per_s"], r["P4_calls_per_s"], r["P5_ms"]
    return {
        "P1_vs_ref": p1["ref"] / p1["ours"],
        "P1_vs_raw": p1["ours"] / p1["raw_rust"],
        "P2_vs_ref": p2["ref"] / p2["ours"],
        "P3_vs_ref": p3["ours"] / p3["ref"],
        "P4_vs_raw": p4["ours_async"] / p4["raw_rust"],
        "P5_vs_curl_new": (p5["curl-new"] / p5["ext"]) if "ext" in p5 and "curl-new" in p5 else None,
        "P6_growth_mb": p6_growth,
    }


def met(rs: dict) -> dict:
    out = {}
    for k, v in rs.items():
        if v is None:
            out[k] = None
        elif k == "P1_vs_raw":
            out[k] = v <= TARGETS[k]
        elif k == "P6_growth_mb":
            out[k] = v < TARGETS[k]
        else:
            out[k] = v >= TARGETS[k]
    return out


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

    r: dict = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]}, "rounds": ROUNDS, "calls": CALLS}
    for name, tls in (("http", False), ("https", True)):
        print(f"{name}: loopback sandbox{' with TLS (as every real Exsited server)' if tls else ''}", flush=True)
        sb = Sandbox(seed=1000, tls=tls)
        try:
            r[name] = suite(sb, ref_py, ours_py, php_ext)
        finally:
            sb.stop()

    print("P6 memory while paging through 100,000 accounts", flush=True)
    big = Sandbox(seed=100_000)
    try:
        r["P6"] = py_scenario(ours_py, "ours", "P6", big, rounds=1)[0]
    finally:
        big.stop()
    for name in ("http", "https"):
        r[name]["ratios"] = ratios(r[name], r["P6"]["growth_mb"])
        r[name]["met"] = met(r[name]["ratios"])
    r["targets"] = TARGETS
    r["when"] = time.strftime("%Y-%m-%d %H:%M:%S")
    (BENCH / "results.json").write_text(json.dumps(r, indent=2) + "\n")
    print_table(r)
    subprocess.run([str(ours_py), str(BENCH / "chart.py")], check=False)


def print_table(r: dict) -> None:
    def row(name: str, figures: dict, unit: str) -> None:
        cells = "  ".join(f"{k}={v:,.3f}" for k, v in figures.items())
        print(f"| {name:<34} | {unit:<8} | {cells}")

    for t in ("http", "https"):
        s = r[t]
        print()
        print(f"{t.upper()} on loopback, medians of {r['rounds']} rounds")
        row("P1 details() latency", s["P1_ms"], "ms")
        row("P2 list(limit=500) into DTOs", s["P2_ms"], "ms")
        row("P3 8 threads, one SDK", s["P3_calls_per_s"], "calls/s")
        row("P4 1,000 concurrent", s["P4_calls_per_s"], "calls/s")
        row("P5 PHP readDetails()", s["P5_ms"], "ms")
        row("cold start", s["cold_start_s"], "s")
    print()
    row("P6 pager over 100k accounts", {"growth_mb": r["P6"]["growth_mb"], "records": r["P6"]["records"]}, "MB")
    print()
    goals = {"P1_vs_ref": ">= 5x", "P1_vs_raw": "<= 1.3x", "P2_vs_ref": ">= 5x", "P3_vs_ref": ">= 4x",
             "P4_vs_raw": ">= 0.8", "P5_vs_curl_new": ">= 3x", "P6_growth_mb": "< 50 MB"}
    print("| target | goal | HTTP ratio | met | HTTPS ratio | met |")
    print("|---|---|---|---|---|---|")
    for k in goals:
        cells = []
        for t in ("http", "https"):
            v = r[t]["ratios"][k]
            cells += ["n/a" if v is None else f"{v:.2f}", str(r[t]["met"][k])]
        print(f"| {k} | {goals[k]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
