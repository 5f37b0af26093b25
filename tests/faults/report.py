#!/usr/bin/env python3
"""Fault-suite report: reads the JSON lines of any number of fault runners (Rust, Python, PHP)
and prints one table, case x language, then the totals. Exits 1 if any case misses its
expectation or any invariant is broken, 2 if there is nothing (or something unreadable) to
report. Python 3 standard library only.

    python3 tests/faults/report.py rust.jsonl python.jsonl php.jsonl
    cargo run -q -p exsited-core --example faults | python3 tests/faults/report.py -
    options: --long (one row per case and language), --quiet (totals and failures only)

LINE FORMAT (one JSON object per line; lines not starting with "{" are ignored)
=================================================================================
Every runner reads tests/faults/matrix.json, runs each case once (fresh client, the matrix's
`client` settings, the target set up before the fault is installed, the sandbox request log
cleared just before the call) and prints one line per case:

  required
    lang         "rust" | "python" | "php"
    name         the case name from the matrix ("drop_after/accounts.create"), or a token case
                 ("token/single_flight_16_tasks", "token/expiry_mid_run",
                 "token/shared_cache_8_processes", "token/401_storm_in_flight_16",
                 "token/401_storm_fault_16")
    class        "read" | "create" | "update" | "delete" | "upload" | "token"
    expect       the matrix's expectation: "ok" or "error:<kind>"
    outcome      what happened: "ok", "error:<kind>" with the core's kind names (validation,
                 authentication, permission, not_found, conflict, rate_limit, server, api,
                 timeout, connection, decode, usage, config), "panic" or "hang"
                 (a binding maps its exception class back to the kind)
    pass         true when outcome == expect AND the request counts match the matrix's
                 expect_data_requests / expect_token_requests (when given); token cases:
                 every call succeeded and the token-request rule held
    requests     {"data": N, "token": M, "statuses": [...]}: what the sandbox logged for
                 this case (GET /__sandbox__/requests); statuses are the logged answers
                 (number, "dropped", "reset", "abandoned")
    dup_creates  creates the server holds beyond the one create attempted (create class:
                 counters.creates delta - 1; upload class: notes with the case's text - 1);
                 must be 0
    lost_writes  writes the client was told succeeded that the server does not hold
                 (created id missing, update not applied, deleted account still there, note
                 missing); must be 0
    panics       panics / fatal errors / crashed processes during the case; must be 0
    overrun_ms   max(0, elapsed_ms - budget_ms); must be <= max_overrun_ms when the line
                 carries one (the matrix case's own, e.g. 100 for the drip cases), else 1000

  bad-input lines (suite "bad_input", class "input", name "input/<case>"): a call with bad
    input; expect "error:usage" / "error:config" (or "error:php:<Class>" when PHP itself refuses
    the call), or "error:not_found" for a hostile but valid id that must stay inside one path
    segment (expect_path: the one path the sandbox must see, answered 404). requests.data and
    requests.token must be 0 otherwise. Printed as their own table (case, language, exception
    class, requests sent, message), not in the fault table. exception: the class name.
    expected_failure (any line): text saying why this case is known to fail for now; such a
    failing line is reported as "xfail" and does not fail the suite (one that passes is "xpass").

  fleet lines (suite "fleet", from tests/fleet/run.py): one set of credentials used by several
    Python and PHP processes at once, with and without a shared Redis token store. Fields:
    name, mode, store, processes, calls, ok, failed, token_requests, revoked_token_rejections,
    pass, mismatches. Printed as their own table; a failing one fails the suite.

  optional (shown or summed when present)
    suite "matrix"|"token"|"interrupt", kind, op, fault, mismatches [text], message (error text),
    exception (the exception class), elapsed_ms, budget_ms (read timeout per attempt the fault
    stalls + max_backoff per retry + every Retry-After waited), server_creates, expect_data_requests,
    expect_token_requests, calls, failed, token_requests (token cases), max_overrun_ms
"""

import json
import signal
import sys

MAX_OVERRUN_MS = 1000
LANG_ORDER = {"rust": 0, "python": 1, "php": 2}
REQUIRED = ("lang", "name", "class", "expect", "outcome", "pass", "requests",
            "dup_creates", "lost_writes", "panics", "overrun_ms")
