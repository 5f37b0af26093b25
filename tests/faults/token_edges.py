"""Token cases of the Python fault runner (runner.py) for hostile token answers
(``token_answers`` in matrix.json), a token cache file an attacker prepared, and a fork while
another thread's first call waits on a slow token endpoint. Each function takes the runner's
``Ctx`` and returns one report line (tests/faults/report.py)."""

import json
import os
import select
import signal
import threading
import time

from adapter import CLIENT_ID, CLIENT_SECRET, LANG, classify, make_sdk


def _line(name, fault, outcomes, want, tokens, expect_tokens, data, elapsed, mismatches, message=None):
    failed = sum(1 for o, w in zip(outcomes, want) if o != w) + abs(len(outcomes) - len(want))
    return {
        "lang": LANG, "suite": "token", "name": name, "kind": name.split("/", 1)[-1], "class": "token",
        "op": "accounts.details", "fault": fault, "expect": "ok", "outcome": "ok" if not mismatches else
        next((o for o, w in zip(outcomes, want) if o != w), "error"),
        "pass": not mismatches, "mismatches": mismatches, "message": message,
        "calls": len(outcomes), "failed": failed, "token_requests": tokens, "expect_token_requests": expect_tokens,
        "requests": {"data": data, "token": tokens, "statuses": []}, "dup_creates": 0, "lost_writes": 0,
        "elapsed_ms": int(elapsed * 1000), "budget_ms": None, "overrun_ms": 0,
        "panics": sum(1 for o in outcomes if o == "panic"),
    }


def _calls(sdk, n):
    outcomes, messages = [], []
    for i in range(n):
        try:
            sdk.account.details(id=f"SD{i % 20 + 1:04d}")
            outcomes.append("ok")
        except BaseException as e:  # noqa: BLE001
            kind, _, message, _ = classify(e)
            outcomes.append(kind)
            messages.append(message)
    return outcomes, (messages[0] if messages else None)


def _counts(reqs):
    data = sum(1 for r in reqs if r.get("path", "").startswith(("/api/v2/", "/api/v3/")))
    token = sum(1 for r in reqs if "oauth2/token" in r.get("path", ""))
    return data, token


