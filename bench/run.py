"""`make bench`: runs every benchmark side by side on one release sandbox and reports.

Contenders: this project (Python package and PHP extension), the documented Python SDK
(`exsited==1.0.40`, in its own virtualenv since it shares the import name), a hand-written
`requests.Session` client, plain PHP curl (new handle per call, and one reused handle), and
a bare Rust reqwest loop (the limit on this machine). Every figure is the median of
repeated rounds. Writes bench/results.json and bench/results.png and prints a table with
every target of bench/targets.py and whether it is met. `run.py --only P1` measures P1 alone
(both transports, same pinning and rounds) and only prints it.

PHP under php-fpm is bench/fpm.py's: when that module is there, `fpm.bench(php_ext, Sandbox)`
returns its figures (a dict with "ratios" and "met", or None when it cannot run) and
`fpm.print_rows(figures)` prints them; both land in results.json and on the chart.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import targets

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))
# Sequential details() calls per round of P1, for every contender of p1_rows alike, and its
# rounds: more than the others, since its target (15%) is as narrow as this VM's drift.
P1_CALLS = 2000
P1_ROUNDS = max(ROUNDS, int(os.environ.get("BENCH_P1_ROUNDS", "15")))
# Sequential scenarios run pinned (taskset): the sandbox on the first CPU, the contender on
# the last, so that neither waits for the other's core. BENCH_PIN=0 turns it off.
CPUS = os.cpu_count() or 1
PIN = os.environ.get("BENCH_PIN", "1") != "0" and CPUS >= 2 and shutil.which("taskset") is not None


def pinned(cmd: list[str], cpu: int | None) -> list[str]:
    return ["taskset", "-c", str(cpu), *cmd] if PIN and cpu is not None else cmd


def sh(cmd: list[str], **kw) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


# This project, and the bare binding that gives P1's Python floor (bench-only, never shipped).
OURS_PACKAGES = ["requests", "matplotlib", str(ROOT), str(BENCH / "pyfloor")]


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
        self.proc = subprocess.Popen(pinned(cmd, 0), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
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


SEQUENTIAL = {"P1", "P2", "cold", "wide", "store", "P6"}


def py_scenario(py: Path, sdk: str, scenario: str, sb: Sandbox, rounds: int = ROUNDS, calls: int = CALLS,
                extra: list[str] | None = None) -> list:
    cmd = [str(py), str(BENCH / "py_scenarios.py"), "--sdk", sdk, "--scenario", scenario, "--url", sb.url,
           "--rounds", str(rounds), "--calls", str(calls), *(extra or [])]
    out = sh(pinned(cmd, CPUS - 1 if scenario in SEQUENTIAL else None), cwd=str(BENCH), env=sb.env())
    return json.loads(out.strip().splitlines()[-1])["rounds"]


def try_scenario(*args, **kw) -> list | None:
    """A scenario the documented SDK may fail at (its own bugs): None instead of the run."""
    try:
        return py_scenario(*args, **kw)
    except subprocess.CalledProcessError as e:
        print(f"    {args[1]} {args[2]} failed: {(e.stderr or '').strip().splitlines()[-1:]}", flush=True)
        return None


def raw_loop(sb: Sandbox, calls: int, concurrency: int, path: str | None = None, mode: str = "raw",
             rounds: int = ROUNDS) -> list[dict]:
    binary = ROOT / "target" / "release" / "exsited-rawloop"
    cmd = [str(binary), "--url", sb.url, "--id", "SD0001", "--calls", str(calls), "--concurrency", str(concurrency),
           "--mode", mode]
    if path:
        cmd += ["--path", path]
    if sb.ca:
        cmd += ["--ca", str(sb.ca)]
    cmd = pinned(cmd, CPUS - 1 if concurrency == 1 else None)
    return [json.loads(sh(cmd)) for _ in range(rounds)]


def php_scenario(ext: Path | None, mode: str, sb: Sandbox) -> list | None:
    if shutil.which("php") is None:
        return None
    cmd = pinned(["php"], CPUS - 1)
    if ext is not None:
        cmd += ["-d", f"extension={ext}"]
    cmd += [str(BENCH / "php_scenarios.php"), mode, sb.url, "SD0001", str(CALLS), str(ROUNDS)]
    return json.loads(sh(cmd, env=sb.env()).strip().splitlines()[-1])["rounds"]


def med(xs: list | None) -> float | None:
    return None if not xs else statistics.median(xs)


def med_each(rounds: list[dict] | None) -> dict | None:
    """Per-key medians of rounds that are dicts of figures."""
    if not rounds:
        return None
    return {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}


def suite(sb: Sandbox, ref_py: Path, ours_py: Path, php_ext: Path | None) -> dict:
    """Every per-transport scenario against one sandbox (plain HTTP or HTTPS)."""
    r: dict = {}
    print(f"  [{sb.url}] P1 sequential details() latency", flush=True)
    p1, r["P1_layers_us"] = p1_rows(sb, ours_py)
    r["P1_ms"] = {
        **p1,
        "ref": med(try_scenario(ref_py, "ref", "P1", sb, calls=max(50, CALLS // 3))),
        "requests": med(py_scenario(ours_py, "requests", "P1", sb)),
    }
    print(f"  [{sb.url}] P2 one 500-account list() page into DTOs, each record read", flush=True)
    r["P2_ms"] = {
        "ours": med(py_scenario(ours_py, "ours", "P2", sb)),
        "ref": med(try_scenario(ref_py, "ref", "P2", sb)),
        "requests": med(py_scenario(ours_py, "requests", "P2", sb)),
        # The floor: the server producing the page plus the transfer and a JSON parse in Rust.
        "raw_rust": med([x["median_ms"] for x in raw_loop(sb, 20, 1, "/api/v2/accounts?limit=500")]),
    }
    print(f"  [{sb.url}] P3 8 threads sharing one SDK", flush=True)
    r["P3_calls_per_s"] = {
        "ours": med(py_scenario(ours_py, "ours", "P3", sb)),
        "ref": med(try_scenario(ref_py, "ref", "P3", sb, calls=max(40, CALLS // 3))),
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
    print(f"  [{sb.url}] the wider surface: order.create, order.list, invoice.details", flush=True)
    r["wide_ms"] = {
        "ours": med_each(py_scenario(ours_py, "ours", "wide", sb)),
        "ref": med_each(try_scenario(ref_py, "ref", "wide", sb, calls=max(60, CALLS // 3))),
        "requests": med_each(py_scenario(ours_py, "requests", "wide", sb)),
    }
    print(f"  [{sb.url}] cold start (import + init_sdk + first call with its token)", flush=True)
    r["cold_start_s"] = {
        "ours": med(py_scenario(ours_py, "ours", "cold", sb)),
        "ref": med(try_scenario(ref_py, "ref", "cold", sb)),
    }
    return r


class Redis:
    """A throw-away redis-server on a free port (no persistence)."""

    def __init__(self) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.dir = tempfile.mkdtemp(prefix="bench-redis-")
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", self.dir],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("redis-server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def redis_cost(ours_py: Path) -> dict | None:
    """details() with the token held locally and through the Redis token store."""
    if shutil.which("redis-server") is None:
        print("  redis-server not found; the token store cost is skipped", flush=True)
        return None
    store = Redis()
    sb = Sandbox(seed=1000)
    try:
        rounds = py_scenario(ours_py, "ours", "store", sb, calls=max(500, CALLS * 2),
                             extra=["--store", f"redis://127.0.0.1:{store.port}/0"])
    finally:
        sb.stop()
        store.stop()
    out = med_each(rounds) or {}
    out["cost_pct"] = (out["redis"] / out["local"] - 1) * 100
    return out


def php_fpm(php_ext: Path | None) -> dict | None:
    """bench/fpm.py's figures when the module is there (see the module docstring)."""
    if not (BENCH / "fpm.py").exists():
        return None
    sys.path.insert(0, str(BENCH))
    import fpm  # noqa: PLC0415 (optional module, owned by the PHP benchmarks)

    return fpm.bench(php_ext, Sandbox)


