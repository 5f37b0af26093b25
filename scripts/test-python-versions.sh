#!/usr/bin/env bash
# `make test-pythons`: the whole pytest suite on the oldest and the newest CPython the package
# supports (3.9 and 3.13 by default; PYTHON_VERSIONS="3.10 3.12" for others), with the one
# abi3 wheel every user gets. `make test` runs the suite on the machine's python3 (3.11); the
# object layout and the C API differ between versions (3.13 keeps attributes inline, which
# once broke every nested DTO there), so the suite runs on both ends as well.
# Interpreters: pyenv's newest of each version, else python3.X on PATH. One that is missing
# is reported as NOT RUN (never counted as passed); the others still run. The suite's
# conftest builds the sandbox when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSIONS="${PYTHON_VERSIONS:-3.9 3.13}"
WHEELS="$(mktemp -d)"
trap 'rm -rf "$WHEELS"' EXIT

find_python() {
  local found
  found="$(ls -d "$HOME"/.pyenv/versions/"$1".*/bin/python 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$found" ]; then
    found="$(command -v "python$1" || true)"
  fi
  echo "$found"
}

echo "==> building the abi3 wheel once (the same file installs on every CPython 3.9+)"
# In the virtualenv `make test` uses (made here when missing), as scripts/test-python.sh does.
BUILD_VENV="${PYTHON_VENV:-.venv-test}"
if [ ! -x "$BUILD_VENV/bin/python" ]; then
  python3 -m venv "$BUILD_VENV"
fi
"$BUILD_VENV/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps -w "$WHEELS" .
WHEEL="$(ls "$WHEELS"/exsited*.whl)"
echo "    $(basename "$WHEEL")"

status=0
for version in $VERSIONS; do
  python="$(find_python "$version")"
  if [ -z "$python" ]; then
    echo "==> Python $version: NOT RUN (no CPython $version on this machine: pyenv's or python$version on PATH)"
    continue
  fi
  venv=".venv-test-$version"
  echo "==> Python $version ($python): the suite in $venv"
  if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check pytest hypothesis
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$WHEEL"
  if ! "$venv/bin/python" -m pytest tests/python -q -p no:cacheprovider; then
    echo "==> Python $version: FAILED"
    status=1
  fi
done
exit "$status"
