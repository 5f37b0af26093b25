#!/usr/bin/env bash
# Secret-leak check (tests/security): runs every operation through the Python SDK and the PHP
# extension with every print/debug switch on (SDKConfig.PRINT_REQUEST_DATA/PRINT_RAW_RESPONSE,
# logging at DEBUG for `exsited` and root, EXSITED_LOG=debug, PHP exsited.log_level=debug and a
# PSR-3 logger, RUST_LOG=trace, PHP var_dump/print_r of
# answers and exceptions), card payment methods and error paths (401 wrong secret, 4xx, 5xx),
# against a sandbox started with a distinctive client secret. The whole output (stdout and
# stderr of both runs) is scanned for the client secret, every access and refresh token the
# sandbox issued, the card number, the card token and the CVV.
#
#   scripts/secrets.sh      prints `secrets: 0 hits (...)` or the hits; exit 0 / 1 (hits) / 2
# Output goes to target/secrets/. A missing binding (no .venv-test package, no php or .so) is
# skipped with a note; with neither, the check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET="${CARGO_TARGET_DIR:-target}"
OUT="$TARGET/secrets"
mkdir -p "$OUT"
rm -f "$OUT"/*.log

# Distinctive values: random per run, so that a hit can only come from this run.
rnd() { head -c 64 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c "$1"; }
SECRET="sk-live-$(rnd 32)"
CARD_NUMBER="4$(od -An -N8 -tu8 /dev/urandom | tr -d ' ' | head -c 15)"
while [ "${#CARD_NUMBER}" -lt 16 ]; do CARD_NUMBER="${CARD_NUMBER}7"; done
CARD_TOKEN="tok_live_$(rnd 24)"
# Four digits, never a year (the output is full of dates), so that a hit means a leak.
CARD_CVV="$(( (RANDOM % 7900) + 2100 ))"
export EXSITED_TEST_SECRET="$SECRET" CARD_NUMBER CARD_TOKEN CARD_CVV
# The core's log at DEBUG in both bindings (Python: also set by the run itself; PHP: the
# ini setting below for clients without a logger, a PSR-3 logger on the main client).
export RUST_LOG=trace RUST_BACKTRACE=1 EXSITED_LOG=debug

if [ ! -x "$TARGET/debug/exsited-sandbox" ]; then cargo build --locked -q -p exsited-sandbox; fi
# shellcheck source=scripts/sandbox.sh
source scripts/sandbox.sh
sandbox_start --client-secret "$SECRET" --seed 3 >/dev/null
trap sandbox_stop EXIT

ran=0
VENV="${PYTHON_VENV:-.venv-test}"
case "$VENV" in /*) ;; *) VENV="$PWD/$VENV" ;; esac
if [ -x "$VENV/bin/python" ] && (cd / && "$VENV/bin/python" -c 'import exsited') 2>/dev/null; then
  (cd / && "$VENV/bin/python" "$OLDPWD/tests/security/secrets_run.py") >"$OUT/python.stdout.log" 2>"$OUT/python.stderr.log" || true
  echo "python: $(grep -c '^=== ' "$OUT/python.stdout.log") calls run, $(wc -c <"$OUT/python.stdout.log") + $(wc -c <"$OUT/python.stderr.log") bytes of output"
  ran=$((ran + 1))
else
  echo "python: skipped (the exsited package is not installed in $VENV)"
fi
SO="$PWD/$TARGET/debug/libexsited_php.so"
if command -v php >/dev/null && [ -f "$SO" ]; then
  php -d "extension=$SO" -d zend.exception_ignore_args="${PHP_EXCEPTION_IGNORE_ARGS:-0}" -d display_errors=stderr -d log_errors=1 -d error_log= -d exsited.log_level=debug \
    tests/security/secrets_run.php >"$OUT/php.stdout.log" 2>"$OUT/php.stderr.log" || true
  echo "php:    $(grep -c '^=== ' "$OUT/php.stdout.log") calls run, $(wc -c <"$OUT/php.stdout.log") + $(wc -c <"$OUT/php.stderr.log") bytes of output"
  ran=$((ran + 1))
else
  echo "php:    skipped (php or $SO missing)"
fi
if [ "$ran" -eq 0 ]; then echo "secrets: nothing ran"; exit 2; fi
# The sandbox's own log is not the client's output, but it is captured too (it masks secrets).
set +e
python3 tests/security/scan.py --url "$SANDBOX_URL" --secret "$SECRET" --card "$CARD_NUMBER" \
  --card-token "$CARD_TOKEN" --cvv "$CARD_CVV" "$OUT"/*.log | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
exit "$status"
