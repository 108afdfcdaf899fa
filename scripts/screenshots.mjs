#!/usr/bin/env node
// Screenshots of the side panel (English and Chinese) and the popup on the demo mailbox,
// produced from a real headless Chromium run with the built extension (npm run build:demo first).
// Usage: node scripts/screenshots.mjs [outDir=docs/screenshots] [thread=hlb-rfp]
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from './demo-server.mjs';
import { findChromium } from './chromium.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const thread = process.argv[3] ?? 'hlb-rfp';
const ext = path.resolve('.output/chrome-mv3');
fs.mkdirSync(outDir, { recursive: true });
const server = await startDemoServer({ port: 0 });

async function shoot(locale, shots) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-shot-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(), headless: true, locale, viewport: { width: 420, height: 1400 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${locale}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const mail = await ctx.newPage();
    await mail.setViewportSize({ width: 1400, height: 900 });
    for (const t of shots.threads) {
      await mail.goto(`${server.url}#/thread/${t}`);
      await mail.waitForTimeout(1500);
    }
    if (shots.mailShot) await mail.screenshot({ path: path.join(outDir, shots.mailShot) });
    const panel = await ctx.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.locator('.org-name').waitFor({ timeout: 20000 });
    await panel.waitForTimeout(500);
    await panel.screenshot({ path: path.join(outDir, shots.panel), fullPage: true });
    if (shots.popup) {
      const popup = await ctx.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.locator('.org-name').waitFor({ timeout: 20000 });
      await popup.screenshot({ path: path.join(outDir, shots.popup), fullPage: true });
    }
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

await shoot('en-US', { threads: [thread], panel: 'panel-en.png', popup: 'popup-en.png', mailShot: 'demo-mailbox.png' });
await shoot('zh-CN', { threads: ['hdzz-charter'], panel: 'panel-zh.png', popup: 'popup-zh.png' });
await server.close();
console.log(`screenshots written to ${path.relative(process.cwd(), outDir)}`);
