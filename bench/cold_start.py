"""Cold start of the Python package: `import exsited`, `init_sdk` and the first
`account.details()` (token fetch included), each run in a fresh interpreter against a local
sandbox. Prints the median of every phase over the runs, and which package modules
`import exsited` loaded (no DTO module and no resource module should be among them: they load
on first use). Exits 1 when one was loaded eagerly.

    python bench/cold_start.py [--runs 15] [--sandbox target/release/exsited-sandbox]
"""

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in the fresh interpreter; prints one JSON line.
PROBE = """
import json, sys, time
t0 = time.perf_counter()
import exsited
t1 = time.perf_counter()
loaded = sorted(m for m in sys.modules if m.startswith("exsited"))
sdk = exsited.ExsitedSDK().init_sdk(request_token_dto=exsited.RequestTokenDTO(
    grantType="client_credentials", clientId="sandbox-client", clientSecret="sandbox-secret",
    redirectUri="", exsitedUrl=URL))
t2 = time.perf_counter()
account = sdk.account.details(id=ID)
t3 = time.perf_counter()
assert account.account is not None and account.account.id == ID, account
print(json.dumps({"import": t1 - t0, "init_sdk": t2 - t1, "first_call": t3 - t2, "total": t3 - t0,
                  "after_import": loaded}))
"""


def start_sandbox(binary: Path) -> "tuple[subprocess.Popen[str], str]":
    proc = subprocess.Popen([str(binary), "--port", "0", "--seed", "3"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    if "listening on" not in line:
        proc.kill()
        raise SystemExit(f"the sandbox did not start: {line!r}")
    return proc, line.split("listening on", 1)[1].split()[0]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    release = ROOT / "target" / "release" / "exsited-sandbox"
    ap.add_argument("--sandbox", type=Path, default=release if release.exists() else ROOT / "target" / "debug" / "exsited-sandbox")
    a = ap.parse_args()
    proc, url = start_sandbox(a.sandbox)
    try:
        code = PROBE.replace("URL", repr(url)).replace("ID", repr("SD0001"))
        runs = []
        for _ in range(max(a.runs, 10)):
            # from outside the repo, so that the installed package is the one imported
            out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd="/")
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"cold start over {len(runs)} fresh processes ({sys.executable}), median ms:")
    for phase in ("import", "init_sdk", "first_call", "total"):
        values = [r[phase] * 1000 for r in runs]
        print(f"  {phase:<11} {statistics.median(values):7.1f}   (min {min(values):.1f}, max {max(values):.1f})")
    loaded = runs[0]["after_import"]
    eager = [m for m in loaded if ".dto." in m or m.count(".") == 3 and m.split(".")[2] == m.split(".")[3]]
    print(f"  `import exsited` loaded {len(loaded)} package modules; DTO or resource modules among them: {eager or 'none'}")
    return 1 if eager else 0


if __name__ == "__main__":
    sys.exit(main())
