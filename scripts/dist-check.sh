#!/usr/bin/env bash
# `make dist-check`: verifies what `make dist` put in dist/.
#  1. twine check --strict on the wheel and the sdist (metadata, long description renders);
#  2. auditwheel show: the wheel is abi3 and consistent with manylinux_2_17 (glibc 2.17) or lower;
#     the extension module carries no symbol table or debug info (stripped);
#  3. the wheel installs into a fresh virtualenv of each interpreter in DIST_PYTHONS (default:
#     pyenv's 3.9 and 3.13, else python3) and runs examples/python/account_list.py against the
#     sandbox;
#  4. the sdist builds and imports in a fresh virtualenv (pip wheel on the .tar.gz).
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
source scripts/dist-tools.sh

shopt -s nullglob
wheels=(dist/exsited_rs-*.whl)
sdists=(dist/exsited_rs-*.tar.gz)
if [ "${#wheels[@]}" -ne 1 ] || [ "${#sdists[@]}" -ne 1 ]; then
  echo "expected one wheel and one sdist in dist/ (run make dist first); found: ${wheels[*]:-none} ${sdists[*]:-none}"
  exit 1
fi
WHEEL="$ROOT/${wheels[0]}"
SDIST="$ROOT/${sdists[0]}"
WORK="$(mktemp -d)"
source scripts/sandbox.sh
trap 'sandbox_stop; rm -rf "$WORK"' EXIT

echo "==> twine check --strict"
twine check --strict "$WHEEL" "$SDIST"

echo "==> wheel tags and auditwheel show"
case "$(basename "$WHEEL")" in
  *-cp39-abi3-*manylinux_2_17_*) echo "file name: abi3 (cp39+), manylinux_2_17" ;;
  *) echo "wheel is not tagged cp39-abi3 manylinux_2_17: $(basename "$WHEEL")"; exit 1 ;;
esac
show="$(auditwheel show "$WHEEL")"
echo "$show"
# auditwheel wraps its lines; join them before looking for the tag.
glibc_minor="$(tr -s ' \n' ' ' <<<"$show" | grep -o 'platform tag: "manylinux_2_[0-9]*' | head -1 | grep -o '[0-9]*$' || true)"
if [ -z "$glibc_minor" ] || [ "$glibc_minor" -gt 17 ]; then
  echo "auditwheel: the wheel needs a glibc newer than 2.17 (or no manylinux tag fits)"
  exit 1
fi
echo "auditwheel: consistent with manylinux_2_$glibc_minor (<= 2_17)"

"$DIST_PY" - "$WHEEL" "$WORK/so" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    names = [n for n in z.namelist() if n.startswith("exsited/_native") and (n.endswith(".so") or n.endswith(".pyd"))]
    assert len(names) == 1, names
    assert any(n.endswith("licenses/LICENSE") for n in z.namelist()), "LICENSE missing from the wheel"
    open(sys.argv[2], "wb").write(z.read(names[0]))
PY
if readelf -S "$WORK/so" | grep -qE '\.(symtab|debug_info)'; then
  echo "the extension module is not stripped"; exit 1
fi
echo "stripped: no .symtab / .debug_info ($(stat -c %s "$WORK/so") bytes)"

echo "==> the wheel in fresh virtualenvs, against the sandbox"
export SANDBOX_BIN="${SANDBOX_BIN:-${CARGO_TARGET_DIR:-target}/debug/exsited-sandbox}"
if [ ! -x "$SANDBOX_BIN" ]; then cargo build -q -p exsited-sandbox; fi
sandbox_start --seed 25
pythons=()
if [ -n "${DIST_PYTHONS:-}" ]; then
  read -r -a pythons <<<"$DIST_PYTHONS"
else
  for v in 3.9 3.13; do
    for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/$v.*/bin/python; do pythons+=("$p"); break; done
  done
  [ "${#pythons[@]}" -gt 0 ] || pythons=(python3)
fi
for py in "${pythons[@]}"; do
  venv="$WORK/venv-$(basename "$(dirname "$(dirname "$py")")")"
  "$py" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-index "$WHEEL"
  echo "--- $("$venv/bin/python" -c 'import sys, exsited; print(sys.version.split()[0], "exsited", exsited.__version__, "from", exsited.__file__)')"
  (cd examples/python && SANDBOX_URL="$SANDBOX_URL" "$venv/bin/python" account_create.py) | cut -c1-150
  out="$(cd examples/python && SANDBOX_URL="$SANDBOX_URL" "$venv/bin/python" account_list.py)"
  echo "$out" | tail -1
  n="$(sed -n 's/^\([0-9]*\) accounts in all$/\1/p' <<<"$out")"
  if [ -z "$n" ] || [ "$n" -lt 26 ]; then echo "account_list.py did not list the 25 seeded and the new accounts"; exit 1; fi
done

echo "==> the sdist builds in a fresh virtualenv"
# Dev profile by default: the check is that the sdist is complete and compiles; the release
# profile is the wheel's (DIST_SDIST_PROFILE=release for the full build).
python3 -m venv "$WORK/venv-sdist"
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}" \
MATURIN_PEP517_ARGS="--profile ${DIST_SDIST_PROFILE:-dev}" \
  "$WORK/venv-sdist/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps "$SDIST" -w "$WORK/sdist-wheel"
"$WORK/venv-sdist/bin/python" -m pip install -q --disable-pip-version-check --no-index "$WORK"/sdist-wheel/*.whl
(cd / && "$WORK/venv-sdist/bin/python" -c 'import exsited; print("sdist build imports: exsited", exsited.__version__)')

echo "dist-check: all checks passed"
