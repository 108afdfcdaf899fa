// Per opened email, warm, under jsdom in Node: the content script's pass (adapter read; the page's
// main thread) and the background's extraction of what it sends (the service worker's thread),
// on saved pages including a large Gmail thread (25 messages built from the reconstructed
// fixture). Real main-thread cost in Chromium, cold start included, is
// bench/content-chromium.bench.mjs. Writes reports/bench-content.json.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
// @ts-expect-error: plain ESM helper without types
import { bigGmailThread, fixture, urlOf } from './threads.mjs';
import { gmailAdapter } from '../lib/adapters/gmail/adapter';
import { outlookAdapter } from '../lib/adapters/outlook/adapter';
import type { WebmailAdapter } from '../lib/adapters/types';
import { extract } from '../lib/extract/index';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fx = fixture;

function measure(name: string, adapter: WebmailAdapter, html: string, passes = 15) {
  const dom = new JSDOM(html, { url: urlOf(html), pretendToBeVisual: true });
  const doc = dom.window.document;
  const one = () => {
    const t0 = performance.now();
    const snaps = adapter.read(doc);
    const t1 = performance.now();
    for (const s of snaps) extract(s);
    return { read: t1 - t0, extract: performance.now() - t1, total: performance.now() - t0, messages: snaps.length };
  };
  for (let i = 0; i < 3; i++) one();
  const runs = Array.from({ length: passes }, one).sort((a, b) => a.total - b.total);
  const med = runs[Math.floor(runs.length / 2)]!;
  dom.window.close();
  const pick = (k: 'read' | 'extract') => [...runs].sort((a, b) => a[k] - b[k])[Math.floor(runs.length / 2)]![k];
  return {
    name,
    messages: med.messages,
    contentReadMs: round(pick('read')),
    backgroundExtractMs: round(pick('extract')),
    backgroundExtractPerMessageMs: round(pick('extract') / Math.max(1, med.messages)),
  };
}
const round = (n: number) => Math.round(n * 100) / 100;

const results = [
  measure('gmail single', gmailAdapter, fx('gmail/2026-11-reconstructed/single.html')),
  measure('gmail thread of 3', gmailAdapter, fx('gmail/2026-11-reconstructed/thread-3.html')),
  measure('gmail thread of 25', gmailAdapter, bigGmailThread(25)),
  measure('outlook thread of 3', outlookAdapter, fx('outlook/2026-11-reconstructed/thread-3.html')),
];
const sizeFile = path.join(root, 'reports/bench-size.json');
const out = {
  at: new Date().toISOString(),
  note: 'median of 15 passes after warm-up; jsdom in Node. contentReadMs is the page main-thread work of one pass (adapter read); backgroundExtractMs is the extraction the background then does off the page',
  passes: results,
  contentScriptBundle: fs.existsSync(sizeFile) ? JSON.parse(fs.readFileSync(sizeFile, 'utf8')).chrome?.contentScript ?? null : null,
};
fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
fs.writeFileSync(path.join(root, 'reports/bench-content.json'), JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));
