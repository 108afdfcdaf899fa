// Finds Debian's Chromium, installing it with apt-get when missing and allowed (root, Debian).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_PACKAGES = ['chromium', 'fonts-liberation', 'fonts-wqy-microhei'];

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export function ensureChromium({ install = true } = {}) {
  const found = findChromium();
  if (found) return found;
  const how = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${CHROMIUM_PACKAGES.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!install || !isRoot || !hasApt) {
    console.error(`Accord needs Debian's Chromium at /usr/bin/chromium (or set CHROMIUM_PATH).\nInstall it with:\n  ${how}`);
    process.exit(1);
  }
  console.log(`Installing Debian's Chromium (${CHROMIUM_PACKAGES.join(', ')})...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install1 = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...CHROMIUM_PACKAGES], { stdio: 'inherit', env });
  let r = install1();
  if (r.status !== 0) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    r = install1();
  }
  if (r.status !== 0 || !findChromium()) {
    console.error(`Installing Chromium failed. Try:\n  ${how}`);
    process.exit(1);
  }
  return findChromium();
}
