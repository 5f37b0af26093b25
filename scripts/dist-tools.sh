# Sourced by the dist scripts: a virtualenv with the packaging tools (maturin, zig, twine,
# auditwheel), made on first use. Sets DIST_PY to its python.
DIST_VENV="${DIST_VENV:-.venv-dist}"
if [ ! -x "$DIST_VENV/bin/python" ]; then
  echo "==> making $DIST_VENV (packaging tools)"
  python3 -m venv "$DIST_VENV"
fi
DIST_PY="$(cd "$(dirname "$DIST_VENV/bin/python")" && pwd)/python"
"$DIST_PY" -m pip install -q --disable-pip-version-check \
  "maturin>=1.9,<2" "ziglang>=0.13" "twine>=6" "auditwheel>=6"
export PATH="$(dirname "$DIST_PY"):$PATH"
