#!/usr/bin/env bash
# A real Roundcube 1.6 (Debian, elastic skin, sqlite) on loopback, for tests and demos.
#
#   sudo scripts/roundcube/up.sh [STATE_DIR]      # default $ACCORD_RC_STATE or /tmp/accord-roundcube
#
# Installs the Debian packages when missing (preseeded, no web server or dovecot touched under /etc,
# no daemon started by the packages), writes every config file into STATE_DIR, and starts its own
# dovecot (IMAP, 127.0.0.1:$ACCORD_RC_IMAP_PORT, default 14300) and lighttpd + php-cgi
# (127.0.0.1:$ACCORD_RC_HTTP_PORT, default 8643). Their PIDs go to STATE_DIR/run/*.pid; down.sh stops
# exactly those. Re-running while up is a no-op success. Mail in: deliver.sh FILE.eml...
#
# Overrides: ACCORD_RC_USER (login, default maya@northwind-analytics.com), ACCORD_RC_PASS
# (default accord-demo-2026), ACCORD_RC_MAIL_USER (system user owning the Maildirs),
# ACCORD_RC_FONTS=0 to skip the CJK font (only matters for screenshots).
# Recipe and rationale: /work/shared/WEBMAIL.md.
set -euo pipefail
RC_STATE_ARG=${1:-}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$HERE/common.sh"

case "$RC_STATE" in /*) ;; *) rc_die "STATE_DIR must be absolute: $RC_STATE" ;; esac
REPO=$(cd "$HERE/../.." && pwd)
case "$RC_STATE/" in "$REPO"/*) rc_die "STATE_DIR must be outside the checkout" ;; esac

# Timings without forks (each fork costs ~70 ms on a busy 2-core machine): microseconds.
now_us() { echo "${EPOCHREALTIME/./}"; }
elapsed() { local d=$(( $(now_us) - $1 )); printf '%d.%02d' $((d / 1000000)) $((d % 1000000 / 10000)); }
T0=$(now_us)

URL="http://127.0.0.1:$RC_HTTP_PORT/"

print_summary() {
  cat <<EOT
Roundcube is up.
  URL:    $URL
  login:  $RC_LOGIN
  pass:   $RC_PASSWORD
  IMAP:   127.0.0.1:$RC_IMAP_PORT
  state:  $RC_STATE  (stop: scripts/roundcube/down.sh $RC_STATE)
  mail:   scripts/roundcube/deliver.sh FILE.eml...
EOT
}

already_up() {
  rc_pid_alive "$RC_STATE/run/dovecot.pid" && rc_pid_alive "$RC_STATE/run/lighttpd.pid" \
    && rc_port_open "$RC_IMAP_PORT" && rc_port_open "$RC_HTTP_PORT"
}
# Already up: a no-op success (also for a non-root caller, e.g. a test runner).
if already_up; then
  rc_log "already running"
  print_summary
  exit 0
fi

[ "$(id -u)" = 0 ] || rc_die "run as root (installs packages, starts dovecot as root)"
mkdir -p "$RC_STATE"
chmod 755 "$RC_STATE"
# One up.sh at a time per state folder; a second one waits, then finds everything up.
exec 9>"$RC_STATE/.up.lock"
flock 9
if already_up; then
  rc_log "already running"
  print_summary
  exit 0
fi

# ---------------------------------------------------------------- install (only what is missing)
PKGS=(php8.2-cgi lighttpd dovecot-imapd roundcube roundcube-sqlite3)
[ "${ACCORD_RC_FONTS:-1}" = 0 ] || PKGS+=(fonts-wqy-microhei)

missing=()
# One dpkg-query for all (a process per package costs ~0.2 s on a busy machine).
installed=" $(dpkg-query -W -f='${db:Status-Status}:${Package} ' "${PKGS[@]}" 2>/dev/null || true) "
for p in "${PKGS[@]}"; do
  case "$installed" in *" installed:$p "*) ;; *) missing+=("$p") ;; esac
done

wait_for_apt() {
  # Other apt/dpkg runs (another helper, unattended-upgrades) hold the locks: wait for them.
  local waited=0 busy c
  while :; do
    busy=
    for c in /proc/[0-9]*/comm; do
      case "$(cat "$c" 2>/dev/null)" in
        apt|apt-get|aptitude|dpkg|unattended-upgr) busy=1; break ;;
      esac
    done
    [ -z "$busy" ] && return 0
    [ "$waited" = 0 ] && rc_log "waiting for another apt/dpkg to finish..."
    waited=$((waited + 1))
    [ "$waited" -lt 600 ] || rc_die "apt/dpkg still busy after 10 minutes"
    sleep 1
  done
}

