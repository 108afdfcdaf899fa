// The demo server (scripts/demo-server.mjs): serves demo/ on 127.0.0.1 and nothing else.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../../scripts/demo-server.mjs');
interface Started { url: string; port: number; close: () => Promise<void> }
type Start = (o?: { port?: number }) => Promise<Started>;

let server: Started;
beforeAll(async () => {
  const mod = (await import(/* @vite-ignore */ pathToFileURL(SCRIPT).href)) as { startDemoServer: Start };
  server = await mod.startDemoServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('demo server', () => {
  it('listens on loopback on a free port when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page, its script, style and data with the right types', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<meta name="accord-demo-mailbox"');
    for (const [path, type] of [
      ['app.js', 'text/javascript; charset=utf-8'],
      ['style.css', 'text/css; charset=utf-8'],
      ['favicon.svg', 'image/svg+xml'],
      ['data/mailbox-1.json', 'application/json; charset=utf-8'],
      ['data/mailbox-2.json', 'application/json; charset=utf-8'],
    ]) {
      const r = await fetch(server.url + path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toBe(type);
      await r.arrayBuffer();
    }
    const data = (await (await fetch(server.url + 'data/mailbox-2.json')).json()) as { mailbox: { person: string } };
    expect(data.mailbox.person).toBe('liwei');
  });

  it('answers 404 for missing files and never serves outside demo/', async () => {
    expect((await fetch(server.url + 'nope.html')).status).toBe(404);
    for (const path of ['..%2fpackage.json', '%2e%2e/package.json', 'data/..%2f..%2fpackage.json', '..%5cpackage.json']) {
      const r = await fetch(server.url + path);
      expect([403, 404], path).toContain(r.status);
      expect(await r.text(), path).not.toContain('"name": "accord"');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});

describe('demo server command line', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its URL, serves, and exits cleanly on %s', async (signal) => {
    const child = spawn(process.execPath, [SCRIPT, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) done(m[1]!);
      });
      child.once('exit', (code) => fail(new Error(`exited early with ${code}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill(signal);
    expect(await exit).toBe(0);
  });

  it('rejects a bad --port', async () => {
    const child = spawn(process.execPath, [SCRIPT, '--port', 'abc'], { stdio: 'ignore' });
    expect(await new Promise((done) => child.once('exit', done))).toBe(2);
  });
});
