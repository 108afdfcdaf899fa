#!/usr/bin/env node
// `npm start`: builds Accord (demo build) and opens Chromium with it loaded on the bundled demo mailbox.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.ACCORD_DEMO_PORT ?? 8642);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start opens a browser window, and this machine has no display (DISPLAY is not set).\n' +
      'Run it under a virtual display instead:\n' +
      '  sudo apt-get install -y xvfb xauth   # once\n' +
      '  xvfb-run -a npm start\n' +
      'or run the headless end-to-end tests with: npm test',
  );
  process.exit(1);
}

const chromium = ensureChromium();
console.log('Building Accord (demo build)...');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ACCORD_DEMO: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startDemoServer({ port });
const extension = path.join(root, '.output/chrome-mv3');
const profile = process.env.ACCORD_PROFILE ?? path.join(os.homedir(), '.cache', 'accord-demo-profile');
fs.mkdirSync(profile, { recursive: true });
console.log(`Demo mailbox: ${server.url}\nBrowser profile (your demo data lives here): ${profile}`);
console.log('Open an email, then click the Accord icon in the toolbar (pin it from the puzzle menu) and "Open side panel".');

const browser = spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    server.url,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
const stop = async () => {
  browser.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
