// Every Gmail host-page selector, named and dated, primary first then fallbacks.
//
// Provenance: no public saved Gmail *conversation* page exists. These hooks are the ones
// InboxSDK (gmail-message-view, gmail-thread-view) and gmail.js rely on (div[role=main], h2.hP,
// .adn.ads with data-message-id / data-legacy-message-id, .gD/.g2/.g3, .a3s.aiL, .kv/.kQ/.h7,
// data-thread-perm-id), reproduced in RECONSTRUCTED fixtures under
// tests/fixtures/gmail/2026-11-reconstructed/ (see its NOTES.md). `seen` is the date of that
// reconstruction, not a live capture: replace the fixture with a real capture and re-date.
import type { SelectorSpec } from '../types';

const RECON = 'gmail/2026-11-reconstructed';
const SEEN = '2026-11-29';

export const SITE = 'gmail';

export const gmailSelectors = {
  /** The main region: the thread view or the list. Observed for SPA changes. */
  main: { name: 'main', css: ['div[role="main"]', '[role="main"]'], seen: SEEN, fixture: `${RECON}/thread-3.html` },
  /** Subject heading of the open thread. */
  subject: {
    name: 'subject',
    css: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** Element carrying the thread id (the subject heading in current Gmail). */
  threadId: {
    name: 'threadId',
    css: ['[data-thread-perm-id]', '[data-legacy-thread-id]'],
    seen: SEEN,
    fixture: `${RECON}/thread-3.html`,
  },
  /** One row per visible message of the conversation: expanded (.h7) or collapsed (.kv). */
  messageRow: {
    name: 'messageRow',
    css: ['div.h7, div.kv', 'div.adn[data-message-id], div.adn[data-legacy-message-id]'],
    seen: SEEN,
    fixture: `${RECON}/collapsed-expanded.html`,
  },
  /** The message element carrying its ids, inside a row (or the row itself). */
  message: {
    name: 'message',
    css: ['div.adn[data-message-id]', 'div.adn[data-legacy-message-id]', '[data-legacy-message-id]', '[data-message-id]'],
    seen: SEEN,
    fixture: `${RECON}/thread-3.html`,
  },
  /** Sender: span with email and name attributes. */
  sender: {
    name: 'sender',
    css: ['span.gD[email]', '.gD[email]', 'h3 span[email][name]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** Recipients shown in the header line ("to me, Bob"). */
  recipient: { name: 'recipient', css: ['span.g2[email]', '.g2[email]'], seen: SEEN, fixture: `${RECON}/single.html` },
  /** The details table (opened from the header arrow): rows labelled to:/cc:/reply-to:. */
  detailsRow: { name: 'detailsRow', css: ['table.ajC tr', '.ajA tr'], seen: SEEN, fixture: `${RECON}/html-mail.html` },
  detailsLabel: { name: 'detailsLabel', css: ['td.gG', 'td:first-child'], seen: SEEN, fixture: `${RECON}/html-mail.html` },
  /** Date, full local date-time in the title attribute. */
  date: { name: 'date', css: ['span.g3[title]', '.g3[title]', 'td.gH span[title]'], seen: SEEN, fixture: `${RECON}/single.html` },
  /** Message body of an expanded message. */
  body: { name: 'body', css: ['div.a3s.aiL', 'div.a3s', 'div.ii.gt'], seen: SEEN, fixture: `${RECON}/single.html` },
  /** Snippet line of a collapsed message. */
  snippet: { name: 'snippet', css: ['div.iA.g6', 'span.y2', '.g6'], seen: SEEN, fixture: `${RECON}/collapsed-expanded.html` },
  /** The signed-in account button: aria-label "Google Account: Name (address)". */
  account: {
    name: 'account',
    css: ['a[aria-label^="Google Account:"]', 'a[aria-label*="@"][href*="accounts.google.com"]', '[aria-label^="Google Account"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
} as const satisfies Record<string, SelectorSpec>;

/** Quote markers inside a Gmail body: Gmail's own and those of common sending clients. */
export const gmailQuoteMarkers = {
  quote: [
    '.gmail_quote',
    'blockquote.gmail_quote',
    '.gmail_extra',
    '.h5', // trimmed content behind the "..." button
    '.im', // quoted lines Gmail recognised in the message
    '.adL', // trimmed trailing content
    'blockquote[type="cite"]',
    '.moz-cite-prefix',
    '.yahoo_quoted',
  ],
  quoteFrom: ['#divRplyFwdMsg', '#appendonsend', '[id$="_divRplyFwdMsg"]'],
  signature: ['.gmail_signature_prefix', '.gmail_signature', '[data-smartmail="gmail_signature"]'],
} as const;

/** Row classes: hidden (not rendered, behind "N older messages") and collapsed. */
export const gmailRowState = {
  hidden: ['kQ', 'kx'],
  collapsed: ['kv', 'ks'],
} as const;
