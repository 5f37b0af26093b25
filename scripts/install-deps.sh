#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian machine (run as root, or with
# sudo available). Safe to run again: it only installs what is missing.
set -euo pipefail
what="${1:-all}"

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

if ! have cargo; then
  echo "cargo is required (install Rust from your distribution or rustup)" >&2
  exit 1
fi

if [ "$what" = "all" ] || [ "$what" = "php" ]; then
  for p in php-cli php-dev php-curl php-xml php-mbstring php-fpm libfcgi-bin phpunit libclang-dev clang pkg-config; do
    pkg_installed "$p" || need_apt+=("$p")
  done
fi
if [ "$what" = "all" ] || [ "$what" = "rust" ]; then
  # The shared token store's tests (tests/rust/token_store.rs, tests/fleet) run a real Redis.
  pkg_installed redis-server || need_apt+=(redis-server)
fi
if [ "$what" = "all" ] || [ "$what" = "python" ]; then
  for p in python3-venv; do
    if have python3 && python3 -c "import venv, ensurepip" >/dev/null 2>&1; then break; fi
    pkg_installed "$p" || need_apt+=("$p")
  done
fi

if [ "${#need_apt[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  echo "installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
