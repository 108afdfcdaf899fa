#!/usr/bin/env node
// Content-script cost per opened email in real Chromium (issue #4): the main-thread time the
// built extension (demo build, `ACCORD_DEMO=1 npx wxt build`) adds to saved webmail pages served
// at their real origins (Gmail 1, 3 and 25 messages, Outlook 3 and 25; the 25-message threads are
// grown from the reconstructed fixtures like bench/content.bench.ts does), on page load and on an
// in-page (single-page app) switch to another thread.
//
// Two measures per run, both from the page's DevTools session:
//   1. attribution (primary): a V8 CPU profile over the window; every sample whose stack holds a
//      frame of chrome-extension://<id>/ is the content script's (its JS and the DOM calls it makes).
//      It cannot see compiling the script, style/layout after its DOM writes, or GC.
//   2. difference: Performance.getMetrics (thread CPU time) over the same window, with the
//      extension minus the same page in a browser without it. Catches what (1) cannot, but noisier.
// Long tasks (>50 ms) come from a PerformanceObserver('longtask') installed with addInitScript.
// The window is fixed and long enough for the runtime's 400 ms debounce, the pass, and the second
// pass the capture buttons' DOM writes trigger; the report checks the content script was quiet
// before the window closed. Writes reports/bench-content-chromium.json.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { findChromium } from '../scripts/chromium.mjs';
import { bigGmailThread, bigOutlookThread, fixture, urlOf } from './threads.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, '.output/chrome-mv3');
if (!fs.existsSync(path.join(ext, 'manifest.json'))) {
  console.error('bench-content-chromium: build first (ACCORD_DEMO=1 npx wxt build)');
  process.exit(1);
}
// Another session may rebuild .output while this runs: figures from a mix of builds are refused.
const scriptFile = path.join(ext, 'content-scripts/webmail.js');
const digest = () => createHash('sha256').update(fs.readFileSync(scriptFile)).digest('hex').slice(0, 16);
const builtScript = digest();
const RUNS = Number(process.env.ACCORD_BENCH_RUNS ?? 5);
const WINDOW_MS = Number(process.env.ACCORD_BENCH_WINDOW_MS ?? 4000);
const SAMPLING_US = Number(process.env.ACCORD_BENCH_SAMPLING_US ?? 200);
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench-content-chromium: no Chromium (see scripts/chromium.mjs)');
  process.exit(1);
}

// ---- fixtures -------------------------------------------------------------------------------
const fx = fixture;
const page = (html) => ({ html, url: urlOf(html) });

const gmail = {
  single: page(fx('gmail/2026-11-reconstructed/single.html')),
  thread3: page(fx('gmail/2026-11-reconstructed/thread-3.html')),
  chinese: page(fx('gmail/2026-11-reconstructed/chinese.html')),
  thread25: page(bigGmailThread(25)),
};
const outlook = {
  thread3: page(fx('outlook/2026-11-reconstructed/thread-3.html')),
  thread25: page(bigOutlookThread(25)),
};

/** Counts the expanded messages of a page as the adapter will see them (a check that the fixture grew). */
function expandedMessages(site, html) {
  const doc = new JSDOM(html).window.document;
  return site === 'gmail' ? doc.querySelectorAll('.h7 [data-message-id]').length : doc.querySelectorAll('div[aria-label="Email message"]').length;
}

// open: a full page load of `load`. spa: `load` first (not measured), then the page's own
// region replaced by `next`'s, as the single-page app does when the user opens another thread.
const scenarios = [
  { name: 'gmail single: open', site: 'gmail', load: gmail.single },
  { name: 'gmail thread of 3: open', site: 'gmail', load: gmail.thread3 },
  { name: 'gmail thread of 25: open', site: 'gmail', load: gmail.thread25 },
  { name: 'outlook thread of 3: open', site: 'outlook', load: outlook.thread3 },
  { name: 'outlook thread of 25: open', site: 'outlook', load: outlook.thread25 },
  { name: 'gmail in-page switch thread of 3 -> single (zh)', site: 'gmail', load: gmail.thread3, next: gmail.chinese, region: 'div[role="main"]' },
  { name: 'gmail in-page switch single -> thread of 25', site: 'gmail', load: gmail.single, next: gmail.thread25, region: 'div[role="main"]' },
  { name: 'outlook in-page switch thread of 25 -> thread of 3', site: 'outlook', load: outlook.thread25, next: outlook.thread3, region: '[role="main"]' },
];
for (const s of scenarios) s.messages = expandedMessages(s.site, (s.next ?? s.load).html);

