#!/usr/bin/env bash
# Deliver RFC 822 files into the test mailbox's INBOX, as a local delivery agent would:
# write to Maildir/tmp, chown to the mail user, move to Maildir/new, and set the file's mtime
# to the message's Date header (dovecot uses it as INTERNALDATE, so the list sorts by it).
#   scripts/roundcube/deliver.sh [--state DIR] [--to LOGIN] FILE.eml...
# Roundcube shows new mail after a refresh or reload. Prints one line per file: the name it got.
set -euo pipefail
RC_STATE_ARG=
TO=
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --state) RC_STATE_ARG=$2; shift 2 ;;
    --to) TO=$2; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) FILES+=("$1"); shift ;;
  esac
done
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$HERE/common.sh"
[ -f "$RC_STATE/env" ] || rc_die "no $RC_STATE/env: run scripts/roundcube/up.sh first"
# shellcheck disable=SC1091
. "$RC_STATE/env"
TO=${TO:-$ACCORD_RC_USER}
MAILDIR="$RC_STATE/mail/$TO/Maildir"
[ -d "$MAILDIR/new" ] || rc_die "no Maildir for $TO at $MAILDIR"
[ ${#FILES[@]} -gt 0 ] || rc_die "usage: deliver.sh [--state DIR] [--to LOGIN] FILE.eml..."
OWNER=$(stat -c '%u:%g' "$MAILDIR")
HOST=$(hostname 2>/dev/null | tr '/:' '__' || echo localhost)

n=0
for f in "${FILES[@]}"; do
  [ -f "$f" ] || rc_die "not a file: $f"
  n=$((n + 1))
  # Date header (unfolded, first occurrence, header block only); mtime = now when unparseable.
  date_hdr=$(awk 'BEGIN{IGNORECASE=1} /^\r?$/{exit} /^[Dd][Aa][Tt][Ee]:/{sub(/^[^:]*:[ \t]*/,""); sub(/\r$/,""); print; exit}' "$f")
  stamp=
  if [ -n "$date_hdr" ]; then
    # GNU date does not know comments like "(CST)".
    stamp=$(date -d "$(printf '%s' "$date_hdr" | sed 's/([^)]*)//g')" +%s 2>/dev/null || true)
  fi
  size=$(stat -c %s "$f")
  name="$(date +%s).M$(date +%N)P$$Q$n.$HOST,S=$size"
  cp -- "$f" "$MAILDIR/tmp/$name"
  chown "$OWNER" "$MAILDIR/tmp/$name"
  chmod 600 "$MAILDIR/tmp/$name"
  [ -n "$stamp" ] && touch -d "@$stamp" "$MAILDIR/tmp/$name"
  mv -- "$MAILDIR/tmp/$name" "$MAILDIR/new/$name"
  echo "$name"
done
