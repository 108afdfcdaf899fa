#!/usr/bin/env bash
# Stop the dovecot and lighttpd (with its php-cgi children) that up.sh started, by their PID files.
# Nothing else is touched; the state folder (mail, database, config) is kept for the next up.sh.
#   scripts/roundcube/down.sh [STATE_DIR]     # add --purge to delete the state folder too
set -euo pipefail
PURGE=
ARGS=()
for a in "$@"; do case "$a" in --purge) PURGE=1 ;; *) ARGS+=("$a") ;; esac; done
RC_STATE_ARG=${ARGS[0]:-}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$HERE/common.sh"

children_of() {
  # Builtins only: a fork per process in /proc is slow on a busy machine.
  local parent=$1 s line rest
  for s in /proc/[0-9]*/stat; do
    { read -r line <"$s"; } 2>/dev/null || continue
    # /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces, so cut after ") ".
    rest=${line##*) }
    rest=${rest#* }
    [ "${rest%% *}" = "$parent" ] && echo "${line%% *}"
  done
  return 0
}

# Send TERM to every daemon first, then wait for all of them (they shut down in parallel).
PIDS=()
KIDS=()
NAMES=()
signal_pidfile() {
  local name=$1 f=$2 pid
  if ! rc_pid_alive "$f"; then
    rc_log "$name: not running"
    rm -f "$f"
    return 0
  fi
  pid=$(tr -dc '0-9' <"$f")
  KIDS+=($(children_of "$pid"))
  kill -TERM "$pid" 2>/dev/null || true
  PIDS+=("$pid")
  NAMES+=("$name")
  rm -f "$f"
}

wait_all() {
  local i pid alive
  for i in $(seq 100); do
    alive=
    for pid in "${PIDS[@]}"; do [ -d "/proc/$pid" ] && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.05
  done
  for pid in "${PIDS[@]}"; do [ -d "/proc/$pid" ] && kill -KILL "$pid" 2>/dev/null || true; done
  # Children they spawned (php-cgi, dovecot services) normally exit with them; make sure.
  for pid in "${KIDS[@]}"; do [ -d "/proc/$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done
  for i in "${!PIDS[@]}"; do rc_log "${NAMES[$i]}: stopped (pid ${PIDS[$i]})"; done
}

[ -d "$RC_STATE" ] || { rc_log "no state folder at $RC_STATE: nothing to stop"; exit 0; }
signal_pidfile lighttpd "$RC_STATE/run/lighttpd.pid"
signal_pidfile dovecot "$RC_STATE/run/dovecot.pid"
[ ${#PIDS[@]} -eq 0 ] || wait_all
rm -f "$RC_STATE/run/php.socket"*
if [ -n "$PURGE" ]; then
  case "$RC_STATE" in /|/tmp|/root|/home|"") rc_die "refusing to purge $RC_STATE" ;; esac
  rm -rf -- "$RC_STATE"
  rc_log "purged $RC_STATE"
fi
