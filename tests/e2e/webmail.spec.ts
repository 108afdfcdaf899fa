// Gmail and Outlook on the web, served from saved (reconstructed) pages at their real origins
// through Playwright routing, so the manifest's content-script matches fire as for a user.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve('tests/fixtures');
function fixture(site: 'gmail' | 'outlook', name: string): { url: string; html: string } {
  const html = fs.readFileSync(path.join(FIXTURES, site, '2026-11-reconstructed', `${name}.html`), 'utf8');
  const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error(`${site}/${name}: no url comment`);
  return { url, html };
}

/** Serves one saved page for every request to the site's origin (the page makes no other requests). */
async function serve(context: BrowserContext, origin: string, current: { html: string }) {
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html })
      : route.fulfill({ status: 204, body: '' }),
  );
}

/** Replaces the conversation region in place, as the single-page app does when the user opens another thread. */
async function spaNavigate(page: Page, next: { url: string; html: string }, region: string) {
  await page.evaluate(
    ({ html, url, region }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      history.pushState({}, '', url);
      document.querySelector(region)!.replaceWith(document.importNode(doc.querySelector(region)!, true));
    },
    { html: next.html, url: next.url, region },
  );
}

test('Gmail: a three-message thread gives three messages, and opening another thread updates the panel', async ({ context, openSidePanelPage }) => {
  const thread = fixture('gmail', 'thread-3');
  const current = { html: thread.html };
  await serve(context, 'https://mail.google.com', current);
  const mail = await context.newPage();
  await mail.goto(thread.url);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Huaxin');
  await expect(panel.locator('.timeline li[data-message-id]')).toHaveCount(3);
  await expect(panel.locator('.contacts .contact').first()).toBeVisible();

  const chinese = fixture('gmail', 'chinese');
  await spaNavigate(mail, chinese, 'div[role="main"]');
  await expect(panel.locator('.timeline li[data-message-id]')).toHaveCount(4);
  await expect(panel.locator('.warning')).toHaveCount(0);
});

test('Gmail: a renamed selector shows the health warning and the generic reader still extracts', async ({ context, openSidePanelPage }) => {
  const broken = fixture('gmail', 'broken-renamed-body');
  await serve(context, 'https://mail.google.com', { html: broken.html });
  const mail = await context.newPage();
  await mail.goto(broken.url);
  const panel = await openSidePanelPage();
  await expect(panel.getByRole('alert')).toContainText('This webmail page changed');
  await expect(panel.locator('.org-name')).toContainText('Huaxin');
});

test('Outlook on the web: a thread is read through ARIA roles, and a broken selector falls back', async ({ context, openSidePanelPage }) => {
  const thread = fixture('outlook', 'thread-3');
  const current = { html: thread.html };
  await serve(context, new URL(thread.url).origin, current);
  const mail = await context.newPage();
  await mail.goto(thread.url);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Huaxin');
  await expect(panel.locator('.timeline li[data-message-id]')).toHaveCount(3);

  const broken = fixture('outlook', 'broken-renamed-body');
  current.html = broken.html;
  await mail.bringToFront();
  await mail.goto(broken.url);
  await expect(panel.getByRole('alert')).toContainText('This webmail page changed');
});
