#!/usr/bin/env node
// `npm test`: every check and test. Installs Debian's Chromium first when it is missing
// (as root on Debian; otherwise it says what to install). Steps: typecheck, lint, the Chrome
// (demo) and Firefox builds, unit and DOM-fixture tests (vitest), end-to-end tests in real
// headless Chromium (Playwright). Ends with one line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-test-'));
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (step) => only.length === 0 || only.includes(step);
const failures = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(label, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(label);
  return ok;
}

const chromium = want('e2e') ? ensureChromium() : null;

if (want('check')) {
  run('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
  run('lint (eslint, with the layer import rules)', 'npx', ['eslint', '.', '--max-warnings=0']);
}
if (want('e2e') || want('build')) {
  run('build: Chrome MV3, demo build', 'npx', ['wxt', 'build'], { ACCORD_DEMO: '1' });
}
if (want('build')) {
  run('build: Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
}

if (want('unit')) {
  const out = path.join(tmp, 'vitest.json');
  run('unit and DOM-fixture tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    counts.passed += j.numPassedTests ?? 0;
    counts.failed += j.numFailedTests ?? 0;
    counts.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  }
}

/** The real Roundcube for its e2e: used when running, started when installed, else skipped with a hint. */
function roundcube() {
  if (process.env.ACCORD_RC_URL) return { url: process.env.ACCORD_RC_URL, stop: () => {} };
  const pkgs = ['roundcube-core', 'lighttpd', 'dovecot-imapd', 'php8.2-cgi'];
  const q = spawnSync('dpkg-query', ['-W', '-f=${Status}\n', ...pkgs], { encoding: 'utf8' });
  const installed = q.status === 0 && q.stdout.trim().split('\n').every((l) => l.endsWith('install ok installed'));
  if (!installed || process.getuid?.() !== 0) {
    console.log('\nℹ The real-Roundcube e2e tests are skipped: run `sudo scripts/roundcube/up.sh` once (it installs Debian\'s roundcube, dovecot and lighttpd and starts them on 127.0.0.1) to include them.');
    return null;
  }
  const pidFile = path.join(process.env.ACCORD_RC_STATE ?? '/tmp/accord-roundcube', 'run/lighttpd.pid');
  const wasUp = fs.existsSync(pidFile) && fs.existsSync(`/proc/${fs.readFileSync(pidFile, 'utf8').trim()}`);
  if (!run('start the real Roundcube on loopback (scripts/roundcube/up.sh)', 'bash', ['scripts/roundcube/up.sh'])) return null;
  return {
    url: 'http://127.0.0.1:8643/',
    stop: () => (wasUp ? undefined : spawnSync('bash', ['scripts/roundcube/down.sh'], { cwd: root, stdio: 'ignore' })),
  };
}

if (want('e2e')) {
  const out = path.join(tmp, 'playwright.json');
  const rc = roundcube();
  const env = { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out, ...(rc ? { ACCORD_RC_URL: rc.url } : {}) };
  run('end-to-end tests (Playwright, headless Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], env);
  if (fs.existsSync(out)) {
    const s = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    counts.failed += s.unexpected ?? 0;
    counts.skipped += s.skipped ?? 0;
  }
  rc?.stop();
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nwall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) console.log(`failed steps: ${failures.join('; ')}`);
if (failures.length && counts.failed === 0) counts.failed = failures.length;
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