def print_fpm(figures: dict | None) -> None:
    if figures is not None and (BENCH / "fpm.py").exists():
        import fpm  # noqa: PLC0415

        fpm.print_rows(figures)


def p1_rows(sb: Sandbox, ours_py: Path) -> tuple[dict, dict]:
    """P1 of this project, the raw Rust loop, the layers between them, the core from Rust and
    the Python floor (`suite` adds the other clients; `--only P1` prints these alone), and
    what each layer adds (targets.p1_layers). The rounds are interleaved (one round of each,
    then again): this VM drifts by more than the 15% the target leaves within a minute, and a
    drift must hit every contender alike, not whichever ran last."""
    contenders = {
        # As many calls per round as the raw loop makes, so each round is as long.
        "ours": lambda: py_scenario(ours_py, "ours", "P1", sb, rounds=1, calls=P1_CALLS),
        "raw_rust": lambda: [x["median_ms"] for x in raw_loop(sb, P1_CALLS, 1, rounds=1)],
        # The layers between the raw loop and the core's call (targets.p1_layers): one
        # block_on per call, then the core's transport alone.
        "raw_block_rust": lambda: [x["median_ms"] for x in raw_loop(sb, P1_CALLS, 1, mode="raw-block", rounds=1)],
        "transport_rust": lambda: [x["median_ms"] for x in raw_loop(sb, P1_CALLS, 1, mode="transport", rounds=1)],
        # The core's own blocking call from Rust: what the bindings call (tells the
        # binding's cost from the core's).
        "core_rust": lambda: [x["median_ms"] for x in raw_loop(sb, P1_CALLS, 1, mode="core", rounds=1)],
        # The floor of any Python binding: a bare pyo3 call around one reqwest GET, then
        # json.loads (bench/pyfloor): what Python itself costs on this machine.
        "py_floor": lambda: py_scenario(ours_py, "floor", "P1", sb, rounds=1, calls=P1_CALLS),
        # The same with the check before reusing a pooled connection that the SDK makes (and
        # urllib3 too): the floor of a binding that never writes a create to a connection whose
        # close has already reached it.
        "py_floor_checked": lambda: py_scenario(ours_py, "floor_checked", "P1", sb, rounds=1, calls=P1_CALLS),
    }
    rounds: dict = {name: [] for name in contenders}
    for _ in range(P1_ROUNDS):
        for name, one_round in contenders.items():
            rounds[name] += one_round()
    return {name: med(figures) for name, figures in rounds.items()}, targets.p1_layers(rounds)


