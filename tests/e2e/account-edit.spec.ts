// The user's word on accounts and people: rename, merge, split a domain off, edit a contact;
// edits survive re-reading the email.
import { expect, test } from './fixtures';

test('rename, merge into another account and split the domain off again', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/hlb-rfp`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Harbourline');
  await mail.bringToFront();
  await mail.goto(`${demoUrl}#/thread/abl-quote`);
  await expect(panel.locator('.org-name')).toContainText('Alderbrook');

  await panel.getByText('Edit account').click();
  await panel.getByLabel('Account name').fill('Alderbrook (key account)');
  await panel.getByRole('button', { name: 'Rename' }).click();
  await expect(panel.locator('.org-name')).toHaveText('Alderbrook (key account)');

  await panel.getByLabel('Merge into').selectOption({ label: 'Harbourline Bank plc' });
  await panel.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(panel.locator('.org-name')).toContainText('Harbourline');
  await expect(panel.locator('.org-domains')).toContainText('alderbrook-logistics.com');
  await expect(panel.locator('.contact', { hasText: 'Daniel' }).first()).toBeVisible();

  const split = panel.getByRole('button', { name: 'Split off alderbrook-logistics.com' });
  if (!(await split.isVisible())) await panel.getByText('Edit account').click();
  await split.click();
  await expect(panel.locator('.org-domains')).not.toContainText('alderbrook-logistics.com');
  await expect(panel.locator('.contact', { hasText: 'Daniel' })).toHaveCount(0);
});

test('a contact edited by the user keeps the edit when the email is read again', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/abl-msa`);
  const panel = await openSidePanelPage();
  const karen = panel.locator('.contact', { hasText: 'Karen' }).first();
  await karen.getByRole('button', { name: 'Edit' }).click();
  const form = panel.getByRole('form', { name: 'Edit contact' });
  await form.getByLabel('Title').fill('Chief Procurement Officer');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.contact', { hasText: 'Karen' }).first().locator('.contact-title')).toHaveText('Chief Procurement Officer');

  await mail.bringToFront();
  await mail.reload();
  await panel.bringToFront();
  await panel.reload();
  await expect(panel.locator('.contact', { hasText: 'Karen' }).first().locator('.contact-title')).toHaveText('Chief Procurement Officer');
});

test('a commitment can be moved to the other side, and auto-capture captures new contacts', async ({ context, extensionId, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/tp-poc`);
  const panel = await openSidePanelPage();
  const first = panel.locator('[data-side="theirs"] .commitment').first();
  await expect(first).toBeVisible();
  const id = await first.getAttribute('data-commitment-id');
  await first.getByRole('button', { name: 'Edit' }).click();
  await panel.locator(`[data-commitment-id="${id}"]`).getByLabel('Who owes it').selectOption('ours');
  await panel.locator(`[data-commitment-id="${id}"]`).getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator(`[data-side="ours"] [data-commitment-id="${id}"]`)).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const auto = options.locator('[data-settings="maya.lin@northwind-analytics.com"]').getByLabel(/Capture contacts automatically/);
  await auto.click();
  await expect(auto).toBeChecked();
  await mail.bringToFront();
  await mail.goto(`${demoUrl}#/thread/abl-quote`);
  await panel.bringToFront();
  await expect(panel.locator('.org-name')).toContainText('Alderbrook');
  await expect(panel.locator('.contact .pill', { hasText: 'Captured' }).first()).toBeVisible();
  await expect(panel.locator('.contact .pill', { hasText: 'Suggested' })).toHaveCount(0);
});