FLEET_REQUIRED = ("name", "mode", "store", "processes", "calls", "failed", "token_requests",
                  "revoked_token_rejections", "pass")


def read_lines(paths):
    """Parsed lines and a list of problems (unreadable files, broken or incomplete lines)."""
    lines, problems = [], []
    for path in paths:
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
        except OSError as e:
            problems.append(f"{path}: {e}")
            continue
        with stream:
            for number, raw in enumerate(stream, 1):
                raw = raw.strip()
                if not raw.startswith("{"):
                    continue
                try:
                    line = json.loads(raw)
                except ValueError as e:
                    problems.append(f"{path}:{number}: not JSON ({e})")
                    continue
                required = FLEET_REQUIRED if line.get("suite") == "fleet" else REQUIRED
                missing = [k for k in required if k not in line]
                if missing:
                    problems.append(f"{path}:{number}: missing {', '.join(missing)}")
                    continue
                lines.append(line)
    return lines, problems


def num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0


def broken_invariants(line):
    out = []
    if num(line["dup_creates"]):
        out.append(f"{line['dup_creates']} duplicate create(s)")
    if num(line["lost_writes"]):
        out.append(f"{line['lost_writes']} lost acknowledged write(s)")
    if num(line["panics"]):
        out.append(f"{line['panics']} panic(s)")
    limit = overrun_limit(line)
    if num(line["overrun_ms"]) > limit:
        out.append(f"overran its budget by {line['overrun_ms']} ms (limit {limit} ms)")
    return out


def overrun_limit(line):
    """The most this line may outlive its budget: its own max_overrun_ms, else the default."""
    own = line.get("max_overrun_ms")
    return own if isinstance(own, (int, float)) and not isinstance(own, bool) else MAX_OVERRUN_MS


def verdict(line):
    """(ok, reasons)."""
    reasons = []
    if line["outcome"] != line["expect"]:
        reasons.append(f"outcome {line['outcome']} != expected {line['expect']}")
    if line["pass"] is not True:
        reasons.extend(line.get("mismatches") or ["runner marked it failed"])
    reasons.extend(broken_invariants(line))
    # De-duplicate, keep order.
    seen, unique = set(), []
    for r in reasons:
        if r not in seen:
            seen.add(r)
            unique.append(r)
    return not unique, unique


def known_gap(line):
    """A failing line marked expected_failure: reported, but not a suite failure."""
    return bool(line.get("expected_failure")) and not verdict(line)[0]


def cell(line):
    ok, _ = verdict(line)
    req = line["requests"] if isinstance(line["requests"], dict) else {}
    seen = f"{num(req.get('data'))}+{num(req.get('token'))}"
    mark = "ok " if ok else ("xf " if known_gap(line) else "XX ")
    return (f"{mark}{line['outcome'][:20]:<20} {seen:>8} "
            f"{num(line['dup_creates']):>3} {num(line['lost_writes']):>4} {num(line['overrun_ms']):>6}")


CELL_HEAD = f"   {'outcome':<20} {'req d+t':>8} {'dup':>3} {'lost':>4} {'over':>6}"


