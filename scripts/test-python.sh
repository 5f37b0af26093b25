#!/usr/bin/env bash
# Builds and installs the Python package (`pip install .`) into a virtualenv, then checks it:
# generated DTO modules up to date, native stub in step (stubtest), mypy on the examples,
# and the pytest suite against the sandbox. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${PYTHON_VENV:-.venv-test}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
PY="$(cd "$(dirname "$VENV/bin/python")" && pwd)/python"

echo "==> installing tools and the package (pip install .)"
"$PY" -m pip install -q --disable-pip-version-check "maturin>=1.5,<2" pytest mypy hypothesis
"$PY" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps .

if [ ! -x "${CARGO_TARGET_DIR:-target}/debug/exsited-sandbox" ]; then
  echo "==> building the sandbox"
  cargo build --locked -q -p exsited-sandbox
fi

echo "==> generated files match api/"
"$PY" codegen/generate.py --check

# Run from outside the repo so that the installed package is the one imported.
echo "==> stubtest exsited._native"
(cd / && "$PY" -m mypy.stubtest exsited._native)

echo "==> mypy --strict on examples/python and on the package"
"$PY" -m mypy --strict examples/python tests/python/typing_exports.py tests/python/typing_raw.py
"$PY" -m mypy --strict python/exsited

echo "==> pytest tests/python"
"$PY" -m pytest tests/python -q "$@"
