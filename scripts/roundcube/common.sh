# Shared settings for scripts/roundcube/*.sh (sourced, not run).
# Everything can be overridden from the environment; the state folder lives outside the checkout.
RC_STATE=${RC_STATE_ARG:-${ACCORD_RC_STATE:-/tmp/accord-roundcube}}
# A state folder set up before keeps its login and ports unless the environment says otherwise.
if [ -r "$RC_STATE/env" ]; then
  while IFS='=' read -r _k _v; do
    case "$_k" in
      ACCORD_RC_USER|ACCORD_RC_PASS|ACCORD_RC_IMAP_PORT|ACCORD_RC_HTTP_PORT|ACCORD_RC_MAIL_USER)
        [ -n "${!_k:-}" ] || printf -v "$_k" '%s' "$_v" ;;
    esac
  done <"$RC_STATE/env"
  unset _k _v
fi
RC_IMAP_PORT=${ACCORD_RC_IMAP_PORT:-14300}
RC_HTTP_PORT=${ACCORD_RC_HTTP_PORT:-8643}
RC_LOGIN=${ACCORD_RC_USER:-maya@northwind-analytics.com}
RC_PASSWORD=${ACCORD_RC_PASS:-accord-demo-2026}
# Dedicated system user owning the Maildirs (dovecot's static userdb).
RC_MAIL_USER=${ACCORD_RC_MAIL_USER:-accordmail}

rc_log() { printf '[roundcube] %s\n' "$*" >&2; }
rc_die() { printf '[roundcube] error: %s\n' "$*" >&2; exit 1; }

# True when PID file $1 names a live process whose command line mentions our state folder
# (so a recycled PID is never mistaken for ours).
rc_pid_alive() {
  local f=$1 pid
  [ -s "$f" ] || return 1
  pid=$(tr -dc '0-9' <"$f")
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$RC_STATE/"
}

rc_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