def ours_python() -> Path:
    """The python that runs this project and the P1 floor: BENCH_OURS_PYTHON, a virtualenv that
    has this project installed already (bench/pyfloor is added to it when it lacks it), else
    bench/.venv-ours, made as `make bench` makes it."""
    if not os.environ.get("BENCH_OURS_PYTHON"):
        return venv(".venv-ours", OURS_PACKAGES)
    ours_py = Path(os.environ["BENCH_OURS_PYTHON"])
    if subprocess.run([str(ours_py), "-c", "import exsited_pyfloor"], capture_output=True).returncode != 0:
        sh([str(ours_py), "-m", "pip", "install", "-q", str(BENCH / "pyfloor")])
    return ours_py


def only_p1() -> None:
    """`run.py --only P1`: P1 over HTTP and HTTPS with the same pinning and rounds as the full
    run, printed and not written to results.json (which stays the full run's)."""
    sh(["cargo", "build", "--release", "-q", "-p", "exsited-sandbox", "-p", "exsited-rawloop"], cwd=str(ROOT))
    ours_py = ours_python()
    for name, tls in (("http", False), ("https", True)):
        sb = Sandbox(seed=1000, tls=tls)
        try:
            p1, layers = p1_rows(sb, ours_py)
        finally:
            sb.stop()
        added = (p1["ours"] - p1["core_rust"]) * 1000
        print(f"{name.upper()} P1 details(), medians of {P1_ROUNDS} interleaved rounds: ours {p1['ours']:.3f} ms, "
              f"raw Rust {p1['raw_rust']:.3f} ms, core from Rust {p1['core_rust']:.3f} ms, "
              f"Python floor {p1['py_floor']:.3f} ms -> {p1['ours'] / p1['raw_rust']:.2f}x raw "
              f"(the floor is {p1['py_floor'] / p1['raw_rust']:.2f}x, "
              f"{p1['py_floor_checked'] / p1['raw_rust']:.2f}x checked), Python adds {added:.0f} us", flush=True)
        print("  " + targets.p1_layers_line(p1["raw_rust"], layers), flush=True)


