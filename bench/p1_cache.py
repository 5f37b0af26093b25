"""`python bench/p1_cache.py`: what one P1 call costs the CPU, counted instead of timed.

P1 (sequential `details()`) is within a few microseconds of the Python floor (a bare pyo3 GET
plus `json.loads`, see py_scenarios.FloorClient), and this VM's timings drift by more than
that between runs. Valgrind's callgrind counts, for the client process alone, the
instructions it executes and the misses of a simulated L1 cache (32 kB code, 32 kB data) and
branch predictor: the same figures on every run. Each contender runs N and 3N calls on one
loopback sandbox; the difference divided by 2N is the cost of one call, start-up excluded.
The kernel's share (the socket calls) is not counted: it is the same for every contender.

Needs valgrind (`apt install valgrind`); not part of `make bench`. Takes about 6 minutes.
BENCH_OURS_PYTHON: a python that has this project installed (bench/pyfloor is added; else
bench/.venv-ours is made, as `make bench` does).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import run

CALLS = int(os.environ.get("P1_CACHE_CALLS", "500"))
# One contender's calls in a loop, after a warm-up (token, connection, first-call caches).
DRIVER = """
import sys
sys.path.insert(0, {bench!r})
import py_scenarios as s
kind, url, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = s.make_sdk(kind, url)
for _ in range(50):
    s.details(client, kind, "SD0001")
for _ in range(n):
    s.details(client, kind, "SD0001")
"""
# callgrind's closing summary on stderr, e.g. "==12== I1  misses:  12,735,217".
COUNTERS = {"instructions": "I   refs", "I1 misses": "I1  misses", "D1 misses": "D1  misses", "mispredicts": "Mispredicts"}


def counted(cmd: list[str], env: dict) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", "--cache-sim=yes", "--branch-sim=yes",
             f"--callgrind-out-file={tmp}/callgrind.out", *cmd],
            capture_output=True, text=True, env=env, check=True,
        ).stderr
    found = {}
    for name, label in COUNTERS.items():
        m = re.search(rf"==\d+== {re.escape(label)}:\s+([\d,]+)", out)
        if not m:
            raise SystemExit(f"no {label!r} in valgrind's summary:\n{out[-2000:]}")
        found[name] = int(m.group(1).replace(",", ""))
    return found


def per_call(make_cmd, env: dict) -> dict[str, float]:
    """The counters of one call: (3N calls - N calls) / 2N."""
    few, many = counted(make_cmd(CALLS), env), counted(make_cmd(3 * CALLS), env)
    return {k: (many[k] - few[k]) / (2 * CALLS) for k in COUNTERS}


def main() -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("p1_cache.py needs valgrind: apt install valgrind")
    run.sh(["cargo", "build", "--release", "-q", "-p", "exsited-sandbox", "-p", "exsited-rawloop"], cwd=str(run.ROOT))
    ours_py = run.ours_python()
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "p1_driver.py"
        driver.write_text(DRIVER.format(bench=str(run.BENCH)))
        sb = run.Sandbox(seed=1000)
        try:
            env = sb.env()
            rawloop = str(run.ROOT / "target" / "release" / "exsited-rawloop")
            def rust(mode: str):
                return lambda n: [rawloop, "--url", sb.url, "--id", "SD0001", "--calls", str(n), "--mode", mode]

            rows = {
                "raw Rust loop": per_call(rust("raw"), env),
                # The layers between (run.p1_rows): one block_on per call, the core's
                # transport alone, the core's whole blocking call.
                "+ block_on": per_call(rust("raw-block"), env),
                "+ transport": per_call(rust("transport"), env),
                "core from Rust": per_call(rust("core"), env),
                "Python floor": per_call(lambda n: [str(ours_py), str(driver), "floor", sb.url, str(n)], env),
                "ours, details()": per_call(lambda n: [str(ours_py), str(driver), "ours", sb.url, str(n)], env),
            }
        finally:
            sb.stop()
    print(f"P1 over plain HTTP, one details() call in the client process (user space), "
          f"from {CALLS} and {3 * CALLS} calls under callgrind:")
    print(f"{'':18s}" + "".join(f"{k:>14s}" for k in COUNTERS))
    for name, row in rows.items():
        print(f"{name:18s}" + "".join(f"{row[k]:14,.0f}" for k in COUNTERS))
    floor, ours = rows["Python floor"], rows["ours, details()"]
    print(f"{'ours / floor':18s}" + "".join(f"{ours[k] / floor[k]:14.2f}" for k in COUNTERS))


if __name__ == "__main__":
    sys.exit(main())
