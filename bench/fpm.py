"""PHP under php-fpm, end to end, and P6 for PHP (`make bench-fpm`, or called by bench/run.py).

A real php-fpm pool (Debian php-fpm8.2, its own config in a temp dir, 4 static workers on a
unix socket) serves bench/fpm_app.php through FastCGI; every request reads one account over
HTTPS from the release sandbox, building its client from scratch as a web request does. One
pool definition serves, in turn (a fresh pool each, so token counts and RSS are per
configuration):
  null        no API call: the ceiling of the pool plus the load driver on this machine
  ours        this extension, no token sharing between workers
  ours_file   this extension, the token shared through token_cache_file
  ours_redis  this extension, the token shared through a Redis token_store (own redis-server)
  documented  the documented PHP SDK (unpacked from the reference tarball into bench/.ref-php;
              the same pool without this extension, whose compatibility classes share its names)
Each: 200 warm-up requests, then ROUNDS rounds of 5,000 requests from 8 concurrent FastCGI
clients; the figure is the median round. Token requests are the sandbox's count from the
pool's start to its end (the documented SDK starts with the token its README has the user put
in token.json); RSS growth is each worker's VmRSS after the last round minus after
the warm-up. CPU seconds of the workers, the sandbox and the driver show what limits the rate.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path

import fcgi_load

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# ../shared/reference from the main checkout (see its README), ../../shared from a worktree.
REFERENCE = next((p for p in (ROOT.parent / "shared" / "reference" / "exsited-php.tar.gz",
                              ROOT.parent.parent / "shared" / "reference" / "exsited-php.tar.gz") if p.exists()),
                 ROOT.parent / "shared" / "reference" / "exsited-php.tar.gz")
REF_DIR = BENCH / ".ref-php"
WORKERS = 4
CLIENTS = 8
REQUESTS = int(os.environ.get("FPM_REQUESTS", "5000"))
WARMUP = 200
ROUNDS = int(os.environ.get("FPM_ROUNDS", os.environ.get("BENCH_ROUNDS", "5")))
ACCOUNT = "SD0001"
TARGETS = {"fpm_vs_documented": 5.0, "fpm_rss_growth_mb": 5.0, "php_p6_growth_mb": 10.0}
CONFIGS = ("null", "ours", "ours_file", "ours_redis", "documented")
TICKS = os.sysconf("SC_CLK_TCK")


def fpm_binary() -> str | None:
    return shutil.which("php-fpm8.2") or shutil.which("php-fpm") or next(
        (str(p) for p in sorted(Path("/usr/sbin").glob("php-fpm*"))), None)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process (fields 14 and 15 of /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Pool:
    """A php-fpm master with WORKERS static workers, in a temp dir, on a unix socket."""

    def __init__(self, binary: str, php_ext: Path | None, work: Path, ca: Path) -> None:
        self.socket = str(work / "fpm.sock")
        self.log = work / "fpm.log"
        conf = work / "php-fpm.conf"
        root = os.getuid() == 0
        conf.write_text("\n".join([
            "[global]", f"pid = {work / 'fpm.pid'}", f"error_log = {self.log}", "daemonize = no", "",
            "[bench]", *(["user = root", "group = root"] if root else []),
            f"listen = {self.socket}", "listen.backlog = 1024",
            "pm = static", f"pm.max_children = {WORKERS}", "pm.max_requests = 0", "clear_env = no",
            # Without this extension for the documented SDK: its compatibility classes
            # (Api\\...) would take the place of the documented SDK's own.
            *([f"php_admin_value[extension] = {php_ext}"] if php_ext else []),
            # The documented SDK uses curl's default CA store: give it the sandbox's CA, so it
            # verifies the certificate as ours does (else it retries without verification).
            f"php_admin_value[curl.cainfo] = {ca}", f"php_admin_value[openssl.cafile] = {ca}",
            "php_admin_flag[log_errors] = on", "",
        ]))
        cmd = [binary, *(["-R"] if root else []), "-F", "-y", str(conf)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while len(self.workers()) < WORKERS or not os.path.exists(self.socket):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"php-fpm did not start: {self.log_tail()}")
            time.sleep(0.05)

    def workers(self) -> list[int]:
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in text.split()]

    def rss_kb(self) -> dict[int, int]:
        return {pid: rss_kb(pid) for pid in self.workers()}

    def cpu_seconds(self) -> float:
        return sum(cpu_seconds(pid) for pid in self.workers())

    def log_tail(self) -> str:
        try:
            return self.log.read_text()[-2000:]
        except OSError:
            return ""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Redis:
    """A throw-away redis-server on a free port (no persistence)."""

    def __init__(self, work: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server not found (apt-get install redis-server)")
        self.port = free_port()
        self.proc = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(work)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start")
                time.sleep(0.05)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def counters(sb) -> tuple[int, int]:
    """The sandbox's counts so far: (token grants, data API calls)."""
    ctx = ssl.create_default_context(cafile=str(sb.ca)) if sb.ca else None
    with urllib.request.urlopen(f"{sb.url}/__sandbox__/counters", context=ctx, timeout=10) as r:
        c = json.load(r)
    # "requests" counts every logged request, the token requests among them.
    return int(c["token_requests"]), int(c["requests"]) - int(c["token_requests"])