def main(argv):
    long_form = "--long" in argv
    quiet = "--quiet" in argv
    paths = [a for a in argv if a not in ("--long", "--quiet")] or ["-"]
    lines, problems = read_lines(paths)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if not lines:
        print("no fault-runner lines to report", file=sys.stderr)
        return 2
    if not any(l.get("suite") != "fleet" for l in lines):
        print_fleet(lines)
        failing = [l for l in lines if l["pass"] is not True]
        print("\nFAULT SUITE: " + ("FAILED" if failing else "passed"))
        return 1 if failing else 0

    fleet = [l for l in lines if l.get("suite") == "fleet"]
    lines = [l for l in lines if l.get("suite") != "fleet"]
    langs = sorted({l["lang"] for l in lines}, key=lambda x: (LANG_ORDER.get(x, 9), x))
    inputs = [l for l in lines if l.get("suite") == "bad_input"]
    lines = [l for l in lines if l.get("suite") != "bad_input"]
    names = []
    by_key = {}
    for l in lines:
        if l["name"] not in by_key:
            names.append(l["name"])
            by_key[l["name"]] = {}
        by_key[l["name"]][l["lang"]] = l  # a repeated case: the last line wins

    width = max((len(n) for n in names), default=10) + 2
    expect_w = max((len(by_key[n][next(iter(by_key[n]))]["expect"]) for n in names), default=6) + 2
    if not quiet and names:
        if long_form:
            print(f"{'case':<{width}}{'lang':<8}{'expect':<{expect_w}}{CELL_HEAD}")
            for n in names:
                for lang in langs:
                    if lang in by_key[n]:
                        l = by_key[n][lang]
                        print(f"{n:<{width}}{lang:<8}{l['expect']:<{expect_w}}{cell(l)}")
        else:
            head = f"{'case':<{width}}{'expect':<{expect_w}}" + " | ".join(
                f"{lang:^{len(CELL_HEAD)}}" for lang in langs)
            sub = " " * (width + expect_w) + " | ".join(CELL_HEAD for _ in langs)
            print(head)
            print(sub)
            print("-" * len(sub))
            for n in names:
                row = by_key[n]
                expect = row[next(iter(row))]["expect"]
                cells = [cell(row[lang]) if lang in row else f"{'   (not run)':<{len(CELL_HEAD)}}" for lang in langs]
                print(f"{n:<{width}}{expect:<{expect_w}}" + " | ".join(cells))
        print()

    failures = []
    if inputs and not quiet:
        print_inputs(inputs, langs)
    if fleet:
        print_fleet(fleet)
        failures.extend(("fleet", l["name"], l.get("mismatches") or ["failed"], l.get("first_error"))
                        for l in fleet if l["pass"] is not True)
    print("totals")
    gaps = []
    total_dup = total_lost = total_panics = 0
    worst_overrun = 0
    for lang in langs:
        mine = [l for l in lines if l["lang"] == lang]
        mine_inputs = [l for l in inputs if l["lang"] == lang]
        passed = sum(1 for l in mine if verdict(l)[0] or known_gap(l))
        dup = sum(num(l["dup_creates"]) for l in mine)
        lost = sum(num(l["lost_writes"]) for l in mine)
        panics = sum(num(l["panics"]) for l in mine)
        overrun = max((num(l["overrun_ms"]) for l in mine), default=0)
        over_limit = sum(1 for l in mine if num(l["overrun_ms"]) > overrun_limit(l))
        missing = [n for n in names if lang not in by_key[n]]
        total_dup += dup
        total_lost += lost
        total_panics += panics
        worst_overrun = max(worst_overrun, overrun)
        tokens = {l["name"]: l.get("token_requests") for l in mine if l["class"] == "token"}
        print(f"  {lang:<7} {len(mine):>4} cases, {passed:>4} as expected, {len(mine) - passed} failing; "
              f"dup creates {dup}, lost writes {lost}, panics {panics}, max overrun {overrun} ms "
              f"({over_limit} over their limit)" + (f"; {len(missing)} case(s) not run" if missing else ""))
        tight = [l for l in mine if l.get("max_overrun_ms") is not None]
        if tight:
            print(f"          bounded-time cases (drip, deadline): {len(tight)}, max overrun "
                  f"{max(num(l['overrun_ms']) for l in tight)} ms (limit {min(overrun_limit(l) for l in tight)} ms)")
        if tokens:
            print("          token requests: " + ", ".join(f"{k.split('/', 1)[-1]} {v}" for k, v in tokens.items()))
        if mine_inputs:
            refused = sum(1 for l in mine_inputs if verdict(l)[0] and not l.get("expect_path"))
            contained = sum(1 for l in mine_inputs if verdict(l)[0] and l.get("expect_path"))
            sent = sum(1 for l in mine_inputs if not l.get("expect_path") and
                       (num((l.get("requests") or {}).get("data")) or num((l.get("requests") or {}).get("token"))))
            print(f"          bad input: {len(mine_inputs)} cases, {refused} refused before any request, "
                  f"{contained} hostile ids kept in one path segment, {sent} sent to the server")
        for l in mine + mine_inputs:
            ok, reasons = verdict(l)
            if known_gap(l):
                gaps.append((lang, l["name"], l["expected_failure"], l.get("message")))
            elif not ok:
                failures.append((lang, l["name"], reasons, l.get("message")))
    print(f"{total_dup} duplicate creates")
    print(f"{total_lost} lost acknowledged writes")
    print(f"panics {total_panics}")
    print(f"max overrun {worst_overrun} ms (limit {MAX_OVERRUN_MS} ms)")
    if failures:
        print(f"\n{len(failures)} failing case(s):")
        for lang, name, reasons, message in failures:
            print(f"  [{lang}] {name}: {'; '.join(reasons)}" + (f"  ({message})" if message else ""))
    if gaps:
        print(f"\n{len(gaps)} expected failure(s) (known gaps, not counted as failures):")
        for lang, name, why, message in gaps:
            print(f"  [{lang}] {name}: {why}" + (f"  ({message})" if message else ""))
    xpass = [l for l in lines + inputs if l.get("expected_failure") and verdict(l)[0]]
    if xpass:
        print(f"\n{len(xpass)} case(s) marked expected_failure now pass (remove the mark):")
        for l in xpass:
            print(f"  [{l['lang']}] {l['name']}")
    if problems:
        print(f"\n{len(problems)} unreadable line(s) or file(s); see the warnings above")
    # Known gaps (expected_failure) are listed above but do not fail the suite.
    bad = failures or problems or total_dup or total_lost or total_panics or worst_overrun > MAX_OVERRUN_MS
    print("\nFAULT SUITE: " + ("FAILED" if bad else "passed"))
    return 1 if bad else 0


