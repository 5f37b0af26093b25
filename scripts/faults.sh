#!/usr/bin/env bash
# The fault suite (tests/faults): runs the matrix of injected faults x operations and the
# token-behaviour cases through every runner that is available, then prints one report.
#
#   scripts/faults.sh            full matrix, all token and bad-input cases, secrets check
#   scripts/faults.sh --short    the subset marked "short" (+ token, bad-input, secrets; < 2 min), for make test
#
# Runners
#   rust    the plain matrix cases: driver.py + cargo example `faults_adapter` (tests/faults/adapter.rs);
#           its own scenarios: cargo example `faults` (tests/faults/runner.rs), in-process sandbox. Always run.
#   python  tests/faults/runner.py, when present and `exsited` imports in $PYTHON_VENV
#           (default .venv-test, as scripts/test-python.sh makes it).
#   php     tests/faults/runner.php, when present and target/debug/libexsited_php.so exists.
#   fleet   tests/fleet/run.py, when both the python and the php runner ran: 4 Python + 4 PHP
#           processes on one set of credentials, with and without a Redis token store
#           (needs redis-server; scripts/install-deps.sh installs it).
# For every language, against a sandbox of its own started here:
#   tests/faults/driver.py --url SANDBOX_URL --matrix tests/faults/matrix.json [--short] -- <adapter>
# runs the plain matrix cases through tests/faults/adapter.{rs,py,php} (one operation per
# request), then <runner> --url SANDBOX_URL --matrix tests/faults/matrix.json [--short] runs the
# language's own scenarios (idle close, token, Ctrl-C, bad input; the Rust runner starts an
# in-process sandbox). Both print the JSON lines of
# tests/faults/report.py on stdout (progress on stderr) and exit 0 (all as expected), 1 (some
# case failed) or anything else (crashed). Lines and report end up in target/faults/.
#
# Then scripts/secrets.sh (tests/security): every operation in Python and PHP with every
# print/debug switch on, output scanned for the client secret, issued tokens and card data.
#
# Exit status: 0 when every case of every runner met its expectation, no invariant
# (duplicate creates, lost acknowledged writes, panics, timeout overruns) was broken and the
# secrets scan found nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

SHORT=()
for arg in "$@"; do
  case "$arg" in
    --short) SHORT=(--short) ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

