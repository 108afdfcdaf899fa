// Playwright harness: real Debian Chromium (headless) with the built extension loaded,
// a fresh profile per test, the demo mailbox served on loopback.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM script without types
import { startDemoServer } from '../../scripts/demo-server.mjs';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(profileDir: string, opts: { locale?: string } = {}): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_PATH}: run "npm run build:demo" first (npm test does)`);
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'en-US',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${opts.locale ?? 'en-US'}`,
      `--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`,
    ],
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  demoUrl: string;
  /** Opens chrome-extension://<id>/sidepanel.html in a tab, as the tests read the panel. */
  openSidePanelPage: () => Promise<Page>;
  /** Every request the browser made that left loopback or the extension (should stay empty). */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  profileDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-profile-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  demoUrl: async ({}, use) => {
    const server = await startDemoServer({ port: 0 });
    await use(server.url);
    await server.close();
  },
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ profileDir, foreignRequests }, use) => {
    const context = await launch(profileDir);
    context.on('request', (req) => {
      const url = req.url();
      if (!/^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(url)) foreignRequests.push(url);
    });
    await use(context);
    await context.close().catch(() => {});
  },
  extensionId: async ({ context }, use) => {
    const sw = await serviceWorker(context);
    await use(new URL(sw.url()).host);
  },
  openSidePanelPage: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    });
  },
});

export const expect = test.expect;