// A page of the same site but not a webmail match: loading it first keeps the renderer process
// across the measured navigation, so the Performance counters are continuous.
const PRELOAD = { gmail: 'https://www.google.com/accord-bench-blank', outlook: 'https://www.office.com/accord-bench-blank' };

// ---- browsers -------------------------------------------------------------------------------
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'];
const LONGTASKS = () => {
  window.__accordBenchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__accordBenchLongTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task support */
  }
};

async function open(withExtension, tmp) {
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, withExtension ? 'with-' : 'without-')), {
    executablePath, headless: true, locale: 'en-US',
    args: withExtension ? [...FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : FLAGS,
  });
  let id = null;
  if (withExtension) {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    id = new URL(sw.url()).host;
  }
  const current = { html: '' };
  const serve = (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html })
      : route.fulfill({ status: 204, body: '' });
  for (const origin of ['https://mail.google.com', 'https://outlook.office.com']) await ctx.route(`${origin}/**`, serve);
  for (const u of Object.values(PRELOAD)) await ctx.route(u, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  // Anything else would leave the machine: refuse it (the fixtures make no other requests).
  await ctx.route((u) => !/^https:\/\/(mail\.google|outlook\.office|www\.google|www\.office)\.com\//.test(u.href) && /^https?:/.test(u.href), (r) => r.abort());
  await ctx.addInitScript(LONGTASKS);
  return { ctx, id, current, withExtension };
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return Object.fromEntries(METRICS.map((k) => [k, (m[k] ?? 0) * 1000]));
}

/** Self and inclusive time of the extension's frames in a V8 CPU profile. */
function attribute(profile, id) {
  const prefix = `chrome-extension://${id}/`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExt = new Map(); // node id → its stack holds an extension frame
  const holds = (nodeId) => {
    if (inExt.has(nodeId)) return inExt.get(nodeId);
    const n = byId.get(nodeId);
    const v = n.callFrame.url.startsWith(prefix) || (parent.has(nodeId) ? holds(parent.get(nodeId)) : false);
    inExt.set(nodeId, v);
    return v;
  };
  // The script's own top level (module evaluation and main()) is frame '' at 0:0; the passes
  // run later from timers.
  const outermost = new Map();
  const outer = (nodeId) => {
    if (outermost.has(nodeId)) return outermost.get(nodeId);
    const n = byId.get(nodeId);
    const up = parent.has(nodeId) ? outer(parent.get(nodeId)) : null;
    const v = up ?? (n.callFrame.url.startsWith(prefix) ? n : null);
    outermost.set(nodeId, v);
    return v;
  };
  let startupUs = 0, inclusiveUs = 0, selfUs = 0, burstUs = 0, longestBurstUs = 0, lastExtAtUs = null, t = profile.startTime;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i];
    const d = timeDeltas[i + 1] ?? 0;
    const node = byId.get(samples[i]);
    if (holds(samples[i])) {
      inclusiveUs += d;
      if (node.callFrame.url.startsWith(prefix)) selfUs += d;
      const o = outer(samples[i]).callFrame;
      if (o.functionName === '' && o.lineNumber === 0 && o.columnNumber === 0) startupUs += d;
      burstUs += d;
      longestBurstUs = Math.max(longestBurstUs, burstUs);
      lastExtAtUs = t + d;
    } else if (node.callFrame.functionName !== '(garbage collector)') {
      burstUs = 0; // GC inside a burst stays part of the same task
    }
  }
  return {
    inclusiveMs: inclusiveUs / 1000,
    selfMs: selfUs / 1000,
    startupMs: startupUs / 1000,
    longestBurstMs: longestBurstUs / 1000,
    quietBeforeEndMs: lastExtAtUs === null ? null : (profile.endTime - lastExtAtUs) / 1000,
  };
}

