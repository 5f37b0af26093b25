#!/usr/bin/env bash
# Installs the Python package the same way as the tests, starts the sandbox and runs every
# example of examples/python against it.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${PYTHON_VENV:-.venv-test}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
PY="$(cd "$(dirname "$VENV/bin/python")" && pwd)/python"
"$PY" -m pip install -q --disable-pip-version-check "maturin>=1.5,<2"
"$PY" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps .

# shellcheck source=scripts/sandbox.sh
source scripts/sandbox.sh
sandbox_start
trap sandbox_stop EXIT

"$PY" examples/python/run_all.py
