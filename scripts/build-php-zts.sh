#!/usr/bin/env bash
# A thread-safe (ZTS) PHP 8.2 built from Debian's upstream source, for `make test-zts` (Debian has
# no php8.2-zts package). Builds the CLI and Apache's mod_php (apxs2, for the worker-MPM check),
# with only the extensions PHPUnit and tests/php need. Lives outside the repo, in
#   ${EXSITED_ZTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/exsited/php-zts}
#     prefix/bin/php, prefix/bin/php-config, prefix/lib/apache2/libphp.so
# Idempotent: quiet when that build is already there (a stamp names the configure options).
# Installs its build dependencies with apt (as root, or with sudo), as a fresh CI machine needs.
set -euo pipefail

CACHE="${EXSITED_ZTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/exsited/php-zts}"
PREFIX="$CACHE/prefix"
SRC_PACKAGE=php8.2

# PHPUnit (Debian's) needs dom, json, libxml, mbstring, tokenizer, xml, xmlwriter; tests/php uses
# pcntl and posix (fork tests) and proc_open/streams (core). json, pcre, hash, random are always on.
CONFIGURE_OPTS=(
  --enable-zts --disable-all --disable-cgi --disable-phpdbg --with-apxs2=/usr/bin/apxs2
  --enable-cli --with-libxml --enable-dom --enable-xml --enable-xmlwriter --enable-mbstring
  --enable-tokenizer --enable-pcntl --enable-posix --enable-ctype --enable-filter
  --without-pear --without-sqlite3 --without-pdo-sqlite
)
stamp="$PREFIX/.built-$(printf '%s\n' "${CONFIGURE_OPTS[@]}" | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ -x "$PREFIX/bin/php" ]; then exit 0; fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(build-essential pkg-config xz-utils dpkg-dev libxml2-dev libonig-dev apache2 apache2-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# The upstream tarball of Debian's php8.2 source package (verified by apt against the signed
# Sources index). A machine without deb-src lines gets them for the configured Debian suites.
mkdir -p "$CACHE/src"
cd "$CACHE/src"
if ! ls php8.2_*.orig.tar.xz >/dev/null 2>&1; then
  if [ -z "$(apt-cache showsrc "$SRC_PACKAGE" 2>/dev/null)" ]; then
    echo "==> adding deb-src lines for Debian (apt has no source index)"
    src_list=/etc/apt/sources.list.d/exsited-debsrc.sources
    . /etc/os-release
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb-src\nURIs: http://deb.debian.org/debian-security\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$VERSION_CODENAME" "$VERSION_CODENAME" "$VERSION_CODENAME" | as_root tee "$src_list" >/dev/null
    as_root apt-get update -qq
  fi
  # The newest version first; a stale index may list a version the mirror no longer serves, so
  # try each, and once more after refreshing the index.
  fetch_source() {
    local v
    for v in $(apt-cache showsrc "$SRC_PACKAGE" | sed -n 's/^Version: //p' | sort -rV); do
      echo "==> apt-get source --download-only $SRC_PACKAGE=$v"
      if apt-get source -qq --download-only "$SRC_PACKAGE=$v" >/dev/null 2>&1; then return 0; fi
    done
    return 1
  }
  if ! fetch_source; then
    as_root apt-get update -qq
    fetch_source || { echo "could not download the $SRC_PACKAGE source package" >&2; exit 1; }
  fi
fi
tarball="$(ls php8.2_*.orig.tar.xz | sort -V | tail -1)"
version="${tarball#php8.2_}"
version="${version%.orig.tar.xz}"

start=$SECONDS
build="$CACHE/build-$version"
rm -rf "$build"
mkdir -p "$build"
tar -xJf "$tarball" -C "$build" --strip-components=1
cd "$build"
echo "==> configure PHP $version (ZTS, CLI + apxs2) into $PREFIX"
./configure --prefix="$PREFIX" --with-config-file-path="$PREFIX/etc" "${CONFIGURE_OPTS[@]}" \
  >configure.log 2>&1 || { tail -30 configure.log; exit 1; }
echo "==> make -j${ZTS_JOBS:-2} (log: $build/make.log)"
make -j"${ZTS_JOBS:-2}" >make.log 2>&1 || { tail -30 make.log; exit 1; }
# `make install` would run `apxs -i` into the system's Apache; install the CLI, headers and
# php-config, and keep mod_php inside the prefix instead.
rm -rf "$PREFIX"
make install-cli install-build install-headers install-programs >install.log 2>&1 ||
  { tail -30 install.log; exit 1; }
mkdir -p "$PREFIX/lib/apache2" "$PREFIX/etc"
cp libs/libphp.so "$PREFIX/lib/apache2/libphp.so"
# Debian's PHPUnit lives in /usr/share/php.
printf 'include_path = ".:/usr/share/php"\n' >"$PREFIX/etc/php.ini"
"$PREFIX/bin/php" -r 'exit(PHP_ZTS === 1 ? 0 : 1);' || { echo "the built php is not ZTS" >&2; exit 1; }
touch "$stamp"
cd "$CACHE"
rm -rf "$build"
echo "built ZTS PHP $version in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s: $PREFIX/bin/php"