async function runOnce(b, s) {
  const p = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(p);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await p.goto(PRELOAD[s.site]);
    b.current.html = s.load.html;
    if (s.next) {
      await p.goto(s.load.url);
      await p.waitForTimeout(WINDOW_MS); // the first thread settles, unmeasured
    }
    if (b.withExtension) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await cdp.send('Profiler.start');
    }
    const longBefore = s.next ? await p.evaluate(() => window.__accordBenchLongTasks.length) : 0;
    const m0 = await metrics(cdp);
    const t0 = Date.now();
    if (s.next) {
      await p.evaluate(({ html, url, region }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.title = doc.title;
        history.pushState({}, '', url);
        document.querySelector(region).replaceWith(document.importNode(doc.querySelector(region), true));
      }, { html: s.next.html, url: s.next.url, region: s.region });
    } else {
      await p.goto(s.load.url);
    }
    await p.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - t0)));
    const m1 = await metrics(cdp);
    const longTasks = (await p.evaluate(() => window.__accordBenchLongTasks)).slice(longBefore);
    const buttons = await p.locator('[data-accord-capture]').count();
    const out = { metrics: Object.fromEntries(METRICS.map((k) => [k, m1[k] - m0[k]])), longTasks, buttons };
    if (b.withExtension) {
      const { profile } = await cdp.send('Profiler.stop');
      out.profile = attribute(profile, b.id);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
    await p.close();
  }
}

const r2 = (n) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);
const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
const stat = (xs) => ({ median: r2(median(xs)), min: r2(Math.min(...xs)), max: r2(Math.max(...xs)) });

