// The loopback Roundcube the e2e tests use (scripts/roundcube/up.sh): where it is, how to log
// in, and how to put a message into its Maildir.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** e.g. http://127.0.0.1:8643/ (printed by up.sh; .ci/run exports it). Tests skip without it. */
export const RC_URL = process.env.ACCORD_RC_URL ?? '';
export const RC_STATE = process.env.ACCORD_RC_STATE ?? '/tmp/accord-roundcube';

function stateEnv(): Record<string, string> {
  try {
    return Object.fromEntries(
      fs
        .readFileSync(path.join(RC_STATE, 'env'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
  } catch {
    return {};
  }
}

/** The login: ACCORD_RC_USER / ACCORD_RC_PASS, else <state>/env written by up.sh, else up.sh's defaults. */
export function rcLogin(): { user: string; pass: string } {
  const env = stateEnv();
  return {
    user: process.env.ACCORD_RC_USER ?? env.ACCORD_RC_USER ?? 'maya@northwind-analytics.com',
    pass: process.env.ACCORD_RC_PASS ?? env.ACCORD_RC_PASS ?? 'accord-demo-2026',
  };
}

/**
 * Deliver a message once (found again by its Message-ID) when the Maildir is local and writable
 * by us (root); otherwise it must have been delivered with scripts/roundcube/deliver.sh.
 */
export function rcEnsureDelivered(user: string, eml: string, messageId: string): void {
  const maildir = path.join(RC_STATE, 'mail', user, 'Maildir');
  if (!fs.existsSync(maildir) || process.getuid?.() !== 0) return;
  for (const sub of ['new', 'cur']) {
    for (const f of fs.readdirSync(path.join(maildir, sub))) {
      const head = fs.readFileSync(path.join(maildir, sub, f), 'utf8').slice(0, 4000);
      if (head.includes(messageId)) return;
    }
  }
  execFileSync(path.resolve('scripts/roundcube/deliver.sh'), ['--state', RC_STATE, '--to', user, eml], { stdio: 'ignore' });
}

/** Open Roundcube at `url` and log in when the login form shows. */
export async function rcSignIn(page: Page, url: string): Promise<void> {
  const { user, pass } = rcLogin();
  await page.goto(url);
  if (await page.locator('#rcmloginuser').isVisible().catch(() => false)) {
    await page.locator('#rcmloginuser').fill(user);
    await page.locator('#rcmloginpwd').fill(pass);
    await page.locator('#rcmloginsubmit').click();
  }
}
