"""Load client of the threaded ZTS check: REQUESTS requests from CONCURRENCY client threads at
once to account.php under Apache's worker MPM (one process, several PHP threads).

Every answer must be right (its own request number, the account it asked for, the same list of
accounts as every other answer, its own working directory seen by the extension); all must come from one process (a crashed worker is replaced by
a new pid); and the requests must really have run on several PHP threads at the same time: the
most answers whose server-side run times overlap, on distinct threads, is printed and checked.
Prints one summary line; exits 1 with the reasons when something is wrong.

Usage: python3 load.py URL REQUESTS CONCURRENCY
"""

import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def fetch(url: str, n: int) -> dict:
    try:
        with urllib.request.urlopen(f"{url}?n={n}", timeout=30) as r:
            body = r.read().decode()
    except Exception as e:  # an HTTP error or a dropped connection is a failed request
        return {"n": n, "error": f"{type(e).__name__}: {e}"}
    try:
        return json.loads(body)
    except ValueError:
        return {"n": n, "error": f"not JSON: {body[:200]!r}"}


def max_overlap(answers: list) -> tuple:
    """The most requests running at one instant, and on how many distinct threads."""
    events = sorted([(a["t0"], 1, a["thread"]) for a in answers] + [(a["t1"], -1, a["thread"]) for a in answers])
    running: dict = {}
    best = (0, 0)
    for _, step, thread in events:
        running[thread] = running.get(thread, 0) + step
        if running[thread] == 0:
            del running[thread]
        now = (sum(running.values()), len(running))
        best = max(best, now)
    return best


def main() -> int:
    url, total, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with ThreadPoolExecutor(concurrency) as pool:
        answers = list(pool.map(lambda n: fetch(url, n), range(total)))

    problems = []
    first = next((a for a in answers if "ids" in a), None)
    if first is None or len(first["ids"]) != 3:
        problems.append(f"no answer with the 3 seeded accounts: {answers[:1]}")
    good = []
    for n, a in enumerate(answers):
        if "error" in a:
            problems.append(f"request {n}: {a['error']}")
        elif a.get("n") != n:
            problems.append(f"request {n}: got the answer of request {a.get('n')}")
        elif first is not None and a["ids"] != first["ids"]:
            problems.append(f"request {n}: accounts {a['ids']} differ from {first['ids']}")
        elif first is not None and (a["wanted"] != first["ids"][n % 3] or a["read"] != a["wanted"]):
            problems.append(f"request {n}: asked for {a['wanted']}, read {a['read']}")
        elif a.get("cwd_ok") is not True:
            problems.append(f"request {n}: ConfigManager did not take the request's working directory")
        elif a.get("zts") != 1:
            problems.append(f"request {n}: served by a PHP without ZTS")
        else:
            good.append(a)
    pids = sorted({a["pid"] for a in good})
    threads = {a["thread"] for a in good}
    overlap, overlap_threads = max_overlap(good) if good else (0, 0)
    print(
        f"threaded check: {len(good)}/{total} answers right from {concurrency} client threads; "
        f"process(es) {pids}; {len(threads)} PHP thread(s) served; "
        f"at most {overlap} requests ran at once on {overlap_threads} distinct threads"
    )
    if len(pids) != 1:
        problems.append(f"expected one Apache child process, answers came from {pids}")
    if overlap_threads < 2:
        problems.append("the requests never ran on two PHP threads at the same time")
    for p in problems[:20]:
        print("FAIL:", p)
    if len(problems) > 20:
        print(f"FAIL: ... and {len(problems) - 20} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