// ---- run ------------------------------------------------------------------------------------
const loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-cc-'));
const withExt = await open(true, tmp);
const without = await open(false, tmp);
const raw = scenarios.map(() => ({ with: [], without: [] }));
let stored = null;
let coldFirstLoad = null;
try {
  // One unrecorded warm-up of each scenario in each browser (first tab, cold caches).
  for (const s of scenarios) {
    const first = await runOnce(withExt, s);
    if (s === scenarios[0]) coldFirstLoad = { scenario: s.name, attributedMs: r2(first.profile.inclusiveMs), startupMs: r2(first.profile.startupMs) };
    await runOnce(without, s);
  }
  // Runs alternate with/without so drift in machine load hits both sides alike.
  for (let r = 0; r < RUNS; r++) {
    for (let i = 0; i < scenarios.length; i++) {
      raw[i].with.push(await runOnce(withExt, scenarios[i]));
      raw[i].without.push(await runOnce(without, scenarios[i]));
    }
    process.stderr.write(`run ${r + 1}/${RUNS}\n`);
  }
  // Did the content script store what it read? Ask the background from an extension page.
  const opt = await withExt.ctx.newPage();
  await opt.goto(`chrome-extension://${withExt.id}/options.html`);
  stored = await opt.evaluate(async () => {
    const send = (m) => chrome.runtime.sendMessage(m);
    const boxes = await send({ type: 'list-mailboxes' });
    const out = {};
    for (const mb of boxes?.data ?? []) {
      const name = typeof mb === 'string' ? mb : mb.mailbox ?? mb.id;
      const s = await send({ type: 'storage-summary', mailbox: name });
      out[name] = s?.ok ? s.data : s;
    }
    return out;
  });
  await opt.close();
} finally {
  await withExt.ctx.close().catch(() => {});
  await without.ctx.close().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (digest() !== builtScript) {
  console.error('bench-content-chromium: .output/chrome-mv3 was rebuilt during the run; figures discarded, run again');
  process.exit(1);
}
let commit = null;
try {
  commit = execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* not a checkout */
}

const results = scenarios.map((s, i) => {
  const { with: w, without: wo } = raw[i];
  const attributed = w.map((x) => x.profile.inclusiveMs);
  // Differences pair run k with run k: the two were measured back to back.
  const diff = (k) => w.map((x, j) => x.metrics[k] - wo[j].metrics[k]);
  const perMsg = (xs) => xs.map((x) => x / s.messages);
  const lt = (runs) => runs.flatMap((x) => x.longTasks);
  return {
    name: s.name,
    messages: s.messages,
    attributedMs: stat(attributed),
    attributedPerMessageMs: stat(perMsg(attributed)),
    attributedSelfMs: stat(w.map((x) => x.profile.selfMs)),
    attributedStartupMs: stat(w.map((x) => x.profile.startupMs)),
    attributedPassesMs: stat(w.map((x) => x.profile.inclusiveMs - x.profile.startupMs)),
    attributedPassesPerMessageMs: stat(w.map((x) => (x.profile.inclusiveMs - x.profile.startupMs) / s.messages)),
    longestContentScriptBurstMs: stat(w.map((x) => x.profile.longestBurstMs)),
    quietBeforeWindowEndMs: { min: r2(Math.min(...w.map((x) => x.profile.quietBeforeEndMs ?? WINDOW_MS))) },
    // Quiet for longer than the runtime's debounce: no pass was still to come.
    settledInEveryRun: w.every((x) => (x.profile.quietBeforeEndMs ?? WINDOW_MS) > 450),
    captureButtons: stat(w.map((x) => x.buttons)),
    cpuDifferenceMs: Object.fromEntries(METRICS.map((k) => [k, stat(diff(k))])),
    taskDifferencePerMessageMs: stat(perMsg(diff('TaskDuration'))),
    baselineTaskMs: stat(wo.map((x) => x.metrics.TaskDuration)),
    longTasks: {
      with: { count: lt(w).length, maxMs: Math.max(0, ...lt(w)) },
      without: { count: lt(wo).length, maxMs: Math.max(0, ...lt(wo)) },
    },
  };
});

let version = null;
try {
  version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* unknown */
}
const out = {
  at: new Date().toISOString(),
  chromium: version,
  runs: RUNS,
  windowMs: WINDOW_MS,
  samplingIntervalUs: SAMPLING_US,
  machine: { cpus: os.cpus().length, loadavgAtStart: loadAtStart, loadavgAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
  build: { commit, contentScriptSha256: builtScript, contentScriptBytes: fs.statSync(scriptFile).size },
  method: [
    'Debian Chromium headless (new headless), the demo build loaded unpacked; saved pages served at https://mail.google.com and https://outlook.office.com by Playwright routing; a fresh tab per run, one warm-up per scenario not recorded.',
    'open: window from navigation start to windowMs later (load, document_idle injection, 400 ms debounce, pass, capture buttons, the second pass their DOM writes trigger). in-page switch: the first thread settles unmeasured, then the conversation region is replaced and history.pushState called, as the app does.',
    'attributedMs: V8 CPU profile (Profiler domain, samplingIntervalUs) over the window; the sum of samples whose stack holds a frame of chrome-extension://<id>/ (the content script and the DOM calls it makes). Does not see compiling the script, style/layout after its DOM writes, or GC. attributedSelfMs: samples whose top frame is the script itself. attributedStartupMs: under the script top level (module evaluation + main()), paid once per page load and frame; attributedPassesMs: the rest (the runtime passes: adapter read, messages to the background, capture buttons); per message = passes / messages.',
    'coldFirstLoad: the first (unrecorded) load in the fresh browser, before V8 has cached the script.',
    'cpuDifferenceMs: Performance.getMetrics in thread CPU time (threadTicks) over the same window, with the extension minus the same page in a second browser without it, run k paired with run k. Includes compile, style, layout, GC; noisier (the two pages run in different processes).',
    'longestContentScriptBurstMs: longest run of consecutive content-script samples (GC included): about the longest uninterrupted task it causes. longTasks: PerformanceObserver("longtask") entries (>50 ms) in all runs, with and without.',
    'The profile samples wall time: when other processes hold the CPU (see machine.loadavg) attributedMs grows while cpuDifferenceMs (thread CPU) does not; compare the two.',
    'quietBeforeWindowEndMs: time between the last content-script sample and the window end, minimum over runs: > 0 means the work fitted in the window.',
  ],
  coldFirstLoad,
  scenarios: results,
  stored,
};
fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
fs.writeFileSync(path.join(root, 'reports/bench-content-chromium.json'), JSON.stringify(out, null, 2) + '\n');

console.log(`content script in ${version ?? 'Chromium'}, ${RUNS} runs, median [max] ms; attributed = CPU profile of chrome-extension:// frames, diff = thread CPU with − without`);
for (const x of results) {
  const d = x.cpuDifferenceMs.TaskDuration;
  console.log(
    `${x.name.padEnd(52)} ${String(x.messages).padStart(2)} msg  attributed ${x.attributedMs.median} [${x.attributedMs.max}] = startup ${x.attributedStartupMs.median} + passes ${x.attributedPassesMs.median} (${x.attributedPassesPerMessageMs.median}/msg)  ` +
      `diff ${d.median} [${d.max}]${x.settledInEveryRun ? '' : ' (NOT SETTLED: raise ACCORD_BENCH_WINDOW_MS)'}  longest burst ${x.longestContentScriptBurstMs.median} [${x.longestContentScriptBurstMs.max}]  long tasks ${x.longTasks.with.count}/${x.longTasks.without.count}`,
  );
}
