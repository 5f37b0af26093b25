#!/usr/bin/env bash
# Checks that the workspace's rust-version is what the lock file needs: the highest
# `rust-version` any locked package declares (cargo metadata lists them). Run in CI next to the
# build on that toolchain, so a `cargo update` that raises the minimum cannot go unnoticed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --locked --format-version 1 | python3 -c '
import json, re, sys
meta = json.load(sys.stdin)
def key(v): return tuple(int(x) for x in v.split("."))
need = max(((key(p["rust_version"]), p["name"], p["version"]) for p in meta["packages"]
            if p.get("rust_version") and p["source"]), default=None)
declared = re.search(r"^rust-version\s*=\s*\"([0-9.]+)\"", open("Cargo.toml").read(), re.M).group(1)
if need is None:
    sys.exit("no locked package declares a rust-version")
need_str = ".".join(map(str, need[0]))
print(f"workspace rust-version {declared}; the lock file needs {need_str} ({need[1]} {need[2]})")
if key(declared)[:2] != need[0][:2]:
    sys.exit(f"set rust-version = \"{need_str}\" in Cargo.toml [workspace.package] (and in the README)")
'
