#!/usr/bin/env node
// Log in to the loopback Roundcube (scripts/roundcube/up.sh) and save pages as DOM fixtures.
//
//   node scripts/roundcube/capture.mjs OUT_DIR [--state DIR] [--tz Asia/Shanghai] SPEC...
//   SPEC: preview:UID[:NAME]  show:UID[:NAME]  mail[:NAME] (the top-level mail page)  list (prints rows)
//
// Each saved file starts with `<!-- url: ... -->` (the address it was fetched from, which the
// fixture loader gives jsdom as document.URL); session tokens are replaced by placeholders.
// The login's time zone (_timezone, as the login form's script would send) decides how
// Roundcube displays dates. Prints nothing of the messages' content.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let state = process.env.ACCORD_RC_STATE || '/tmp/accord-roundcube';
let tz = 'Asia/Shanghai';
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--state') state = args[++i];
  else if (args[i] === '--tz') tz = args[++i];
  else rest.push(args[i]);
}
const [outDir, ...specs] = rest;
if (!outDir || !specs.length) {
  console.error('usage: capture.mjs OUT_DIR [--state DIR] [--tz ZONE] preview:UID[:NAME] show:UID[:NAME] mail[:NAME] list');
  process.exit(2);
}
const env = Object.fromEntries(
  readFileSync(join(state, 'env'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const base = process.env.ACCORD_RC_URL || env.ACCORD_RC_URL;
const jar = new Map();

async function req(path, init = {}) {
  const headers = { ...(init.headers || {}), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  const res = await fetch(new URL(path, base), { ...init, headers, redirect: 'manual' });
  for (const c of res.headers.getSetCookie()) {
    const [kv] = c.split(';');
    const k = kv.slice(0, kv.indexOf('='));
    const v = kv.slice(kv.indexOf('=') + 1);
    if (v === 'deleted' || /expires=Thu, 01-Jan-1970/i.test(c)) jar.delete(k);
    else jar.set(k, v);
  }
  return res;
}

// Login: the form's _token plus the cookie set with it; Roundcube answers 302 on success.
const loginPage = await (await req('/')).text();
const token = /name="_token" value="([^"]+)"/.exec(loginPage)?.[1];
if (!token) throw new Error('no _token on the login page');
const body = new URLSearchParams({
  _token: token, _task: 'login', _action: 'login', _timezone: tz, _url: '',
  _user: env.ACCORD_RC_USER, _pass: env.ACCORD_RC_PASS,
});
const login = await req('/?_task=login', {
  method: 'POST',
  body,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
if (login.status !== 302) throw new Error(`login failed: HTTP ${login.status}`);
const mailPage = await (await req('/?_task=mail&_mbox=INBOX')).text();
const requestToken = /"request_token":"([^"]+)"/.exec(mailPage)?.[1];
if (!requestToken) throw new Error('not logged in (no request_token on the mail page)');

function scrub(html) {
  return html
    .replace(/"request_token":"[^"]*"/g, '"request_token":"REQUEST-TOKEN"')
    .replace(/"user_id":"[^"]*"/g, '"user_id":"USER-ID"')
    .replace(/(_token=)[A-Za-z0-9]{16,}/g, '$1TOKEN')
    .replace(/(name="_token" value=")[^"]*/g, '$1TOKEN');
}

mkdirSync(outDir, { recursive: true });
for (const spec of specs) {
  const [kind, a, b] = spec.split(':');
  if (kind === 'list') {
    const res = await req('/?_task=mail&_action=list&_mbox=INBOX&_page=1&_remote=1', {
      headers: { 'x-roundcube-request': requestToken },
    });
    const json = await res.json();
    const rows = [...json.exec.matchAll(/add_message_row\((\d+),/g)].map((m) => m[1]);
    console.log(`list: ${rows.length} rows, uids ${rows.join(' ')}`);
    continue;
  }
  let path;
  let name;
  if (kind === 'preview') {
    path = `/?_task=mail&_uid=${a}&_mbox=INBOX&_framed=1&_action=preview`;
    name = b || `preview-${a}`;
  } else if (kind === 'show') {
    path = `/?_task=mail&_uid=${a}&_mbox=INBOX&_action=show`;
    name = b || `show-${a}`;
  } else if (kind === 'mail') {
    path = '/?_task=mail&_mbox=INBOX';
    name = a || 'mail';
  } else throw new Error(`unknown spec ${spec}`);
  const res = await req(path);
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  const html = scrub(await res.text());
  const url = new URL(path, base).href;
  writeFileSync(join(outDir, `${name}.html`), `<!-- url: ${url} -->\n${html}`);
  console.log(`${name}.html  ${html.length} chars  <- ${url}`);
}