if [ ${#missing[@]} -gt 0 ]; then
  rc_log "installing: ${missing[*]}"
  TI=$(now_us)
  export DEBIAN_FRONTEND=noninteractive
  APT_OPTS=(-o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  debconf-set-selections <<EOT
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/hosts string 127.0.0.1:$RC_IMAP_PORT
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
EOT
  wait_for_apt
  for p in "${missing[@]}"; do
    if ! apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
      rc_log "package $p unknown to apt: apt-get update"
      apt-get "${APT_OPTS[@]}" update -qq
      break
    fi
  done
  # Without systemd (containers) the package scripts would start dovecot on :143 and lighttpd
  # on :80: forbid service starts for the install, unless a policy already exists.
  POLICY_CREATED=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    POLICY_CREATED=1
    trap '[ -n "$POLICY_CREATED" ] && rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  # php8.2-cgi first on the line, or apt satisfies roundcube's web server dependency with apache2.
  apt-get "${APT_OPTS[@]}" install -y -qq --no-install-recommends "${missing[@]}" >"$RC_STATE/apt.log" 2>&1 \
    || { tail -n 30 "$RC_STATE/apt.log" >&2; rc_die "apt-get install failed (log: $RC_STATE/apt.log)"; }
  if [ -n "$POLICY_CREATED" ]; then rm -f /usr/sbin/policy-rc.d; POLICY_CREATED=; trap - EXIT; fi
  rc_log "installed in $(elapsed "$TI") s"
fi

for b in /usr/bin/php-cgi /usr/sbin/lighttpd /usr/sbin/dovecot /usr/bin/sqlite3; do
  [ -x "$b" ] || rc_die "missing $b after install"
done
[ -d /var/lib/roundcube/public_html ] || rc_die "missing /var/lib/roundcube/public_html"

# ---------------------------------------------------------------- configure (all in the state folder)
T1=$(now_us)
# Same settings as the last run and every file in place: nothing to write (fast cold start).
CONF_SIG="v1 $RC_IMAP_PORT $RC_HTTP_PORT $RC_LOGIN $RC_PASSWORD $RC_MAIL_USER"
configured() {
  [ -f "$RC_STATE/.configured" ] && [ "$(<"$RC_STATE/.configured")" = "$CONF_SIG" ] \
    && [ -s "$RC_STATE/dovecot/dovecot.conf" ] && [ -s "$RC_STATE/lighttpd.conf" ] \
    && [ -s "$RC_STATE/roundcube-config/config.inc.php" ] && [ -s "$RC_STATE/db/roundcube.sqlite" ] \
    && [ -d "$RC_STATE/mail/$RC_LOGIN/Maildir/new" ] && [ -d "$RC_STATE/run/dovecot" ]
}
if configured; then
  rc_log "configuration unchanged"
else
getent group "$RC_MAIL_USER" >/dev/null || groupadd --system "$RC_MAIL_USER"
id -u "$RC_MAIL_USER" >/dev/null 2>&1 \
  || useradd --system --gid "$RC_MAIL_USER" --home-dir /nonexistent --no-create-home \
       --shell /usr/sbin/nologin "$RC_MAIL_USER"
MAIL_UID=$(id -u "$RC_MAIL_USER")
MAIL_GID=$(id -g "$RC_MAIL_USER")

mkdir -p "$RC_STATE"/{run,run/dovecot,dovecot-state,dovecot,mail,logs,roundcube-config,db,www-logs,www-tmp}
chown www-data:www-data "$RC_STATE"/{db,www-logs,www-tmp}
chmod 750 "$RC_STATE"/{db,www-logs,www-tmp}
# lighttpd creates its php-cgi socket after dropping to www-data.
chown www-data:www-data "$RC_STATE/run"
chmod 755 "$RC_STATE/run"

# Login, kept so deliver.sh and tests can read it.
cat >"$RC_STATE/env" <<EOT
ACCORD_RC_URL=$URL
ACCORD_RC_USER=$RC_LOGIN
ACCORD_RC_PASS=$RC_PASSWORD
ACCORD_RC_IMAP_PORT=$RC_IMAP_PORT
ACCORD_RC_HTTP_PORT=$RC_HTTP_PORT
ACCORD_RC_MAIL_USER=$RC_MAIL_USER
EOT
chmod 644 "$RC_STATE/env"

# Dovecot: its own instance, passwd-file login, one static system user owning every Maildir.
printf '%s:{PLAIN}%s::::::\n' "$RC_LOGIN" "$RC_PASSWORD" >"$RC_STATE/dovecot/users"
chown root:dovecot "$RC_STATE/dovecot/users"
chmod 640 "$RC_STATE/dovecot/users"
cat >"$RC_STATE/dovecot/dovecot.conf" <<EOT
# Generated by scripts/roundcube/up.sh. A private dovecot instance for Accord tests.
instance_name = accord-roundcube
base_dir = $RC_STATE/run/dovecot
state_dir = $RC_STATE/dovecot-state
log_path = $RC_STATE/logs/dovecot.log
info_log_path = $RC_STATE/logs/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = $MAIL_UID
last_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
last_valid_gid = $MAIL_GID
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $RC_STATE/dovecot/users
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$RC_STATE/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    auto = subscribe
    special_use = \Drafts
  }
  mailbox Sent {
    auto = subscribe
    special_use = \Sent
  }
  mailbox Junk {
    auto = subscribe
    special_use = \Junk
  }
  mailbox Trash {
    auto = subscribe
    special_use = \Trash
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $RC_IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOT

MAILDIR="$RC_STATE/mail/$RC_LOGIN/Maildir"
mkdir -p "$MAILDIR"/{cur,new,tmp}
# Folders only: delivered files are chowned by deliver.sh, and -R would grow with the mailbox.
chown "$MAIL_UID:$MAIL_GID" "$RC_STATE/mail" "$RC_STATE/mail/$RC_LOGIN" "$MAILDIR" "$MAILDIR"/{cur,new,tmp}
chmod 700 "$RC_STATE/mail/$RC_LOGIN"

# Roundcube: extra config folder read through RCUBE_CONFIG_PATH (Debian's folder first, spelled exactly).
if [ ! -s "$RC_STATE/roundcube-config/des_key" ]; then
  head -c 18 /dev/urandom | base64 | tr -d '\n/+=' | head -c 24 >"$RC_STATE/roundcube-config/des_key"
fi
DES_KEY=$(cat "$RC_STATE/roundcube-config/des_key")
cat >"$RC_STATE/roundcube-config/config.inc.php" <<EOT
<?php
// Generated by scripts/roundcube/up.sh (Accord tests). Overrides /var/lib/roundcube/config.
\$config['db_dsnw'] = 'sqlite:///$RC_STATE/db/roundcube.sqlite?mode=0640';
\$config['imap_host'] = '127.0.0.1:$RC_IMAP_PORT';
\$config['smtp_host'] = '';
\$config['des_key'] = '$DES_KEY';
\$config['log_dir'] = '$RC_STATE/www-logs/';
\$config['temp_dir'] = '$RC_STATE/www-tmp/';
\$config['login_rate_limit'] = 0;
\$config['session_lifetime'] = 1440;
\$config['enable_installer'] = false;
\$config['skin'] = 'elastic';
\$config['product_name'] = 'Roundcube Webmail';
\$config['support_url'] = '';
\$config['plugins'] = [];
EOT
chown -R root:www-data "$RC_STATE/roundcube-config"
chmod 750 "$RC_STATE/roundcube-config"
chmod 640 "$RC_STATE/roundcube-config"/*

if [ ! -s "$RC_STATE/db/roundcube.sqlite" ]; then
  sqlite3 "$RC_STATE/db/roundcube.sqlite" </usr/share/roundcube/SQL/sqlite.initial.sql
  chown www-data:www-data "$RC_STATE/db/roundcube.sqlite"
  chmod 640 "$RC_STATE/db/roundcube.sqlite"
fi

# lighttpd + php-cgi over FastCGI; the error log lives in a folder www-data owns.
cat >"$RC_STATE/lighttpd.conf" <<EOT
# Generated by scripts/roundcube/up.sh.
server.modules = ( "mod_access", "mod_fastcgi" )
server.document-root = "/var/lib/roundcube/public_html"
server.bind = "127.0.0.1"
server.port = $RC_HTTP_PORT
server.username = "www-data"
server.groupname = "www-data"
server.pid-file = "$RC_STATE/run/lighttpd.pid"
server.errorlog = "$RC_STATE/www-logs/lighttpd-error.log"
server.follow-symlink = "enable"
index-file.names = ( "index.php", "index.html" )
url.access-deny = ( "~", ".inc", ".sh" )
static-file.exclude-extensions = ( ".php" )
mimetype.assign = (
  ".html" => "text/html; charset=utf-8", ".htm" => "text/html; charset=utf-8",
  ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8",
  ".mjs" => "text/javascript; charset=utf-8", ".json" => "application/json",
  ".txt" => "text/plain; charset=utf-8", ".xml" => "application/xml",
  ".png" => "image/png", ".gif" => "image/gif", ".jpg" => "image/jpeg", ".jpeg" => "image/jpeg",
  ".svg" => "image/svg+xml", ".ico" => "image/x-icon", ".webp" => "image/webp",
  ".woff" => "font/woff", ".woff2" => "font/woff2", ".ttf" => "font/ttf", ".eot" => "application/vnd.ms-fontobject",
  ".map" => "application/json", "" => "application/octet-stream"
)
fastcgi.server = ( ".php" => ((
  "bin-path" => "/usr/bin/php-cgi",
  "socket" => "$RC_STATE/run/php.socket",
  "max-procs" => 1,
  "broken-scriptfilename" => "enable",
  "bin-environment" => (
    "PHP_FCGI_CHILDREN" => "2",
    "PHP_FCGI_MAX_REQUESTS" => "1000",
    "RCUBE_CONFIG_PATH" => "/var/lib/roundcube/config:$RC_STATE/roundcube-config"
  )
)))
EOT
printf '%s' "$CONF_SIG" >"$RC_STATE/.configured"
chmod 600 "$RC_STATE/.configured"
fi
CONF_S=$(elapsed "$T1")

# ---------------------------------------------------------------- start (each daemon only if not ours already)
T2=$(now_us)
if ! rc_pid_alive "$RC_STATE/run/dovecot.pid"; then
  rc_port_open "$RC_IMAP_PORT" && rc_die "port $RC_IMAP_PORT is taken by another process (set ACCORD_RC_IMAP_PORT)"
  # stdio redirected: dovecot keeps an inherited pipe open otherwise; fd 9 (our lock) closed.
  /usr/sbin/dovecot -c "$RC_STATE/dovecot/dovecot.conf" </dev/null >>"$RC_STATE/logs/dovecot.out" 2>&1 9>&-
  for ((_i = 0; _i < 100; _i++)); do [ -s "$RC_STATE/run/dovecot/master.pid" ] && break; sleep 0.05; done
  cp "$RC_STATE/run/dovecot/master.pid" "$RC_STATE/run/dovecot.pid" \
    || rc_die "dovecot did not start (see $RC_STATE/logs/dovecot.log)"
fi
if ! rc_pid_alive "$RC_STATE/run/lighttpd.pid"; then
  rc_port_open "$RC_HTTP_PORT" && rc_die "port $RC_HTTP_PORT is taken by another process (set ACCORD_RC_HTTP_PORT)"
  rm -f "$RC_STATE/run/lighttpd.pid" "$RC_STATE/run/php.socket"*
  /usr/sbin/lighttpd -f "$RC_STATE/lighttpd.conf" </dev/null >>"$RC_STATE/logs/lighttpd.out" 2>&1 9>&- \
    || { cat "$RC_STATE/logs/lighttpd.out" >&2; rc_die "lighttpd did not start"; }
fi
for ((_i = 0; _i < 100; _i++)); do
  rc_port_open "$RC_IMAP_PORT" && rc_port_open "$RC_HTTP_PORT" && break
  sleep 0.05
done
rc_port_open "$RC_IMAP_PORT" || rc_die "IMAP not listening on $RC_IMAP_PORT (see $RC_STATE/logs/dovecot.log)"
rc_port_open "$RC_HTTP_PORT" || rc_die "HTTP not listening on $RC_HTTP_PORT (see $RC_STATE/www-logs/lighttpd-error.log)"
# The first PHP request spawns php-cgi; make it here so the caller's first page is fast,
# and prove Roundcube answers with its login form.
if ! curl -fsS --max-time 10 "$URL" 2>/dev/null | grep -q 'name="_token"'; then
  rc_die "Roundcube did not serve its login page at $URL (see $RC_STATE/www-logs/)"
fi
rc_log "configured in ${CONF_S} s, started in $(elapsed "$T2") s, total $(elapsed "$T0") s"
print_summary
