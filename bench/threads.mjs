// Large thread pages for the content benches, grown from the reconstructed fixtures: the Gmail
// and Outlook three-message threads, cloned to n messages with distinct ids.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (p) => fs.readFileSync(path.join(root, 'tests/fixtures', p), 'utf8');
export const urlOf = (html) => /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://example.com/';

/** Gmail thread-3 grown to n messages (ids as BigInt: they are past 2^53). */
export function bigGmailThread(n) {
  const html = fixture('gmail/2026-11-reconstructed/thread-3.html');
  const dom = new JSDOM(html, { url: urlOf(html) });
  const doc = dom.window.document;
  const rows = [...doc.querySelectorAll('.h7, .kv')];
  const last = rows[rows.length - 1];
  for (let i = rows.length; i < n; i++) {
    const clone = rows[i % rows.length].cloneNode(true);
    clone.classList.remove('kv');
    clone.classList.add('h7');
    clone.querySelectorAll('[data-message-id]').forEach((el) => el.setAttribute('data-message-id', `#msg-f:${1800000000000000000n + BigInt(i)}`));
    clone.querySelectorAll('[data-legacy-message-id]').forEach((el) => el.setAttribute('data-legacy-message-id', (0x18f0000000000000n + BigInt(i)).toString(16)));
    last.parentElement.appendChild(clone);
  }
  return `<!-- url: ${urlOf(html)} -->\n` + dom.serialize();
}

/** Outlook thread-3 grown to n messages (OWA ids are synthesised from thread, index, date, sender). */
export function bigOutlookThread(n) {
  const html = fixture('outlook/2026-11-reconstructed/thread-3.html');
  const dom = new JSDOM(html, { url: urlOf(html) });
  const doc = dom.window.document;
  const items = [...doc.querySelectorAll('div[aria-label="Email message"]')];
  const last = items[items.length - 1];
  for (let i = items.length; i < n; i++) {
    const clone = items[i % items.length].cloneNode(true);
    clone.querySelectorAll('[id^="UniqueMessageBody"]').forEach((el) => el.setAttribute('id', `UniqueMessageBody_${i + 1}`));
    last.parentElement.appendChild(clone);
  }
  return `<!-- url: ${urlOf(html)} -->\n` + dom.serialize();
}
