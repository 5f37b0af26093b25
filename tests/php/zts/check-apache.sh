#!/usr/bin/env bash
# Threaded check of the ZTS build: Apache's worker MPM with one child process of THREADS PHP
# threads (ZTS mod_php, the extension loaded by php.ini) serves ZTS_REQUESTS requests of
# account.php sent by load.py from THREADS client threads at once. Passes when every answer is
# right, all came from the one child, requests ran concurrently on several threads, Apache's
# error log is clean, and the sandbox saw exactly one token request (the threads share the
# process's core client and its token).
# Needs: SANDBOX_URL (a running sandbox), EXSITED_SO (the extension built for the ZTS PHP),
# ZTS_PREFIX (scripts/build-php-zts.sh's prefix, holding lib/apache2/libphp.so).
set -euo pipefail
: "${SANDBOX_URL:?SANDBOX_URL is not set}"
: "${EXSITED_SO:?EXSITED_SO is not set}"
: "${ZTS_PREFIX:?ZTS_PREFIX is not set}"
THREADS="${ZTS_THREADS:-8}"
REQUESTS="${ZTS_REQUESTS:-2000}"
APACHE_BIN="${APACHE_BIN:-$(command -v apache2 || echo /usr/sbin/apache2)}"
MODULES="${APACHE_MODULES:-/usr/lib/apache2/modules}"
[ -x "$APACHE_BIN" ] || { echo "apache2 not found (apt-get install apache2)"; exit 1; }

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
chmod 755 "$work"
mkdir "$work/docroot"
cp "$here/account.php" "$work/docroot/"
mkdir "$work/docroot/cwd-"{0,1,2,3}
chmod -R a+rX "$work/docroot"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
user_line=""
# Apache refuses to run its children as root; they only need to read the docroot.
if [ "$(id -u)" = 0 ]; then user_line=$'User www-data\nGroup www-data'; fi

cat >"$work/php.ini" <<INI
extension = $EXSITED_SO
display_errors = Off
log_errors = On
INI
cat >"$work/httpd.conf" <<CONF
ServerRoot "$work"
DefaultRuntimeDir "$work"
PidFile "$work/httpd.pid"
ErrorLog "$work/error.log"
LogLevel warn
ServerName 127.0.0.1
Listen 127.0.0.1:$port
$user_line
LoadModule mpm_worker_module $MODULES/mod_mpm_worker.so
LoadModule authz_core_module $MODULES/mod_authz_core.so
LoadModule env_module $MODULES/mod_env.so
LoadModule php_module $ZTS_PREFIX/lib/apache2/libphp.so
# One child process with THREADS threads: every request runs in the same PHP process.
StartServers 1
ServerLimit 1
ThreadLimit $THREADS
ThreadsPerChild $THREADS
MinSpareThreads 1
MaxSpareThreads $THREADS
MaxRequestWorkers $THREADS
MaxConnectionsPerChild 0
KeepAlive Off
PHPINIDir "$work"
DocumentRoot "$work/docroot"
<Directory "$work/docroot">
    Require all granted
</Directory>
<FilesMatch "\.php\$">
    SetHandler application/x-httpd-php
</FilesMatch>
SetEnv SANDBOX_URL $SANDBOX_URL
CONF

# shellcheck source=tests/php/lib/server.sh
source "$here/../lib/server.sh"
server_start "$work" "$port" "$APACHE_BIN" -f "$work/httpd.conf" -DFOREGROUND \
  || { echo "Apache did not start:"; cat "$work/error.log" || true; exit 1; }

sandbox_post() { python3 -c 'import sys, urllib.request as u; u.urlopen(u.Request(sys.argv[1], data=sys.argv[2].encode(), headers={"Content-Type": "application/json"})).read()' "$@"; }
sandbox_post "$SANDBOX_URL/__sandbox__/reset" '{"seed":3}'

status=0
python3 "$here/load.py" "http://127.0.0.1:$port/account.php" "$REQUESTS" "$THREADS" || status=1

counters="$(python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1]).read().decode())' "$SANDBOX_URL/__sandbox__/counters")"
tokens="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["token_requests"])' "$counters")"
echo "threaded check: sandbox token requests: $tokens"
if [ "$tokens" != 1 ]; then echo "FAIL: expected one token request for the whole process, counters: $counters"; status=1; fi

# Stop Apache first, so a crash at shutdown (module or thread teardown) shows in the log too.
server_stop
# Allowed: the start and stop notices (AH00292 configured, AH00094 command line, AH00295
# SIGTERM) and AH00286 "server reached MaxRequestWorkers", which the load causes on purpose (as
# many client threads as PHP threads keep every thread busy). Anything else fails, a crashed
# child ("AH00052: child pid ... exit signal") and PHP's own errors and warnings included.
if grep -Ev '\] AH00(292|094|295|286): ' "$work/error.log" | grep -q .; then
  echo "FAIL: Apache's error log is not clean:"
  head -30 "$work/error.log"
  status=1
fi
[ "$status" = 0 ] && echo "threaded check: OK ($REQUESTS requests on $THREADS PHP threads of one process, clean error log)"
exit "$status"
