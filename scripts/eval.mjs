#!/usr/bin/env node
// `npm run eval`: runs the command-line extractor (exactly `npm run --silent extract -- FILES`)
// over the labelled sets in ../shared/corpus and scores them with ../shared/eval.
// Prints the figures and writes them to reports/eval.json.
// Options: --set dev,zh,due,zones (default: all)   --keep (keep the prediction files)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ACCORD_SHARED ?? path.resolve(root, '../shared');
const corpus = path.join(shared, 'corpus');
const evalDir = path.join(shared, 'eval');
if (!fs.existsSync(corpus)) {
  console.error(`eval: no corpus at ${corpus} (set ACCORD_SHARED to the shared folder)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'dev,zh,due,zones';
const sets = setArg.split(',');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-eval-'));

function extract(files, out) {
  const stdout = execFileSync('npm', ['run', '--silent', 'extract', '--', ...files], {
    cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8',
  });
  fs.writeFileSync(out, stdout);
  const lines = stdout.split('\n').filter(Boolean);
  const errors = lines.filter((l) => JSON.parse(l).error).length;
  return { lines: lines.length, errors };
}
function emls(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
}
function score(script, gold, pred) {
  const out = execFileSync('node', [path.join(evalDir, script), '--gold', gold, '--pred', pred, '--json'], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  // The JSON object is everything up to the summary line.
  const start = out.indexOf('{');
  const end = out.lastIndexOf('}');
  return JSON.parse(out.slice(start, end + 1));
}

const results = { at: new Date().toISOString(), sets: {} };
for (const set of sets) {
  const t0 = Date.now();
  if (set === 'zones') {
    const files = [...emls(path.join(corpus, 'zones/eml/reply')), ...emls(path.join(corpus, 'zones/eml/signature'))];
    const pred = path.join(tmp, 'zones.jsonl');
    const run = extract(files, pred);
    results.sets.zones = { ...run, scores: score('score-zones.mjs', path.join(corpus, 'zones/gold'), pred) };
  } else {
    const files = emls(path.join(corpus, set, 'messages'));
    const pred = path.join(tmp, `${set}.jsonl`);
    const run = extract(files, pred);
    results.sets[set] = { ...run, scores: score('score.mjs', path.join(corpus, set, 'gold'), pred) };
  }
  results.sets[set].seconds = (Date.now() - t0) / 1000;
}

const pick = (o, keys) => keys.filter((k) => k in o).map((k) => `${k}=${typeof o[k] === 'number' ? o[k].toFixed(3) : o[k]}`).join('  ');
for (const [set, r] of Object.entries(results.sets)) {
  console.log(`\n== ${set}: ${r.lines} files, ${r.errors} error lines, ${r.seconds.toFixed(1)} s`);
  const groups = 'all' in r.scores ? ['all', 'en', 'zh'] : [null];
  for (const g of groups) {
    const s = g ? r.scores[g] : r.scores;
    if (!s) continue;
    const keys = Object.keys(s).filter((k) => typeof s[k] === 'number');
    if (g) console.log(` [${g}]`);
    for (let i = 0; i < keys.length; i += 4) console.log('  ' + pick(s, keys.slice(i, i + 4)));
  }
}
fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
fs.writeFileSync(path.join(root, 'reports/eval.json'), JSON.stringify(results, null, 2) + '\n');
if (args.includes('--keep')) console.log(`\npredictions kept in ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });
console.log('\nwritten: reports/eval.json');
