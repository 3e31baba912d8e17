#!/usr/bin/env bash
# Stops the test site started by wordpress-up.sh in DIR (php -S and mariadbd, found by their pid files).
#
#   wordpress-down.sh --dir DIR
#
# Exits 0 when nothing of DIR's site is running any more (also when it was already stopped).
set -uo pipefail

log() { echo "wordpress-down: $*" >&2; }
DIR=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) DIR="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0" >&2; exit 0 ;;
    *) log "unknown argument: $1"; exit 2 ;;
  esac
done
[[ -n "$DIR" ]] || { log "usage: wordpress-down.sh --dir DIR"; exit 2; }
[[ -d "$DIR" ]] || { log "$DIR does not exist; nothing to stop"; exit 0; }
DIR="$(cd "$DIR" && pwd -P)"

alive() { kill -0 "$1" 2>/dev/null; }

# Stops a process (and its process group when it leads one) and waits for it with a deadline.
stop() {
  local name="$1" pid="$2" seconds="$3" group=""
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if ! alive "$pid"; then return 0; fi
  # Only signal the group if this pid leads it (setsid in wordpress-up.sh), so nothing else is hit.
  if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then group="-$pid"; fi
  log "stopping $name (pid $pid)"
  kill -TERM ${group:+-- "$group"} "$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  local deadline=$((SECONDS + seconds))
  while alive "$pid" || { [[ -n "$group" ]] && pgrep -g "$pid" >/dev/null 2>&1; }; do
    if (( SECONDS >= deadline )); then
      log "$name did not stop within $seconds s; killing it"
      if [[ -n "$group" ]]; then kill -KILL -- "$group" 2>/dev/null; fi
      kill -KILL "$pid" 2>/dev/null
      sleep 0.2
      break
    fi
    sleep 0.1
  done
}

[[ -f "$DIR/php-server.pid" ]] && stop "php -S" "$(cat "$DIR/php-server.pid")" 10
[[ -f "$DIR/mysqld.pid" ]] && stop "mariadbd" "$(cat "$DIR/mysqld.pid")" 30
# The launcher pid is mariadbd itself (setsid execs it); covers a start that failed before the pid file appeared.
[[ -f "$DIR/mysqld.launcher.pid" ]] && stop "mariadbd" "$(cat "$DIR/mysqld.launcher.pid")" 30
rm -f "$DIR/php-server.pid" "$DIR/mysqld.launcher.pid"
exit 0