def _real_token(ctx):
    status, data = ctx.sb.http("POST", "/api/v1/oauth2/token", {
        "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    if status != 200:
        raise RuntimeError(f"token endpoint answered {status}")
    return data


def token_answer_case(ctx, case, n):
    """One ``token_answers`` case: every token request answered with a real token merged with
    the case's ``answer``; sequential calls; outcomes, token requests and the cache file checked."""
    calls = case.get("calls", 4)
    answer = {"access_token": _real_token(ctx)["access_token"], "token_type": "Bearer", **case.get("answer", {})}
    cache = os.path.join(ctx.work, f"answer-{n}.json")
    sdk = make_sdk(ctx.url, ctx.settings, cache=cache)
    ctx.sb.hook("DELETE", "requests")
    fault = {"kind": "status", "status": 200, "path": "/api/v1/oauth2/token", "times": case.get("times", 100),
             "body": answer}
    ctx.sb.install(fault)
    started = time.monotonic()
    outcomes, message = _calls(sdk, calls)
    elapsed = time.monotonic() - started
    ctx.sb.hook("DELETE", "faults")
    data, tokens = _counts(ctx.sb.settle())
    want = case.get("expect_outcomes", ["ok"] * calls)
    mism = []
    if outcomes != want:
        mism.append(f"outcomes {outcomes}, want {want}")
    expect_tokens = case.get("expect_token_requests")
    if expect_tokens is not None and tokens != expect_tokens:
        mism.append(f"token requests {tokens} != {expect_tokens}")
    stored = open(cache, encoding="utf-8", errors="replace").read() if os.path.exists(cache) else ""
    if "\\r" in stored or "\\n" in stored or "Injected" in stored:
        mism.append("the token cache file holds the unusable token")
    return _line(case["name"], fault, outcomes, want, tokens, expect_tokens, data, elapsed, mism, message)


def _private_regular_file(path):
    try:
        st = os.lstat(path)
    except OSError as e:
        return [f"no cache file: {e}"]
    if os.path.islink(path):
        return ["the cache path became a symbolic link"]
    if st.st_mode & 0o077:
        return [f"the cache file has mode {st.st_mode & 0o777:o}"]
    return []


def _victim(directory):
    os.makedirs(directory, exist_ok=True)
    victim = os.path.join(directory, "victim.txt")
    with open(victim, "w") as f:
        f.write("victim\n")
    os.chmod(victim, 0o644)
    return victim


def _read(path):
    with open(path) as f:
        return f.read()


def cache_planted_link(ctx):
    """A link to a victim planted at the temp name the old code used (<cache>.tmp.<pid>)."""
    directory = os.path.join(ctx.work, "planted")
    victim = _victim(directory)
    cache = os.path.join(directory, "tokens.json")
    planted = f"{cache}.tmp.{os.getpid()}"
    os.symlink(victim, planted)
    sdk = make_sdk(ctx.url, ctx.settings, cache=cache)
    started = time.monotonic()
    outcomes, message = _calls(sdk, 1)
    mism = [] if outcomes == ["ok"] else [f"outcome {outcomes}, want ok"]
    if _read(victim) != "victim\n":
        mism.append("the victim file was overwritten through the planted link")
    mism += _private_regular_file(cache)
    return _line("token/cache_planted_temp_link", {"planted_link": "<cache>.tmp.<pid> -> victim"}, outcomes,
                 ["ok"], 0, None, 0, time.monotonic() - started, mism, message)


def cache_refused(ctx, what):
    """A cache path that is a link, or a file of another user: a config error naming the path,
    no request sent, the victim untouched."""
    directory = os.path.join(ctx.work, f"refused-{what}")
    victim = _victim(directory)
    cache = os.path.join(directory, "tokens.json")
    if what == "link":
        os.symlink(victim, cache)
    elif os.geteuid() == 0:
        with open(cache, "w") as f:
            f.write("{}")
        os.chown(cache, 65534, 65534)
    else:
        cache = "/etc/passwd"  # root's; refused before anything is opened
    sdk = make_sdk(ctx.url, ctx.settings, cache=cache)
    ctx.sb.hook("DELETE", "requests")
    started = time.monotonic()
    outcomes, message = _calls(sdk, 1)
    data, tokens = _counts(ctx.sb.settle())
    mism = [] if outcomes == ["error:config"] else [f"outcome {outcomes}, want error:config"]
    why = "symbolic link" if what == "link" else "another user"
    if why not in (message or "") or cache not in (message or ""):
        mism.append(f"the message does not name the path and the reason: {message}")
    if _read(victim) != "victim\n":
        mism.append("the victim file changed")
    if data + tokens:
        mism.append(f"{data + tokens} request(s) sent with a refused cache")
    name = "token/cache_path_is_link" if what == "link" else "token/cache_foreign_owner"
    return _line(name, {"cache": what}, outcomes, ["error:config"], tokens, 0, data, time.monotonic() - started,
                 mism, message)


FORK_TOKEN_DELAY_MS = 3000
FORK_CHILD_GUARD = 15.0


def fork_during_token_fetch(ctx):
    """Thread A's first call waits on a slow token endpoint (the token lock is held); the main
    thread forks; the child's call must succeed within its timeout (it fetches its own token)."""
    timeout = 4.0
    sdk = make_sdk(ctx.url, ctx.settings, timeout=timeout)
    bound = timeout + ctx.settings.connect_timeout  # one attempt's limit
    ctx.sb.hook("DELETE", "requests")
    fault = {"kind": "delay", "delay_ms": FORK_TOKEN_DELAY_MS, "path": "/api/v1/oauth2/token", "times": 1}
    ctx.sb.install(fault)
    box = {}

    def first_call():
        box["parent"] = _calls(sdk, 1)

    thread = threading.Thread(target=first_call, daemon=True)
    started = time.monotonic()
    thread.start()
    mism = []
    # Fork only once the token request is at the server (its answer is held by the delay).
    while not any("oauth2/token" in r.get("path", "") and r.get("status") is None for r in ctx.sb.requests()):
        if time.monotonic() - started > 5:
            mism.append("the token request never reached the server")
            break
        time.sleep(0.02)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: one call with the client made before the fork
        os.close(read_end)
        began = time.monotonic()
        outcomes, message = _calls(sdk, 1)
        os.write(write_end, json.dumps({"outcome": outcomes[0], "message": message,
                                        "elapsed": time.monotonic() - began}).encode())
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], FORK_CHILD_GUARD)
    raw = os.read(read_end, 65536) if ready else b""
    os.close(read_end)
    if not raw:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    thread.join(FORK_TOKEN_DELAY_MS / 1000 + timeout + 5)
    child = json.loads(raw) if raw else {"outcome": "hang", "message": f"no answer after {FORK_CHILD_GUARD} s",
                                         "elapsed": FORK_CHILD_GUARD}
    ctx.sb.hook("DELETE", "faults")
    data, tokens = _counts(ctx.sb.settle())
    if child["outcome"] != "ok":
        mism.append(f"the child's call: {child['outcome']} ({child['message']})")
    if child["elapsed"] > bound + 1.0:
        mism.append(f"the child's call took {child['elapsed']:.1f} s, over its {bound:.0f} s bound")
    parent = box.get("parent", (["hang"], None))
    if parent[0] != ["ok"]:
        mism.append(f"the parent's call: {parent[0]} ({parent[1]})")
    line = _line("token/fork_during_token_fetch",
                 {**fault, "fork": "while another thread's first call waits for its token"},
                 [parent[0][0], child["outcome"]], ["ok", "ok"], tokens, None, data,
                 time.monotonic() - started, mism, child["message"])
    line["child"] = {"outcome": child["outcome"], "elapsed_ms": int(child["elapsed"] * 1000),
                     "bound_ms": int(bound * 1000)}
    return line
