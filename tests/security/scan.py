#!/usr/bin/env python3
"""Scans captured output for secrets: the client secret, every access and refresh token the
sandbox issued (GET /__sandbox__/issued_tokens), the card number, card token and CVV.

    python3 tests/security/scan.py --url SANDBOX_URL --secret S --card N --card-token T --cvv C FILE...

Prints `secrets: 0 hits (...)` or every hit (file, line, which secret, the line with the secret
replaced by its name), and exits 1 on any hit, 2 when it cannot work (no tokens issued, a file
missing). Python 3 standard library only.
"""

import argparse
import json
import re
import sys
import urllib.request

# A UUID: the sandbox's ids are random ones, whose all-digit runs would match a short number.
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def short_number(value):
    """A pattern for a short number (the CVV) standing alone: not a piece of a longer run of
    letters or digits (a timestamp's milliseconds, a hex id), which would match by chance."""
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])")


def issued_tokens(url):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url.rstrip("/") + "/__sandbox__/issued_tokens", timeout=10) as r:
        return json.loads(r.read())["tokens"]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--secret", required=True)
    p.add_argument("--card", required=True)
    p.add_argument("--card-token", required=True)
    p.add_argument("--cvv", required=True)
    p.add_argument("files", nargs="+")
    a = p.parse_args(argv)
    tokens = issued_tokens(a.url)
    if not tokens:
        print("secrets: cannot scan: the sandbox issued no tokens", file=sys.stderr)
        return 2
    needles = {a.secret: "client secret", a.card: "card number", a.card_token: "card token"}
    cvv = short_number(a.cvv)
    # The card number also as it is often printed: in groups of four.
    needles[" ".join(a.card[i:i + 4] for i in range(0, len(a.card), 4))] = "card number (grouped)"
    for i, t in enumerate(tokens, 1):
        needles[t["access_token"]] = f"access token #{i}"
        needles[t["refresh_token"]] = f"refresh token #{i}"
    hits, scanned = [], 0
    for path in a.files:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError as e:
            print(f"secrets: cannot read {path}: {e}", file=sys.stderr)
            return 2
        scanned += len(text)
        for number, line in enumerate(text.splitlines(), 1):
            found = [what for needle, what in needles.items() if needle and needle in line]
            if cvv.search(UUID.sub("<uuid>", line)):
                found.append("card CVV")
            for what in found:
                shown = cvv.sub("<card CVV>", line)
                for n2, w2 in needles.items():
                    shown = shown.replace(n2, f"<{w2}>")
                hits.append((path, number, what, shown.strip()[:200]))
    summary = (f"{len(a.files)} file(s), {scanned} characters; looked for the client secret, "
               f"{len(tokens)} access + {len(tokens)} refresh tokens issued, card number, card token, CVV")
    if not hits:
        print(f"secrets: 0 hits ({summary})")
        return 0
    print(f"secrets: {len(hits)} hits ({summary})")
    for path, number, what, shown in hits[:200]:
        print(f"  {path}:{number}: {what}: {shown}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
