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

if (want('e2e')) {
  const out = path.join(tmp, 'playwright.json');
  const env = { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out };
  run('end-to-end tests (Playwright, headless Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], env);
  if (fs.existsSync(out)) {
    const s = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    counts.failed += s.unexpected ?? 0;
    counts.skipped += s.skipped ?? 0;
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nwall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) console.log(`failed steps: ${failures.join('; ')}`);
if (failures.length && counts.failed === 0) counts.failed = failures.length;
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
