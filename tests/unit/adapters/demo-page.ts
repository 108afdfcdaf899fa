// Renders the bundled demo mailbox (demo/index.html + demo/app.js + demo/data/*.json) in jsdom,
// as the browser would, without a server: app.js's fetch of its own data is answered from disk.
// Used by the demo adapter tests and by tests/fixtures/demo/save-fixtures.ts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// vitest (jsdom environment included) provides __dirname; plain ESM under tsx gives import.meta.url.
const HERE = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const DEMO_ROOT = resolve(HERE, '../../../demo');

export interface DemoPageOptions {
  /** '1' (Maya Lin, default) or '2' (Li Wei). */
  mailbox?: '1' | '2';
  /** The viewer's date, YYYY-MM-DD; the page anchors every date on the Monday of its week. */
  today?: string;
  /** e.g. '#/thread/hlb-rfp'. */
  hash?: string;
  port?: number;
}

export function demoUrl({ mailbox = '1', today, hash = '', port = 8642 }: DemoPageOptions = {}): string {
  const params = new URLSearchParams();
  if (mailbox !== '1') params.set('mailbox', mailbox);
  if (today) params.set('today', today);
  const q = params.toString();
  return `http://127.0.0.1:${port}/${q ? `?${q}` : ''}${hash}`;
}

/** The raw mailbox data file. */
export function demoData(mailbox: '1' | '2'): DemoData {
  return JSON.parse(readFileSync(join(DEMO_ROOT, 'data', `mailbox-${mailbox}.json`), 'utf8')) as DemoData;
}

export async function renderDemo(options: DemoPageOptions = {}): Promise<JSDOM> {
  const url = demoUrl(options);
  const html = readFileSync(join(DEMO_ROOT, 'index.html'), 'utf8');
  const dom = new JSDOM(html, { url, runScripts: 'outside-only', pretendToBeVisual: true });
  const win = dom.window as unknown as { fetch: unknown; eval: (code: string) => unknown };
  win.fetch = async (input: unknown) => {
    const path = new URL(String(input), url).pathname;
    const file = resolve(join(DEMO_ROOT, decodeURIComponent(path)));
    if (!file.startsWith(DEMO_ROOT + sep)) return { ok: false, status: 403, json: async () => null };
    try {
      const text = readFileSync(file, 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 404, json: async () => null };
    }
  };
  win.eval(readFileSync(join(DEMO_ROOT, 'app.js'), 'utf8'));
  const root = dom.window.document.documentElement;
  for (let i = 0; i < 200 && !root.hasAttribute('data-accord-demo-ready'); i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  if (root.getAttribute('data-accord-demo-ready') !== 'true') throw new Error(`demo page did not render: ${url}`);
  return dom;
}

/** Navigate the rendered page by hash and wait for the hashchange to be handled. */
export async function navigate(dom: JSDOM, hash: string): Promise<void> {
  const win = dom.window;
  await new Promise<void>((done) => {
    win.addEventListener('hashchange', () => setTimeout(done, 0), { once: true });
    win.location.hash = hash;
  });
}

// The data format (demo/data/mailbox-N.json).
export interface DemoCommitment {
  kind: 'promise' | 'request';
  owner: 'sender' | 'recipient' | 'third-party';
  text: string;
  due: number | null;
}
export interface DemoMessage {
  id: string;
  from: string;
  to: string[];
  cc?: string[];
  day: number;
  time: string;
  tz: string;
  lang?: string;
  quote?: boolean;
  attachments?: string[];
  body: string[];
  commitments: DemoCommitment[];
}
export interface DemoThread {
  id: string;
  org: string;
  lang: 'en' | 'zh-Hans' | 'zh-Hant';
  stage: string;
  origin: 'proactive' | 'passive';
  informational?: boolean;
  subject: string;
  unread?: boolean;
  starred?: boolean;
  messages: DemoMessage[];
}
export interface DemoPerson {
  name: string;
  email: string;
  org: string;
  client?: string;
  role?: string;
  robot?: boolean;
  sigDelimiter?: boolean;
  signature?: Record<string, string[]>;
}
export interface DemoData {
  format: string;
  mailbox: { id: string; person: string };
  people: Record<string, DemoPerson>;
  orgs: Record<string, { name: string; domain: string; own?: boolean; color?: string }>;
  threads: DemoThread[];
}