def reference_sdk() -> Path | None:
    """The documented PHP SDK, unpacked once into bench/.ref-php (gitignored, never in the repo)."""
    root = REF_DIR / "exsited-php"
    if (root / "vendor" / "autoload.php").exists():
        return root
    if not REFERENCE.exists():
        return None
    REF_DIR.mkdir(exist_ok=True)
    with tarfile.open(REFERENCE) as tar:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4: refuse paths leaving REF_DIR
            tar.extractall(REF_DIR, filter="data")
        else:
            tar.extractall(REF_DIR)
    return root if (root / "vendor" / "autoload.php").exists() else None


def reset_reference_token(root: Path, sb) -> None:
    """token.json as its README has a user write it: the credentials and an access token.
    (Started without a token, its workers each fetch one and rewrite the file in place, and a
    worker reading it at that moment fails with "No config found at index 0".)"""
    ctx = ssl.create_default_context(cafile=str(sb.ca)) if sb.ca else None
    grant = json.dumps({"grant_type": "client_credentials", "client_id": "sandbox-client",
                        "client_secret": "sandbox-secret", "redirect_uri": ""}).encode()
    req = urllib.request.Request(f"{sb.url}/api/v1/oauth2/token", data=grant,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=10) as r:
        token = json.load(r)
    (root / "token.json").write_text(json.dumps([{
        "apiUrl": sb.url.rstrip("/") + "/", "appUrl": sb.url.rstrip("/") + "/",
        "client_id": "sandbox-client", "client_secret": "sandbox-secret",
        "access_token": token["access_token"], "refresh_token": token.get("refresh_token", ""),
        "redirect_uri": "", "authTokenRenewCallback": {},
    }], indent=2))


def make_check(pids: set[int]):
    def check(out: bytes, err: bytes) -> str | None:
        body = out.split(b"\r\n\r\n", 1)[-1].decode(errors="replace").strip()
        if not body.startswith(f"ok id={ACCOUNT} "):
            return (body or err.decode(errors="replace"))[:300]
        pids.add(int(body.rsplit("pid=", 1)[1]))
        return None
    return check


def cgi_fcgi_ms(pool: Pool, params: dict[str, str], n: int = 200) -> float | None:
    """Milliseconds per request when `cgi-fcgi` is spawned for each one (sequentially), for
    comparison with the in-process driver: the cost of the process start per request."""
    binary = shutil.which("cgi-fcgi")
    if binary is None:
        return None
    env = {**os.environ, **params}
    t = time.perf_counter()
    for _ in range(n):
        out = subprocess.run([binary, "-bind", "-connect", pool.socket], env=env, capture_output=True,
                             check=False).stdout
        if b"ok id=" not in out:
            raise RuntimeError(f"cgi-fcgi got {out[-300:]!r}")
    return (time.perf_counter() - t) / n * 1e3


