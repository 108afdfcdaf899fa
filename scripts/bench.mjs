#!/usr/bin/env node
// `npm run bench`: every benchmark, each writing JSON to reports/. Speed is measured here,
// never in tests. Figures are noisy on a shared 2-core machine: compare within one run.
//   bench-extract.json  per-message extraction time over the corpus; reply trimming vs planer, email-reply-parser
//   bench-size.json     bundle sizes of the store builds (bytes, gzip)
//   bench-content.json  per opened email under jsdom: the content script's read, the background's extraction
//   bench-import.json   10,000-message .mbox import in real Chromium: messages/s, storage used
//   bench-content-chromium.json  the same content-script cost in real Chromium (CPU profile of the script, with − without)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const steps = [
  ['extract', 'npx', ['tsx', 'bench/extract.bench.ts']],
  ['size', 'node', ['bench/size.mjs']],
  ['content', 'npx', ['tsx', 'bench/content.bench.ts']],
  ['import', 'sh', ['-c', 'ACCORD_DEMO=1 npx wxt build >/dev/null && node bench/import.bench.mjs']],
  ['content-chromium', 'sh', ['-c', 'ACCORD_DEMO=1 npx wxt build >/dev/null && node bench/content-chromium.bench.mjs']],
];
let failed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▶ bench ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
