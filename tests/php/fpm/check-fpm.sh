#!/usr/bin/env bash
# php-fpm check: one worker (pm=static, max_children=1) with the extension loaded serves
# 200 requests, each building a fresh Exsited\Client (AccountService) or, every other request,
# the documented SDK's Api\AppService\Order\OrderData from an ApiConfig; the token and the connection pool must
# survive across requests, so the sandbox must see exactly one token request; an API version
# chosen with SdkVersionManager must not (orders.php checks it).
# Needs: SANDBOX_URL (a running sandbox), EXSITED_SO (absolute path of libexsited_php.so).
set -euo pipefail
: "${SANDBOX_URL:?SANDBOX_URL is not set}"
: "${EXSITED_SO:?EXSITED_SO is not set}"
REQUESTS="${FPM_REQUESTS:-200}"
FPM_BIN="${FPM_BIN:-$(command -v php-fpm8.2 || command -v php-fpm || ls /usr/sbin/php-fpm* 2>/dev/null | head -1)}"
command -v cgi-fcgi >/dev/null || { echo "cgi-fcgi not found (apt-get install libfcgi-bin)"; exit 1; }
[ -x "$FPM_BIN" ] || { echo "php-fpm not found (apt-get install php-fpm)"; exit 1; }

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
port="$(php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
user_lines=""
root_flag=""
if [ "$(id -u)" = "0" ]; then user_lines=$'user = root\ngroup = root'; root_flag="-R"; fi
cat >"$work/php-fpm.conf" <<CONF
[global]
pid = $work/fpm.pid
error_log = $work/fpm.log
daemonize = no

[check]
$user_lines
listen = 127.0.0.1:$port
pm = static
pm.max_children = 1
pm.max_requests = 0
clear_env = no
env[SANDBOX_URL] = $SANDBOX_URL
php_admin_value[extension] = $EXSITED_SO
php_admin_flag[display_errors] = on
CONF

# shellcheck source=tests/php/lib/server.sh
source "$here/../lib/server.sh"
server_start "$work" "$port" "$FPM_BIN" $root_flag -n -F -y "$work/php-fpm.conf" \
  || { echo "php-fpm did not start:"; cat "$work/fpm.log" || true; exit 1; }

curl_post() { php -r '$c = stream_context_create(["http" => ["method" => "POST", "header" => "Content-Type: application/json\r\n", "content" => $argv[2]]]); echo file_get_contents($argv[1], false, $c);' "$1" "$2"; }
curl_post "$SANDBOX_URL/__sandbox__/reset" '{"seed":3}' >/dev/null

pids=""
for i in $(seq 1 "$REQUESTS"); do
  # every other request uses a non-account service of the documented SDK (OrderData)
  script=list-accounts.php
  if [ $((i % 2)) = 0 ]; then script=orders.php; fi
  out="$(SCRIPT_FILENAME="$here/$script" SCRIPT_NAME="/$script" REQUEST_METHOD=GET QUERY_STRING= \
    cgi-fcgi -bind -connect "127.0.0.1:$port" 2>&1 || true)"
  line="$(printf '%s\n' "$out" | grep '^ok ' || true)"
  if [ -z "$line" ]; then
    echo "request $i failed:"; printf '%s\n' "$out" | tail -20; cat "$work/fpm.log" || true; exit 1
  fi
  if [ "$script" = orders.php ] && ! printf '%s' "$line" | grep -q ' fresh=1 '; then
    echo "FAIL: request $i saw an API version an earlier request chose: $line"; exit 1
  fi
  pid="$(printf '%s' "$line" | sed 's/.*pid=\([0-9]*\).*/\1/')"
  case " $pids " in *" $pid "*) ;; *) pids="$pids $pid" ;; esac
done

counters="$(php -r 'echo file_get_contents($argv[1]);' "$SANDBOX_URL/__sandbox__/counters")"
tokens="$(php -r '$c = json_decode($argv[1], true); echo $c["token_requests"];' "$counters")"
workers=$(echo $pids | wc -w)
echo "php-fpm check: $REQUESTS requests served by $workers worker(s) (pid$pids); sandbox token requests: $tokens"
if [ "$workers" != "1" ]; then echo "FAIL: expected one worker"; exit 1; fi
if [ "$tokens" != "1" ]; then echo "FAIL: expected exactly one token request, counters: $counters"; exit 1; fi
echo "php-fpm check: OK (one token for all $REQUESTS requests)"
