// The extension against a REAL Roundcube 1.6.5 on loopback (scripts/roundcube/up.sh), in real
// Chromium with a demo build (`ACCORD_DEMO=1 npx wxt build`).
//
// - Part of `npm test`: scripts/test.mjs uses a running Roundcube (ACCORD_RC_URL), starts one when
//   its Debian packages are installed, or skips these tests with a hint; .ci/run installs and starts
//   it. By hand: `bash scripts/roundcube/up.sh` (idempotent), then
//   `ACCORD_RC_URL=http://127.0.0.1:8643/ npx playwright test tests/e2e/roundcube.spec.ts`.
// - Where Roundcube is, the login, and delivery into its Maildir: ./roundcube-env.ts (the spec
//   delivers its messages itself when the Maildir is local and we run as root, once each, found
//   again by Message-ID; otherwise run `scripts/roundcube/deliver.sh FILE.eml`).
// - tests/e2e/fixtures.ts gives a Chromium `context` with the built extension (the demo build's
//   content script matches http://127.0.0.1/* on any port in all frames, so it runs inside
//   Roundcube's preview iframe) and `openSidePanelPage()`. The registry picks roundcubeAdapter by
//   detect() alone (its `matches` is empty: Roundcube is self-hosted).
// - Side panel markup: .contact-name, .commitment-text, role=alert for the "page changed" warning.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { RC_URL, rcEnsureDelivered, rcLogin as login, rcSignIn } from './roundcube-env';

const EML = path.resolve('tests/fixtures/roundcube/eml/accord-reply-signature.eml');
const MESSAGE_ID = 'accord-fixture-20260303164500@northwind-logistics.com';
const SUBJECT = 'Pilot scope and next steps';

const ensureDelivered = (user: string, eml = EML, messageId = MESSAGE_ID): void => rcEnsureDelivered(user, eml, messageId);

test.skip(!RC_URL, 'set ACCORD_RC_URL to a Roundcube started by scripts/roundcube/up.sh (e.g. http://127.0.0.1:8643/)');

test('Roundcube (real, loopback): opening a message shows its sender and commitments in the side panel', async ({
  context,
  openSidePanelPage,
}) => {
  ensureDelivered(login().user);

  const mail = await context.newPage();
  await rcSignIn(mail, RC_URL);

  // The list arrives by XHR after the page loads.
  const row = mail.locator('#messagelist tbody tr.message', { hasText: SUBJECT }).first();
  await expect(row, `"${SUBJECT}" is not in the INBOX: deliver ${EML} with scripts/roundcube/deliver.sh`).toBeVisible({
    timeout: 20_000,
  });
  await row.click();

  // The message opens in the same-origin preview iframe.
  const preview = mail.frameLocator('iframe#messagecontframe');
  await expect(preview.locator('#message-header h2.subject')).toContainText(SUBJECT);
  await expect(preview.locator('#messagebody')).toContainText('signed pilot agreement');

  const panel = await openSidePanelPage();
  await expect(panel.locator('.contact-name', { hasText: 'Sarah Miller' }).first()).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator('.commitment-text', { hasText: /pilot agreement/i }).first()).toBeVisible();
  // The quoted promise ("I'll send the onboarding checklist") is history, not a new commitment.
  await expect(panel.locator('.commitment-text', { hasText: /onboarding checklist/i })).toHaveCount(0);
  // The Roundcube adapter read it: no "this webmail page changed" warning.
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

// Real mail from ../shared/corpus (read at test time, not copied into the repo): an English
// mailing-list reply (inline quoting) and a GB2312 Chinese job notice, each with a sender's
// promise in its new text.
const CORPUS = path.resolve(process.env.ACCORD_SHARED ?? '../shared', 'corpus/dev/messages');
const CORPUS_CASES = [
  {
    file: 'lkml-m.07f3d90f9450fe832f39c8.eml',
    messageId: 'ZkzUX9JPPGAtNa2d@vault.lan',
    subject: 'OpenBMC replacing AMI AST2500',
    sender: 'Johannes Truschnigg',
    commitment: /culvert/,
  },
  {
    file: '../../zh/messages/zh-normal-3720.eml',
    messageId: '200412290634.iBT6Y6Kb019641@sea.net.edu.cn',
    subject: '代友招聘',
    sender: 'xin',
    commitment: /24小时之内给您回复/,
  },
];

for (const c of CORPUS_CASES) {
  test(`Roundcube (real, loopback): corpus mail "${c.subject}" shows its sender and commitment`, async ({ context, openSidePanelPage }) => {
    test.skip(!fs.existsSync(path.join(CORPUS, c.file)), `no shared corpus at ${CORPUS}`);
    ensureDelivered(login().user, path.join(CORPUS, c.file), c.messageId);
    const mail = await context.newPage();
    await rcSignIn(mail, RC_URL);
    const row = mail.locator('#messagelist tbody tr.message', { hasText: c.subject }).first();
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.click();
    await expect(mail.frameLocator('iframe#messagecontframe').locator('#message-header h2.subject')).toContainText(c.subject);
    const panel = await openSidePanelPage();
    await expect(panel.locator('.contact-name', { hasText: c.sender }).first()).toBeVisible({ timeout: 20_000 });
    await expect(panel.locator('.commitment-text', { hasText: c.commitment }).first()).toBeVisible();
  });
}

// HTML mail answered inline (ours: Gmail's markup, answers typed between the blockquotes inside
// div.gmail_quote): the promise written after a quote reaches the panel, the quoted one does not.
test('Roundcube (real, loopback): an HTML inline reply shows the promise written between the quotes', async ({
  context,
  openSidePanelPage,
}) => {
  const subject = 'Terminal handover in Linz';
  const eml = path.resolve('tests/fixtures/roundcube/eml/accord-html-inline-gmail.eml');
  ensureDelivered(login().user, eml, 'accord-fixture-20260312104200@alpenrail-logistik.de');
  const mail = await context.newPage();
  await rcSignIn(mail, RC_URL);
  const row = mail.locator('#messagelist tbody tr.message', { hasText: subject }).first();
  await expect(row, `"${subject}" is not in the INBOX: deliver ${eml} with scripts/roundcube/deliver.sh`).toBeVisible({
    timeout: 20_000,
  });
  await row.click();
  const preview = mail.frameLocator('iframe#messagecontframe');
  await expect(preview.locator('#message-header h2.subject')).toContainText(subject);
  // Roundcube shows the HTML part, quotes and answers interleaved.
  await expect(preview.locator('#messagebody blockquote')).toHaveCount(4);
  const panel = await openSidePanelPage();
  await expect(panel.locator('.contact-name', { hasText: 'Lukas Berger' }).first()).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator('.commitment-text', { hasText: /shift plan by Tuesday/i }).first()).toBeVisible();
  await expect(panel.locator('.commitment-text', { hasText: /for March/i })).toHaveCount(0);
  // Maya's own promise is quoted history.
  await expect(panel.locator('.commitment-text', { hasText: /meeting room/i })).toHaveCount(0);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
