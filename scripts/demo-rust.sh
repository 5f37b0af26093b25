#!/usr/bin/env bash
# Builds the sandbox and the Rust example, starts the sandbox on a free port, runs the
# example against it, and stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked -p exsited-sandbox -p exsited-core --examples --bins
source scripts/sandbox.sh
sandbox_start --seed 5
trap sandbox_stop EXIT
EXSITED_URL="${EXSITED_URL:-$SANDBOX_URL}" cargo run --locked -q -p exsited-core --example accounts