TARGET="${CARGO_TARGET_DIR:-target}"
OUT="$TARGET/faults"
mkdir -p "$OUT"
rm -f "$OUT"/*.jsonl
MATRIX=tests/faults/matrix.json
crashed=()

echo "==> building the Rust fault runner, the sandbox (and the PHP extension when php is here)"
cargo build -q -p exsited-core --example faults --example faults_adapter
cargo build -q -p exsited-sandbox
if command -v php >/dev/null && [ -f php/Cargo.toml ]; then
  # A stale extension would test old code (cheap when it is up to date).
  cargo build -q -p exsited-php || echo "==> warning: the PHP extension did not build; the php runner uses what is there"
fi

# shellcheck source=scripts/sandbox.sh
source scripts/sandbox.sh

echo "==> rust matrix (driver.py + adapter.rs) ${SHORT[*]:-}"
sandbox_start >/dev/null
set +e
python3 tests/faults/driver.py --url "$SANDBOX_URL" --matrix "$MATRIX" "${SHORT[@]}" \
  -- "$TARGET/debug/examples/faults_adapter" --url "$SANDBOX_URL" >"$OUT/rust.jsonl"
rc=$?
set -e
sandbox_stop
SANDBOX_PID=""
if [ "$rc" -gt 1 ]; then crashed+=("rust driver (exit $rc)"); fi

echo "==> rust runner ${SHORT[*]:-}"
set +e
"$TARGET/debug/examples/faults" --matrix "$MATRIX" "${SHORT[@]}" --out "$OUT/rust-runner.jsonl"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then crashed+=("rust (exit $rc)"); fi

# run_external NAME COMMAND...: against a fresh sandbox, the driver runs the plain matrix
# cases through the adapter in ADAPTER (an array), then the runner COMMAND its own scenarios.
run_external() {
  local name="$1"
  shift
  echo "==> $name matrix (driver.py + adapter) and runner ${SHORT[*]:-}"
  SANDBOX_URL=""
  sandbox_start >/dev/null
  set +e
  python3 tests/faults/driver.py --url "$SANDBOX_URL" --matrix "$MATRIX" "${SHORT[@]}" \
    -- "${ADAPTER[@]}" --url "$SANDBOX_URL" >"$OUT/$name.jsonl"
  local driver_code=$?
  "$@" --url "$SANDBOX_URL" --matrix "$MATRIX" "${SHORT[@]}" >>"$OUT/$name.jsonl"
  local code=$?
  set -e
  sandbox_stop
  SANDBOX_PID=""
  if [ "$driver_code" -gt 1 ]; then crashed+=("$name driver (exit $driver_code)"); fi
  if [ "$code" -gt 1 ]; then crashed+=("$name (exit $code)"); fi
}

VENV="${PYTHON_VENV:-.venv-test}"
case "$VENV" in /*) ;; *) VENV="$PWD/$VENV" ;; esac
PY="$VENV/bin/python"
if [ -f tests/faults/runner.py ]; then
  # Imported from / so that the installed package is the one found.
  if [ -x "$PY" ] && (cd / && "$PY" -c 'import exsited') 2>/dev/null; then
    native="$(cd / && "$PY" -c 'import exsited._native as n; print(n.__file__)')"
    if [ -n "$(find core/src python/src -name '*.rs' -newer "$native" 2>/dev/null | head -1)" ]; then
      echo "==> warning: the installed exsited package is older than core/src or python/src (make test-python reinstalls it)"
    fi
    ADAPTER=("$PY" tests/faults/adapter.py)
    run_external python "$PY" tests/faults/runner.py
  else
    echo "==> python runner skipped: the exsited package is not installed in ${PYTHON_VENV:-.venv-test} (run make test-python)"
  fi
else
  echo "==> python runner: tests/faults/runner.py not present"
fi

SO="$PWD/$TARGET/debug/libexsited_php.so"
if [ -f tests/faults/runner.php ]; then
  if command -v php >/dev/null && [ -f "$SO" ]; then
    ADAPTER=(php -d "extension=$SO" tests/faults/adapter.php)
    run_external php php -d "extension=$SO" tests/faults/runner.php
  else
    echo "==> php runner skipped: php or $SO missing (run make test-php)"
  fi
else
  echo "==> php runner: tests/faults/runner.php not present"
fi

if [ -f tests/fleet/run.py ]; then
  if [ -x "$PY" ] && (cd / && "$PY" -c 'import exsited') 2>/dev/null && command -v php >/dev/null && [ -f "$SO" ]; then
    echo "==> fleet (tests/fleet/run.py)"
    if ! command -v redis-server >/dev/null; then
      crashed+=("fleet (redis-server is not installed: run scripts/install-deps.sh)")
    else
      set +e
      python3 tests/fleet/run.py --python "$PY" --php-so "$SO" --out "$OUT/fleet.jsonl" >/dev/null
      code=$?
      set -e
      if [ "$code" -gt 1 ]; then crashed+=("fleet (exit $code)"); fi
    fi
  else
    echo "==> fleet skipped: it needs both the python package and the php extension"
  fi
fi

echo "==> report"
set +e
python3 tests/faults/report.py "$OUT"/*.jsonl | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
set -e
if [ "${#crashed[@]}" -gt 0 ]; then
  echo "runner(s) crashed: ${crashed[*]}"
  status=1
fi

echo
echo "==> secrets (scripts/secrets.sh)"
set +e
scripts/secrets.sh | tee "$OUT/secrets.txt"
secrets_status=${PIPESTATUS[0]}
set -e
if [ "$secrets_status" -ne 0 ]; then status=1; fi
echo
echo "fault suite: $(tail -1 "$OUT/report.txt" | sed 's/^FAULT SUITE: //'); $(grep -m1 '^secrets:' "$OUT/secrets.txt" | cut -d'(' -f1 || echo 'secrets: not run')"
exit "$status"
