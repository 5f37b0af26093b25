#!/usr/bin/env bash
# `make dist`: the Python release artefacts in dist/.
#  - one abi3 wheel (CPython 3.9+) for manylinux2014 (glibc 2.17), linked with zig so the
#    build machine's newer glibc does not leak into the symbol versions; stripped by the
#    release profile;
#  - the sdist (Rust sources of the workspace crates the module needs, Cargo.lock, LICENSE).
# `make dist-check` (scripts/dist-check.sh) verifies both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dist-tools.sh

mkdir -p dist
rm -f dist/exsited_rs-*.whl dist/exsited_rs-*.tar.gz

echo "==> wheel: maturin build --release --zig --compatibility manylinux2014"
maturin build --release --locked --zig --compatibility manylinux2014 \
  --target "${DIST_TARGET:-x86_64-unknown-linux-gnu}" --out dist
echo "==> sdist: maturin sdist"
maturin sdist --out dist
ls -l dist/exsited_rs-*
