// In-page capture: the button beside the sender (a closed shadow root the page cannot style)
// captures the sender with the fields read from their signature.
import { expect, test } from './fixtures';

test('the capture button beside the sender captures them with their signature fields', async ({ context, demoUrl, openSidePanelPage }) => {
  const mail = await context.newPage();
  await mail.goto(`${demoUrl}#/thread/abl-msa`);
  const button = mail.locator('[data-accord-capture]').first();
  await expect(button).toBeVisible();
  // The page's own stylesheet cannot reach into the button.
  await mail.addStyleTag({ content: 'button { display: none !important; } * { color: red !important; }' });
  await expect(button).toBeVisible();

  const panel = await openSidePanelPage();
  const karen = panel.locator('.contact', { hasText: 'Karen' }).first();
  await expect(karen.locator('.pill')).toHaveText('Suggested');

  await mail.bringToFront();
  await button.click(); // lands on the button inside the closed shadow root
  await expect(karen.locator('.pill')).toHaveText('Captured');
  await expect(karen.locator('.contact-title')).not.toBeEmpty();
  await expect(karen.locator('.contact-phones')).not.toBeEmpty();
});