def serve(config: str, sb, php_ext: Path, binary: str, ref_root: Path | None) -> dict:
    """One configuration on a fresh pool: warm-up, ROUNDS rounds, tokens, RSS, CPU."""
    with tempfile.TemporaryDirectory(prefix="exsited-fpm-") as tmp:
        work = Path(tmp)
        params = {
            "SCRIPT_FILENAME": str(BENCH / "fpm_app.php"), "SCRIPT_NAME": "/fpm_app.php",
            "REQUEST_METHOD": "GET", "QUERY_STRING": "", "SERVER_PROTOCOL": "HTTP/1.1",
            "BENCH_MODE": "documented" if config == "documented" else ("null" if config == "null" else "ours"),
            "BENCH_URL": sb.url, "BENCH_CA": str(sb.ca), "BENCH_ACCOUNT": ACCOUNT,
        }
        redis = None
        if config == "ours_file":
            params["BENCH_TOKEN_FILE"] = str(work / "token-cache.json")
        elif config == "ours_redis":
            redis = Redis(work)
            params["BENCH_TOKEN_STORE"] = redis.url
        elif config == "documented":
            assert ref_root is not None
            reset_reference_token(ref_root, sb)
            params["BENCH_REF_ROOT"] = str(ref_root)
        pool = Pool(binary, None if config == "documented" else php_ext, work, sb.ca)
        try:
            tokens_at_start, calls_at_start = counters(sb)
            rss_idle = pool.rss_kb()
            pids: set[int] = set()
            warm = fcgi_load.load(pool.socket, params, WARMUP, CLIENTS, make_check(pids))
            if warm["failures"]:
                raise RuntimeError(f"{config}: {warm['failures']} warm-up requests failed, first: "
                                   f"{warm['first_failure']}\n{pool.log_tail()}")
            rss_warm = pool.rss_kb()
            rounds = []
            for _ in range(ROUNDS):
                cpu_pool, cpu_sb = pool.cpu_seconds(), cpu_seconds(sb.proc.pid)
                r = fcgi_load.load(pool.socket, params, REQUESTS, CLIENTS, make_check(pids))
                r["pool_cpu_s"] = pool.cpu_seconds() - cpu_pool
                r["sandbox_cpu_s"] = cpu_seconds(sb.proc.pid) - cpu_sb
                rounds.append(r)
            rss_end = pool.rss_kb()
            tokens, calls = (end - start for end, start in zip(counters(sb), (tokens_at_start, calls_at_start)))
            spawned = cgi_fcgi_ms(pool, params) if config == "null" else None
        finally:
            pool.stop()
            if redis:
                redis.stop()
    failures = sum(r["failures"] for r in rounds)
    best = sorted(rounds, key=lambda r: r["requests_per_s"])[len(rounds) // 2]
    growth = {pid: (rss_end[pid] - kb) / 1024 for pid, kb in rss_warm.items() if pid in rss_end}
    return {
        "requests_per_s": statistics.median(r["requests_per_s"] for r in rounds),
        "rounds_requests_per_s": [round(r["requests_per_s"], 1) for r in rounds],
        "p50_ms": best["p50_ms"], "p99_ms": best["p99_ms"],
        "failures": failures, "first_failure": next((r["first_failure"] for r in rounds if r["failures"]), None),
        "requests": WARMUP + REQUESTS * ROUNDS,
        "workers_seen": len(pids),
        # A worker that died (and was replaced by the master) during the rounds.
        "workers_replaced": len(set(rss_warm) - set(rss_end)),
        "token_requests": tokens,
        # Data calls the sandbox answered: one per FastCGI request (none for null), so no
        # answer came from anywhere but the API.
        "api_calls": calls,
        "rss_idle_mb": round(sum(rss_idle.values()) / 1024 / max(1, len(rss_idle)), 1),
        "rss_warm_mb": round(sum(rss_warm.values()) / 1024 / max(1, len(rss_warm)), 1),
        "rss_growth_mb_per_worker": [round(g, 2) for g in growth.values()],
        "rss_growth_mb": round(max(growth.values(), default=0.0), 2),
        # Per request, in microseconds, from the median round: who spends the CPU.
        "cpu_us_per_request": {
            "workers": round(best["pool_cpu_s"] / REQUESTS * 1e6, 1),
            "sandbox": round(best["sandbox_cpu_s"] / REQUESTS * 1e6, 1),
            "driver": round(best["driver_cpu_s"] / REQUESTS * 1e6, 1),
        },
        **({"cgi_fcgi_spawned_ms_per_request": round(spawned, 2)} if spawned else {}),
    }


def php_p6(php_ext: Path, url: str) -> dict:
    """P6 for PHP: RSS growth while iterateAll() streams every account of `url`."""
    out = subprocess.run(["php", "-d", f"extension={php_ext}", str(BENCH / "php_p6.php"), url],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench(php_ext: Path | None, sandbox_class) -> dict | None:
    """Everything in this module; `sandbox_class` is bench/run.py's Sandbox."""
    binary = fpm_binary()
    if php_ext is None or binary is None or shutil.which("php") is None:
        print("  php-fpm figures skipped (needs the PHP extension, php and php-fpm)", flush=True)
        return None
    ref_root = reference_sdk()
    out: dict = {"workers": WORKERS, "clients": CLIENTS, "requests_per_round": REQUESTS, "rounds": ROUNDS,
                 "warmup": WARMUP, "fpm": {}}
    sb = sandbox_class(seed=1000, tls=True)
    try:
        for config in CONFIGS:
            if config == "documented" and ref_root is None:
                print(f"  documented PHP SDK not found at {REFERENCE}; its figures skipped", flush=True)
                continue
            print(f"  php-fpm {WORKERS} workers, {config}: {ROUNDS} x {REQUESTS:,} readDetails() over HTTPS",
                  flush=True)
            out["fpm"][config] = serve(config, sb, php_ext, binary, ref_root)
    finally:
        sb.stop()
    print("  P6 for PHP: iterateAll() over 100,000 accounts", flush=True)
    big = sandbox_class(seed=100_000)
    try:
        out["php_p6"] = php_p6(php_ext, big.url)
    finally:
        big.stop()
    fpm = out["fpm"]
    ours, doc = fpm.get("ours"), fpm.get("documented")
    out["ratios"] = {
        "fpm_vs_documented": ours["requests_per_s"] / doc["requests_per_s"] if ours and doc else None,
        "fpm_rss_growth_mb": max((fpm[c]["rss_growth_mb"] for c in fpm if c.startswith("ours")), default=None),
        "php_p6_growth_mb": out["php_p6"]["growth_mb"],
    }
    tokens_ok = (
        all(c in fpm for c in ("ours", "ours_file", "ours_redis"))
        and fpm["ours"]["token_requests"] <= WORKERS
        and fpm["ours_file"]["token_requests"] == 1
        and fpm["ours_redis"]["token_requests"] == 1
    )
    r = out["ratios"]
    out["met"] = {
        "fpm_vs_documented": None if r["fpm_vs_documented"] is None else r["fpm_vs_documented"] >= TARGETS["fpm_vs_documented"],
        "fpm_token_requests": tokens_ok,
        "fpm_rss_growth_mb": None if r["fpm_rss_growth_mb"] is None else r["fpm_rss_growth_mb"] <= TARGETS["fpm_rss_growth_mb"],
        "php_p6_growth_mb": r["php_p6_growth_mb"] <= TARGETS["php_p6_growth_mb"],
        "no_failed_requests": all(f["failures"] == 0 and f["workers_replaced"] == 0 for f in fpm.values()),
        "one_api_call_per_request": all(f["api_calls"] == (0 if c == "null" else f["requests"]) for c, f in fpm.items()),
    }
    return out


def print_rows(out: dict | None) -> None:
    """The php-fpm rows of the bench table."""
    if not out:
        return
    print()
    print(f"PHP-FPM, {out['workers']} static workers, {out['clients']} FastCGI clients, readDetails() over HTTPS, "
          f"median of {out['rounds']} rounds of {out['requests_per_round']:,} requests")
    print("| configuration | requests/s | p50 ms | token requests | RSS growth MB (max worker) | "
          "CPU us/request workers, sandbox, driver | failures |")
    print("|---|---|---|---|---|---|---|")
    for name, f in out["fpm"].items():
        cpu = f["cpu_us_per_request"]
        print(f"| {name} | {f['requests_per_s']:,.0f} | {f['p50_ms']:.2f} | {f['token_requests']} | "
              f"{f['rss_growth_mb']:.2f} | {cpu['workers']:.0f}, {cpu['sandbox']:.0f}, {cpu['driver']:.0f} | "
              f"{f['failures']} |")
    null = out["fpm"].get("null", {})
    if "cgi_fcgi_spawned_ms_per_request" in null:
        print(f"(the same null requests with one cgi-fcgi process spawned per request, one at a time: "
              f"{null['cgi_fcgi_spawned_ms_per_request']:.2f} ms each, hence this in-process driver)")
    p6 = out["php_p6"]
    print(f"P6 for PHP: iterateAll() over {p6['records']:,} accounts (pages of {p6['page_size']}): "
          f"RSS {p6['rss_before_mb']:.1f} -> {p6['rss_after_mb']:.1f} MB, growth {p6['growth_mb']:.2f} MB")
    r, met = out["ratios"], out["met"]
    fmt = (lambda v: "n/a" if v is None else f"{v:.2f}")
    tokens = ", ".join(f"{c}={out['fpm'][c]['token_requests']}" for c in ("ours", "ours_file", "ours_redis")
                       if c in out["fpm"])
    print()
    print("| PHP target | goal | figure | met |")
    print("|---|---|---|---|")
    print(f"| fpm_vs_documented | >= 5x | {fmt(r['fpm_vs_documented'])} | {met['fpm_vs_documented']} |")
    print(f"| fpm_token_requests | <= {out['workers']}, file = 1, redis = 1 | {tokens} | {met['fpm_token_requests']} |")
    print(f"| fpm_rss_growth_mb | <= 5 MB | {fmt(r['fpm_rss_growth_mb'])} | {met['fpm_rss_growth_mb']} |")
    print(f"| php_p6_growth_mb | <= 10 MB | {fmt(r['php_p6_growth_mb'])} | {met['php_p6_growth_mb']} |")
    failed = sum(f["failures"] for f in out["fpm"].values())
    replaced = sum(f["workers_replaced"] for f in out["fpm"].values())
    print(f"| no failed request, no worker lost | 0, 0 | {failed}, {replaced} | {met['no_failed_requests']} |")
    calls = ", ".join(f"{c}={f['api_calls']:,}/{f['requests']:,}" for c, f in out["fpm"].items() if c != "null")
    print(f"| one API call per request | calls = requests | {calls} | {met['one_api_call_per_request']} |")


def main() -> None:
    """`make bench-fpm`: builds what it needs, runs this module alone, prints and saves the figures."""
    sys.path.insert(0, str(BENCH))
    from run import Sandbox  # run.py is the main runner; only its Sandbox is needed here

    subprocess.run(["cargo", "build", "--release", "-q", "-p", "exsited-sandbox", "-p", "exsited-php"],
                   cwd=str(ROOT), check=True)
    out = bench(ROOT / "target" / "release" / "libexsited_php.so", Sandbox)
    if out is not None:
        out["when"] = time.strftime("%Y-%m-%d %H:%M:%S")
        (BENCH / "results-fpm.json").write_text(json.dumps(out, indent=2) + "\n")
    print_rows(out)


if __name__ == "__main__":
    main()
