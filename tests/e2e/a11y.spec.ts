// Accessibility: axe finds no serious or critical violation in the panel, popup and options
// page, and the panel's actions work by keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('panel, popup and options page have no serious or critical axe violation', async ({ context, extensionId, demoUrl, openSidePanelPage }) => {
  test.setTimeout(180_000);
  const empty = await openSidePanelPage();
  await expect(empty.getByRole('heading', { name: 'Open an email to see its account' })).toBeVisible();
  expect(await seriousViolations(empty)).toEqual([]);

  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/sms-contract`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toBeVisible();
  await expect(panel.locator('.commitment').first()).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.org-name')).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Accord settings' })).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
});

test('a commitment can be marked done by keyboard alone, and moves to the closed ones', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/abl-quote`);
  const panel = await openSidePanelPage();
  const first = panel.locator('.commitment[data-status="open"]').first();
  await expect(first).toBeVisible();
  const id = await first.getAttribute('data-commitment-id');
  const openBefore = await panel.locator('.commitment[data-status="open"]').count();
  // Tab to the first "Done" button from the top of the page.
  await panel.keyboard.press('Tab');
  for (let i = 0; i < 60; i++) {
    const label = await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
    const inFirst = await panel.evaluate((cid) => !!document.activeElement?.closest(`[data-commitment-id="${cid}"]`), id);
    if (label === 'Done' && inFirst) break;
    await panel.keyboard.press('Tab');
  }
  await panel.keyboard.press('Enter');
  const done = panel.locator(`.commitment[data-commitment-id="${id}"]`);
  await expect(done).toHaveAttribute('data-status', 'done');
  await expect(panel.locator('.commitment[data-status="open"]')).toHaveCount(openBefore - 1);
});
