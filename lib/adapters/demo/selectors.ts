// Every host-page selector of the bundled demo mailbox (demo/index.html + demo/app.js), named
// and dated, primary first then fallbacks. The demo page offers stable data-accord-demo hooks,
// as a real webmail offers ids and ARIA labels; the class-name fallbacks are the page's own.
// Fixtures: tests/fixtures/demo/*.html, saved from the page by tests/fixtures/demo/save-fixtures.mjs.
import type { SelectorSpec } from '../types';

export const SITE = 'demo';
const SEEN = '2026-11-29';
const THREAD = 'demo/thread-hlb-rfp.html';

export const demoSelectors = {
  /** The page marker: the demo mailbox says what it is. */
  marker: { name: 'marker', css: ['meta[name="accord-demo-mailbox"]'], seen: SEEN, fixture: 'demo/inbox.html' },
  /** The signed-in address (top right). */
  account: {
    name: 'account',
    css: ['[data-accord-demo="account"] [data-email]', '.account .account-email'],
    seen: SEEN,
    fixture: 'demo/inbox.html',
  },
  /** Reading pane; data-open-thread names the open thread ("" when none). Observed for changes. */
  reader: { name: 'reader', css: ['[data-accord-demo="reader"]', 'main.reader', '#reader'], seen: SEEN, fixture: THREAD },
  /** One element per message of the open thread, oldest first. */
  message: {
    name: 'message',
    css: ['article[data-accord-demo="message"]', 'article.message[data-message-id]'],
    seen: SEEN,
    fixture: THREAD,
  },
  /** The message element's Message-ID attribute. */
  messageId: { name: 'messageId', css: ['[data-message-id]'], seen: SEEN, fixture: THREAD },
  /** Sender address element (data-email, data-name). */
  sender: { name: 'sender', css: ['.demo-from [data-email]', '.demo-from .demo-email'], seen: SEEN, fixture: THREAD },
  /** Sender display name, when the address element carries none. */
  senderName: { name: 'senderName', css: ['.demo-from .demo-name'], seen: SEEN, fixture: THREAD },
  /** To recipients (data-email, data-name). */
  to: { name: 'to', css: ['.demo-to [data-email]'], seen: SEEN, fixture: THREAD },
  /** Cc recipients; absent when the message has none. */
  cc: { name: 'cc', css: ['.demo-cc [data-email]'], seen: SEEN, fixture: THREAD },
  /** Sent time: datetime attribute in ISO 8601 with the sender's offset. */
  date: { name: 'date', css: ['time.demo-date[datetime]', '.message-head time[datetime]'], seen: SEEN, fixture: THREAD },
  /** The message's own subject line (with RE:/答复: prefixes as sent). */
  subject: { name: 'subject', css: ['.demo-msg-subject'], seen: SEEN, fixture: THREAD },
  /** The open thread's subject heading: fallback for a message without a subject line. */
  threadSubject: {
    name: 'threadSubject',
    css: ['[data-accord-demo="thread-subject"]', '.thread-subject'],
    seen: SEEN,
    fixture: THREAD,
  },
  /** Message body as shown: new text, signature and quoted history, plain text. */
  body: { name: 'body', css: ['[data-accord-demo="body"]', '.demo-body'], seen: SEEN, fixture: THREAD },
  /** Empty slot beside the sender's address, for the capture button. */
  senderSlot: {
    name: 'senderSlot',
    css: ['[data-accord-demo="sender-slot"]', '.demo-from'],
    seen: SEEN,
    fixture: THREAD,
  },
} as const satisfies Record<string, SelectorSpec>;

export type DemoSelectorName = keyof typeof demoSelectors;
