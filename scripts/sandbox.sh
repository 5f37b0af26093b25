# Sourced by the demo and test scripts: starts the sandbox binary on a free port.
# Sets SANDBOX_URL and SANDBOX_PID; sandbox_stop ends it and removes its output file.
sandbox_start() {
  local bin="${SANDBOX_BIN:-target/debug/exsited-sandbox}"
  if [ ! -x "$bin" ]; then cargo build --locked -q -p exsited-sandbox; fi
  SANDBOX_OUT="$(mktemp)"
  "$bin" --port 0 "$@" >"$SANDBOX_OUT" 2>&1 &
  SANDBOX_PID=$!
  for _ in $(seq 1 100); do
    if grep -q "listening on" "$SANDBOX_OUT"; then break; fi
    sleep 0.05
  done
  SANDBOX_URL="$(grep -o 'http://[0-9.:]*' "$SANDBOX_OUT" | head -1)"
  if [ -z "$SANDBOX_URL" ]; then echo "sandbox did not start:"; cat "$SANDBOX_OUT"; rm -f "$SANDBOX_OUT"; return 1; fi
  export SANDBOX_URL SANDBOX_PID
  echo "sandbox running at $SANDBOX_URL"
}
sandbox_stop() {
  if [ -n "${SANDBOX_PID:-}" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  if [ -n "${SANDBOX_OUT:-}" ]; then rm -f "$SANDBOX_OUT"; fi
}