def print_inputs(inputs, langs):
    """The bad-input table: one row per case and language."""
    order = {lang: i for i, lang in enumerate(langs)}
    rows = sorted(inputs, key=lambda l: (order.get(l["lang"], 9), l["name"]))
    name_w = max(len(l["name"]) for l in rows) + 2
    cls_w = min(40, max(len(short_class(l.get("exception"))) for l in rows) + 2)
    print("bad input: refused before any request (sent = data+token requests the sandbox saw), "
          "or a hostile id kept inside one path segment")
    print(f"   {'case':<{name_w}}{'lang':<8}{'exception':<{cls_w}}{'sent':>5}  message / path")
    for l in rows:
        ok, reasons = verdict(l)
        mark = "ok " if ok else ("xf " if known_gap(l) else "XX ")
        req = l["requests"] if isinstance(l["requests"], dict) else {}
        sent = num(req.get("data")) + num(req.get("token"))
        text = (l.get("message") or "").replace("\n", " ")
        if l.get("expect_path"):
            text = f"{l['expect_path']} -> {req.get('statuses')}; {text}"
        if len(text) > 90:
            text = text[:87] + "..."
        print(f"{mark}{l['name']:<{name_w}}{l['lang']:<8}{short_class(l.get('exception'))[:cls_w - 1]:<{cls_w}}"
              f"{sent:>5}  {text}")
        if not ok and not known_gap(l):
            for r in reasons:
                print(f"{'':>{3 + name_w}}-> {r}")
    print()


def print_fleet(fleet):
    """The fleet table: one set of credentials, several processes, with and without a store."""
    print("fleet: one set of credentials used by several Python and PHP processes at once "
          "(sandbox mode single-session: a new token ends the earlier ones)")
    name_w = max(len(l["name"]) for l in fleet) + 2
    print(f"   {'case':<{name_w}}{'mode':<16}{'store':<7}{'procs':>6}{'calls':>7}{'token req':>10}"
          f"{'rejected':>9}{'failed':>8}")
    for l in fleet:
        mark = "ok " if l["pass"] is True else "XX "
        print(f"{mark}{l['name']:<{name_w}}{l['mode']:<16}{l['store']:<7}{num(l['processes']):>6}"
              f"{num(l['calls']):>7}{num(l['token_requests']):>10}{num(l['revoked_token_rejections']):>9}"
              f"{num(l['failed']):>8}")
        if l["pass"] is not True:
            for m in l.get("mismatches") or []:
                print(f"{'':>{3 + name_w}}-> {m}")
    print()


def short_class(name):
    """`Exsited\\Exception\\UsageException` -> `UsageException`; None -> `-` (no exception)."""
    if not name:
        return "-"
    return name.rsplit("\\", 1)[-1]


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    sys.exit(main(sys.argv[1:]))
