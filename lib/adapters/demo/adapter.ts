// The bundled demo mailbox (scripts/demo-server.mjs serves demo/ on loopback): every message of
// the open thread as an EmailSnapshot, oldest first. The page shows real RFC Message-IDs, full
// headers and plain-text bodies with their quoted history, so nothing is separated here:
// quotedText and signatureText stay null and the extractor finds the zones itself.
import type { EmailAddress, EmailSnapshot } from '../../model/email';
import { LOOPBACK_MATCHES } from '../origins';
import { SelectorError, queryAll, queryFirst, queryRequired, type WebmailAdapter } from '../types';
import { hostOf, observePage } from '../generic/dom';
import { pageUrl } from '../generic/adapter';
import { demoMailbox } from './account';
import { SITE, demoSelectors as S } from './selectors';

const HOSTS = new Set(['127.0.0.1', 'localhost']);
/** ISO 8601 with an explicit offset, as the page writes it. */
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function addressOf(el: Element): EmailAddress {
  const email = clean(el.getAttribute('data-email')).toLowerCase();
  const name = clean(el.getAttribute('data-name'));
  return { name: name.toLowerCase() === email ? '' : name, email };
}

/**
 * The body text as shown: newlines kept, CRLF and no-break spaces normalised, trailing blank
 * lines dropped. Trailing spaces inside lines stay: "-- " is a signature delimiter.
 */
function bodyText(el: Element): string {
  return (el.textContent ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+$/, '');
}

function openThreadId(reader: Element): string | null {
  const id = reader.getAttribute('data-open-thread');
  return id === null ? null : id.trim();
}

/** The page URL with the hash pointing at the thread (#/thread/<id>): reopens it in the demo mailbox. */
function threadUrl(doc: Document, threadId: string | null): string | null {
  const page = pageUrl(doc);
  if (!page || !threadId) return page;
  const u = new URL(page);
  u.hash = `#/thread/${encodeURIComponent(threadId)}`;
  return u.href;
}

function demoRead(doc: Document): EmailSnapshot[] {
  const reader = queryRequired(doc, SITE, S.reader);
  const open = openThreadId(reader);
  if (open === '') return []; // inbox view, or a thread id this mailbox does not have
  const items = queryAll(reader, S.message);
  if (!items.length) {
    if (open === null) return []; // no open-thread marker and nothing shown: nothing open
    throw new SelectorError(SITE, S.message.name);
  }
  const threadSubject = clean(queryFirst(reader, S.threadSubject)?.textContent);

  const snaps = items.map((item, index): EmailSnapshot & { order: number } => {
    if (!S.messageId.css.some((css) => item.matches(css))) throw new SelectorError(SITE, S.messageId.name);
    const messageId = clean(item.getAttribute('data-message-id'));
    if (!messageId) throw new SelectorError(SITE, S.messageId.name);

    const senderEl = queryRequired(item, SITE, S.sender);
    const from = addressOf(senderEl);
    if (!from.email) throw new SelectorError(SITE, S.sender.name);
    if (!from.name) from.name = clean(queryFirst(item, S.senderName)?.textContent);

    const dateAttr = clean(queryRequired(item, SITE, S.date).getAttribute('datetime'));
    const date = ISO_WITH_OFFSET.test(dateAttr) && !Number.isNaN(Date.parse(dateAttr)) ? dateAttr : null;

    const subjectEl = queryFirst(item, S.subject);
    if (!subjectEl && !threadSubject) throw new SelectorError(SITE, S.subject.name);

    const threadId = clean(item.getAttribute('data-thread-id')) || open || null;
    return {
      order: index,
      messageId,
      threadId,
      subject: subjectEl ? clean(subjectEl.textContent) : threadSubject,
      from,
      replyTo: [],
      to: queryAll(item, S.to).map(addressOf).filter((a) => a.email),
      cc: queryAll(item, S.cc).map(addressOf).filter((a) => a.email),
      date,
      text: bodyText(queryRequired(item, SITE, S.body)),
      quotedText: null,
      signatureText: null,
      headers: {},
      source: SITE,
      lowConfidence: false,
      url: threadUrl(doc, threadId),
    };
  });

  // The page lists oldest first; sort by time anyway (stable), in case a layout puts newest on top.
  if (snaps.every((s) => s.date)) snaps.sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!) || a.order - b.order);
  return snaps.map(({ order: _order, ...snap }) => snap);
}

export const demoAdapter: WebmailAdapter = {
  site: SITE,
  matches: LOOPBACK_MATCHES,
  detect(doc) {
    if (!HOSTS.has(hostOf(doc))) return false;
    try {
      if (new URL(doc.URL).protocol !== 'http:') return false;
    } catch {
      return false;
    }
    return !!queryFirst(doc, S.marker);
  },
  mailbox: demoMailbox,
  read: demoRead,
  observe(doc, onChange) {
    return observePage(doc, S.reader.css, onChange);
  },
  senderAnchor(doc, messageId) {
    const reader = queryFirst(doc, S.reader);
    if (!reader) return null;
    const item = queryAll(reader, S.message).find((el) => clean(el.getAttribute('data-message-id')) === messageId);
    return item ? queryFirst(item, S.senderSlot) : null;
  },
};
