// The seller's view on the demo mailbox: stages, committee gaps, commitments and next moves
// for a tender thread and a contract thread; a user's role override survives re-reading the
// email; the popup matches the panel.
import { expect, test } from './fixtures';

test('a tender thread: origin tender, a committee gap, our overdue promise first, a tender next move with its evidence', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/hlb-rfp`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Harbourline');
  await expect(panel.locator('[data-stage="origin"]')).toHaveAttribute('data-value', 'tender');
  await expect(panel.locator('[data-stage="project"] .evidence li').first()).toBeVisible();
  await expect(panel.locator('.committee li.gap[data-role="decision-maker"]')).toBeVisible();
  await expect(panel.locator('.gaps li').first()).toBeVisible();
  // Ours first, overdue first.
  await expect(panel.locator('[data-side="ours"] .commitment').first()).toHaveClass(/overdue/);
  const tender = panel.locator('.move[data-rule="passive-tender"]');
  await expect(tender).toBeVisible();
  await tender.getByText('Why').click();
  await expect(tender.locator('.evidence li').first()).toBeVisible();
  // The evidence links back to the message in the webmail.
  await expect(tender.locator('.evidence a').first()).toHaveAttribute('href', /#\/thread\/hlb-rfp$/);
});

test('a contract thread: contract or delivery stage and an acceptance-planning move; the popup matches the panel', async ({ context, extensionId, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/sms-contract`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Straits Marine');
  await expect(panel.locator('[data-stage="project"]')).toHaveAttribute('data-value', /^(contract|delivery)$/);
  await expect(panel.locator('.move[data-rule="contract-signed"]')).toBeVisible();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.org-name')).toHaveText((await panel.locator('.org-name').textContent())!);
  const projectLabel = await panel.locator('[data-stage="project"] select option:checked').textContent();
  await expect(popup.locator('[data-stage="project"]')).toContainText(projectLabel!);
  const openInPanel = await panel.locator('.commitment[data-status="open"]').count();
  await expect(popup.locator('[data-fact="open"]')).toHaveText(String(openInPanel));
  const topMove = await panel.locator('.move .move-title').first().textContent();
  await expect(popup.locator('.move .move-title')).toHaveText(topMove!);
});

test('a role set by the user survives re-reading the email', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/abl-msa`);
  const panel = await openSidePanelPage();
  const karen = panel.locator('.contact', { hasText: 'Karen' }).first();
  await expect(karen).toBeVisible();
  await karen.getByRole('combobox').selectOption('coach');
  await expect(karen.locator('.role-source')).toHaveText('set by you');
  await expect(panel.locator('.committee li[data-role="coach"]')).toContainText('Karen');
  // The change is in the account's history.
  await expect(panel.locator('.history li[data-field="role"]').first()).toContainText('Coach');

  // Re-read: open another thread and come back, then reload the webmail page.
  await mail.bringToFront();
  await mail.goto(`${demoUrl}#/thread/abl-quote`);
  await mail.goto(`${demoUrl}#/thread/abl-msa`);
  await mail.reload();
  await panel.bringToFront();
  await panel.reload();
  const again = panel.locator('.contact', { hasText: 'Karen' }).first();
  await expect(again.getByRole('combobox')).toHaveValue('coach');
  await expect(panel.locator('.committee li[data-role="coach"]')).toContainText('Karen');
});
