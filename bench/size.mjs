#!/usr/bin/env node
// Bundle sizes of the store build (what ships): bytes and gzip bytes per file, for the content
// script, the background and each page. Builds first. Writes reports/bench-size.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
delete env.ACCORD_DEMO;
for (const [label, args] of [['chrome', []], ['firefox', ['-b', 'firefox']]]) {
  const r = spawnSync('npx', ['wxt', 'build', ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`size: the ${label} build failed`);
    process.exit(1);
  }
}
function sizes(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|css|html|json)$/.test(e.name)) {
        const buf = fs.readFileSync(p);
        out[path.relative(dir, p)] = { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      }
    }
  };
  walk(dir);
  return out;
}
const chrome = sizes(path.join(root, '.output/chrome-mv3'));
const firefox = sizes(path.join(root, '.output/firefox-mv2'));
const total = (o) => Object.values(o).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), { bytes: 0, gzip: 0 });
const result = {
  at: new Date().toISOString(),
  chrome: {
    contentScript: chrome['content-scripts/webmail.js'],
    background: chrome['background.js'],
    total: total(chrome),
    files: chrome,
  },
  firefox: { total: total(firefox) },
};
fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
fs.writeFileSync(path.join(root, 'reports/bench-size.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify({ contentScript: result.chrome.contentScript, background: result.chrome.background, total: result.chrome.total, firefoxTotal: result.firefox.total }, null, 2));