def main() -> None:
    if sys.argv[1:] == ["--only", "P1"]:
        return only_p1()
    if sys.argv[1:]:
        raise SystemExit("usage: run.py [--only P1]")
    print("building release binaries (sandbox, raw loop, PHP extension)...", flush=True)
    sh(["cargo", "build", "--release", "-q", "-p", "exsited-sandbox", "-p", "exsited-rawloop"], cwd=str(ROOT))
    php_ext = None
    try:
        # BENCH_PHP=0: the Python figures only (no PHP build, no PHP scenarios).
        if os.environ.get("BENCH_PHP", "1") != "0":
            sh(["cargo", "build", "--release", "-q", "-p", "exsited-php"], cwd=str(ROOT))
            php_ext = ROOT / "target" / "release" / "libexsited_php.so"
    except subprocess.CalledProcessError as e:
        print(f"PHP extension not built ({e.stderr.strip()[-200:]}); PHP figures skipped")
    print("preparing virtualenvs (documented SDK; this project)...", flush=True)
    # BENCH_REF_PYTHON: the python of a virtualenv that has exsited==1.0.40 and requests already.
    ref_py = Path(os.environ["BENCH_REF_PYTHON"]) if os.environ.get("BENCH_REF_PYTHON") else \
        venv(".venv-ref", ["exsited==1.0.40", "requests"])
    ours_py = venv(".venv-ours", OURS_PACKAGES)

    r: dict = {"machine": machine(), "rounds": ROUNDS, "p1_rounds": P1_ROUNDS, "calls": CALLS, "pinned": PIN}
    for name, tls in (("http", False), ("https", True)):
        print(f"{name}: loopback sandbox{' with TLS (as every real Exsited server)' if tls else ''}", flush=True)
        sb = Sandbox(seed=1000, tls=tls)
        try:
            r[name] = suite(sb, ref_py, ours_py, php_ext)
        finally:
            sb.stop()
        r[name]["ratios"] = targets.ratios(r[name])
        r[name]["met"] = {k: targets.met(k, v) for k, v in r[name]["ratios"].items()}

    print("P6 memory while paging through 100,000 accounts", flush=True)
    big = Sandbox(seed=100_000)
    try:
        r["P6"] = py_scenario(ours_py, "ours", "P6", big, rounds=1)[0]
    finally:
        big.stop()
    print("the Redis token store against the local token", flush=True)
    r["redis"] = redis_cost(ours_py)
    once = {"P6_growth_mb": r["P6"]["growth_mb"], "redis_cost_pct": (r["redis"] or {}).get("cost_pct")}
    r["once"] = {"ratios": once, "met": {k: targets.met(k, v) for k, v in once.items()}}
    print("PHP under php-fpm (bench/fpm.py)", flush=True)
    r["php_fpm"] = php_fpm(php_ext)
    r["targets"] = {k: list(v) for k, v in targets.TARGETS.items()}
    r["when"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    (BENCH / "results.json").write_text(json.dumps(r, indent=2) + "\n")
    targets.print_table(r)
    print_fpm(r["php_fpm"])
    subprocess.run([str(ours_py), str(BENCH / "chart.py")], check=False)


def machine() -> dict:
    """What the figures were measured on."""
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cores": CPUS, "cpu": model, "python": sys.version.split()[0], "load_at_start": load}


if __name__ == "__main__":
    main()
