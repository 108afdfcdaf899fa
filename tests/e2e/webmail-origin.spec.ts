// Self-hosted webmail added by the user: the options page asks for the origin's permission and
// the background registers the content script there, in all frames; removing it stops that.
//
// The real Roundcube (scripts/roundcube/up.sh) is reached as http://localhost:<port>, which no
// content script of the test build matches (its static loopback match is 127.0.0.1 only). The
// test build declares http://localhost/* as a host permission (TEST_GRANTED_MATCHES), so the
// browser grants the options page's request without a prompt; the store build declares none.
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, serviceWorker, test } from './fixtures';
import { RC_URL, rcEnsureDelivered, rcLogin, rcSignIn } from './roundcube-env';

const EML = path.resolve('tests/fixtures/roundcube/eml/accord-reply-signature.eml');
const MESSAGE_ID = 'accord-fixture-20260303164500@northwind-logistics.com';
const SUBJECT = 'Pilot scope and next steps';

test.skip(!RC_URL, 'set ACCORD_RC_URL to a Roundcube started by scripts/roundcube/up.sh (e.g. http://127.0.0.1:8643/)');

const localUrl = () => {
  const u = new URL(RC_URL);
  u.hostname = 'localhost';
  return u.toString();
};

async function registeredMatches(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

async function openMessage(mail: Page): Promise<void> {
  const row = mail.locator('#messagelist tbody tr.message', { hasText: SUBJECT }).first();
  await expect(row).toBeVisible({ timeout: 20_000 });
  await row.click();
  const preview = mail.frameLocator('iframe#messagecontframe');
  await expect(preview.locator('#message-header h2.subject')).toContainText(SUBJECT);
}

test('adding a self-hosted webmail on the options page makes Accord read it; removing it stops', async ({
  context,
  extensionId,
  openSidePanelPage,
}) => {
  rcEnsureDelivered(rcLogin().user, EML, MESSAGE_ID);
  const sw = await serviceWorker(context);
  const origin = new URL(localUrl()).origin;

  // Not added yet: Roundcube on this origin is not read.
  const mail = await context.newPage();
  await rcSignIn(mail, localUrl());
  await openMessage(mail);
  const captureButton = mail.frameLocator('iframe#messagecontframe').locator('[data-accord-capture]');
  await mail.waitForTimeout(1500); // the content script's debounce, had it been injected
  await expect(captureButton).toHaveCount(0);
  expect(await registeredMatches(sw)).toEqual([]);

  // The user adds the address on the options page.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // (Chromium's URL parser would make a host of this; the page refuses it.)
  await options.getByLabel('Webmail address').fill('not a url ###');
  await options.getByRole('button', { name: 'Add webmail' }).click();
  await expect(options.getByRole('alert')).toContainText('Enter an address');
  await options.getByLabel('Webmail address').fill(origin);
  await options.getByRole('button', { name: 'Add webmail' }).click();
  const item = options.locator('ul.origins li', { hasText: 'http://localhost' });
  await expect(item).toBeVisible();
  await expect(options.getByRole('alert')).toHaveCount(0); // the error went with the valid entry
  await expect.poll(() => registeredMatches(sw)).toEqual(['http://localhost/*']);

  // Now the message is read: inside Roundcube's preview iframe, into the side panel.
  await mail.reload();
  await openMessage(mail);
  await expect(captureButton.first()).toBeAttached({ timeout: 20_000 });
  const panel = await openSidePanelPage();
  await expect(panel.locator('.contact-name', { hasText: 'Sarah Miller' }).first()).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator('.commitment-text', { hasText: /pilot agreement/i }).first()).toBeVisible();

  // The list survives a reload of the options page; removing the address unregisters the script.
  await options.reload();
  await item.getByRole('button', { name: 'Remove' }).click();
  await expect(item).toHaveCount(0);
  await expect.poll(() => registeredMatches(sw)).toEqual([]);
  await mail.reload();
  await openMessage(mail);
  await mail.waitForTimeout(1500);
  await expect(captureButton).toHaveCount(0);
});
