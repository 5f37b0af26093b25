# Sourced by the php-fpm and Apache checks: a server run in the background for the rest of the
# script, stopped (and the script's work folder removed) when the script exits, however it ends.

server_pid=""

# server_start WORK PORT COMMAND...: runs COMMAND in the background, removes WORK at exit, and
# waits up to 10 s for 127.0.0.1:PORT to accept connections (status 1 when it never does).
server_start() {
  local work="$1" port="$2"
  shift 2
  # shellcheck disable=SC2064 # WORK is fixed now, on purpose
  trap "server_stop; rm -rf '$work'" EXIT
  "$@" &
  server_pid=$!
  for _ in $(seq 1 100); do
    if python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2)' "$port" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# Stops the server and waits for it (so that what it writes at shutdown is in its log).
server_stop() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
