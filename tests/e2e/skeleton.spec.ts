// The walking skeleton, driven like a user: open demo emails in real Chromium with the built
// extension, read the side panel, restart the browser on the same profile.
import { expect, launch, serviceWorker, test } from './fixtures';

test('an opened demo email fills the side panel, which follows the open email and survives a restart', async ({
  context, profileDir, demoUrl, openSidePanelPage, foreignRequests,
}) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/hlb-rfp`);
  await expect(mail.locator('[data-accord-demo="message"]').first()).toBeVisible();

  const panel = await openSidePanelPage();
  // The panel is for the email open in the webmail tab, even while the panel tab is in front.
  await expect(panel.locator('.org-name')).toContainText('Harbourline Bank');
  const contacts = panel.locator('.contacts .contact');
  await expect(contacts.filter({ hasText: 'eleanor' }).first()).toBeVisible();
  await expect(panel.locator('.commitment-text', { hasText: 'security questionnaire' }).first()).toBeVisible();
  await expect(panel.locator('[data-side="ours"] .commitment').first()).toBeVisible();

  // Open an email of another account: the panel switches without a reload.
  await mail.bringToFront();
  await mail.goto(`${demoUrl}#/thread/hdzz-charter`);
  await expect(panel.locator('.org-name')).toContainText('华东智造');
  await expect(panel.locator('.commitment-text').first()).toBeVisible();

  expect(foreignRequests, 'no request left the machine').toEqual([]);

  // Restart the browser on the same profile: what Accord learned is still there.
  await context.close();
  const again = await launch(profileDir);
  try {
    const sw = await serviceWorker(again);
    const id = new URL(sw.url()).host;
    const page = await again.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html`);
    // No email is open after the restart: the panel offers its empty state, and search finds the accounts.
    await expect(page.getByRole('heading', { name: 'Open an email to see its account' })).toBeVisible();
    const mail2 = await again.newPage();
    await mail2.goto(`${demoUrl}#/thread/abl-quote`);
    await page.bringToFront();
    await expect(page.locator('.org-name')).toContainText('Alderbrook Logistics');
    await page.getByRole('searchbox').fill('Harbourline');
    await page.getByRole('button', { name: /Harbourline Bank/ }).click();
    await expect(page.locator('.org-name')).toContainText('Harbourline Bank');
    await expect(page.locator('.commitment-text', { hasText: 'security questionnaire' }).first()).toBeVisible();
  } finally {
    await again.close();
  }
});

test('the popup summarises the open email’s account', async ({ context, extensionId, demoUrl }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/abl-quote`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.org-name')).toContainText('Alderbrook Logistics');
  await expect(popup.locator('[data-fact="open"]')).not.toHaveText('0');
  await expect(popup.getByRole('button', { name: 'Open side panel' })).toBeVisible();
});

test('the toolbar badge counts overdue commitments', async ({ context, demoUrl, openSidePanelPage }) => {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const badge = () => sw.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
  expect(await badge()).toBe('');
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/hlb-rfp`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.commitment.overdue').first()).toBeVisible();
  const overdue = await panel.locator('.commitment.overdue').count();
  await expect.poll(badge).toBe(String(overdue));
  // Marking one done takes it off the badge.
  await panel.locator('.commitment.overdue').first().getByRole('button', { name: 'Done' }).click();
  await expect.poll(badge).toBe(overdue > 1 ? String(overdue - 1) : '');
});
