// Import saved mail through the options page, see it in the side panel, back it up, wipe,
// restore; and two mailboxes never see each other's data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const DUE = path.resolve('tests/fixtures/due/messages');

function buildMbox(): { file: string; count: number } {
  const files = fs.readdirSync(DUE).filter((f) => f.endsWith('.eml')).sort();
  const parts = files.map((f) => {
    const raw = fs.readFileSync(path.join(DUE, f), 'utf8').replace(/\r\n/g, '\n');
    // mboxrd: escape body lines that start with "From ".
    return `From sender@example.com Mon Nov  2 09:00:00 2026\n${raw.replace(/^(>*From )/gm, '>$1')}\n`;
  });
  // One unreadable message: the import reports it and goes on.
  parts.push('From broken@example.com Mon Nov  2 09:00:00 2026\n\u0000\u0001 not a message\n');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'accord-mbox-')), 'takeout.mbox');
  fs.writeFileSync(file, parts.join('\n'));
  return { file, count: files.length + 1 };
}

test('import an mbox, find its accounts in the panel, back up, wipe and restore exactly', async ({ context, extensionId, openSidePanelPage }) => {
  test.setTimeout(180_000);
  const { file, count } = buildMbox();
  const options = await context.newPage();
  options.on('dialog', (d) => void d.accept());
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Files').setInputFiles(file);
  await options.getByLabel('Your address in these emails').fill('seller@accord-e2e.example');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.locator('progress')).toBeVisible();
  const state = options.locator('[data-import-state]');
  await expect(state).toHaveAttribute('data-import-state', 'done', { timeout: 120_000 });
  await expect(state).toContainText(`${count} messages read`);
  const firstSummary = await state.textContent();
  expect(firstSummary).toMatch(/[1-9]\d* added/);

  // The same file again adds nothing.
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(state).toHaveAttribute('data-import-state', 'running');
  await expect(state).toHaveAttribute('data-import-state', 'done', { timeout: 120_000 });
  await expect(state).toContainText('0 added');
  // What is stored is shown per mailbox.
  await expect(options.locator('[data-stored="seller@accord-e2e.example"]')).toContainText(/[1-9]\d* accounts/);

  const panel = await openSidePanelPage();
  await panel.getByRole('searchbox').fill('lanqi');
  await panel.getByRole('button', { name: /lanqi/i }).first().click();
  await expect(panel.locator('.org-name')).toBeVisible();
  const commitmentsBefore = await panel.locator('.commitment').count();
  expect(commitmentsBefore).toBeGreaterThan(0);
  // Imported history (these emails are from March 2026 and earlier): its commitments were long
  // past when Accord first read them, so they are kept as lapsed, not shown as overdue.
  await expect(panel.locator('.commitment[data-status="lapsed"]').first()).toContainText('Long past when Accord first read it');
  await expect(panel.locator('.due-badge.overdue')).toHaveCount(0);
  const orgName = await panel.locator('.org-name').textContent();

  // Back up, wipe, restore.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Backup (JSON)' }).click()]);
  const backup = path.join(os.tmpdir(), `accord-backup-${Date.now()}.json`);
  await download.saveAs(backup);
  await options.getByRole('button', { name: 'Delete everything' }).click();
  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'Open an email to see its account' })).toBeVisible();
  await expect(panel.getByRole('searchbox')).toHaveCount(0);

  // A file that is not a backup is refused and changes nothing.
  const bogus = path.join(os.tmpdir(), `accord-bogus-${Date.now()}.json`);
  fs.writeFileSync(bogus, JSON.stringify({ format: 'something-else' }));
  await options.getByLabel('Restore a backup').setInputFiles(bogus);
  await expect(options.locator('[data-restore]')).toHaveAttribute('data-restore', 'failed');

  await options.getByLabel('Restore a backup').setInputFiles(backup);
  await expect(options.locator('[data-restore]')).toHaveAttribute('data-restore', 'ok');
  await panel.reload();
  await panel.getByRole('searchbox').fill('lanqi');
  await panel.getByRole('button', { name: /lanqi/i }).first().click();
  await expect(panel.locator('.org-name')).toHaveText(orgName!);
  await expect(panel.locator('.commitment')).toHaveCount(commitmentsBefore);
});

test('two mailboxes never see each other’s data', async ({ context, demoUrl, openSidePanelPage }) => {
  const maya = await context.newPage();
  await maya.goto(`${demoUrl}#/thread/hlb-rfp`);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.org-name')).toContainText('Harbourline');

  await maya.bringToFront();
  await maya.goto(`${demoUrl}?mailbox=2#/thread/rdg-intro`);
  await expect(panel.locator('.org-name')).toContainText('Ridgeway');
  await expect(panel.locator('.org-domains')).toContainText('li.wei@northwind-analytics.com');
  await panel.getByRole('searchbox').fill('Harbourline');
  await expect(panel.getByText('No account matches.')).toBeVisible();
});
