// Gmail (mail.google.com): the open conversation as EmailSnapshots, oldest first.
// Expanded messages are read in full (quoted part and signature apart where Gmail marks them);
// collapsed messages give what the page shows (sender, date, snippet) and are marked
// headers['x-accord-view'] = 'collapsed'; hidden messages ("N older messages") are not rendered
// and are skipped until the user opens them (observe() then fires).
import type { EmailAddress, EmailSnapshot } from '../../model/email';
import { SelectorError, queryAll, queryFirst, queryRequired, type WebmailAdapter } from '../types';
import {
  blockText,
  displayedDateToIso,
  hostOf,
  observePage,
  parseAddress,
  splitMarkedZones,
  stableId,
  uniqueAddresses,
} from '../generic/dom';
import { pageUrl } from '../generic/adapter';
import { gmailMailbox } from './account';
import { SITE, gmailQuoteMarkers, gmailRowState, gmailSelectors as S } from './selectors';

const HOSTS = new Set(['mail.google.com']);

/** The conversation token in Gmail's hash (#inbox/FMfcgz..., #label/x/FMfcgz..., #search/q/...). */
function threadTokenFromUrl(doc: Document): string | null {
  let hash = '';
  try {
    hash = new URL(doc.URL).hash;
  } catch {
    return null;
  }
  const parts = hash.replace(/^#/, '').split('?')[0]!.split('/').filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  return /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : null;
}

/**
 * A URL that reopens the conversation: the canonical "All Mail" address of its thread token (it
 * works whatever list the user opened it from), in the same signed-in account (/mail/u/<n>/).
 * Without a token in the hash (e.g. a popped-out message), the page URL itself.
 */
export function gmailThreadUrl(doc: Document): string | null {
  const token = threadTokenFromUrl(doc);
  const page = pageUrl(doc);
  if (!token || !page) return page;
  const account = /^\/mail\/u\/(\d+)\//.exec(new URL(page).pathname)?.[1] ?? '0';
  return `https://mail.google.com/mail/u/${account}/#all/${token}`;
}

function hasClass(el: Element, classes: readonly string[]): boolean {
  return classes.some((c) => el.classList.contains(c));
}

function addressOf(el: Element): EmailAddress {
  const email = (el.getAttribute('email') ?? '').trim().toLowerCase();
  const name = (el.getAttribute('name') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (email) return { name: name === email ? '' : name, email };
  return parseAddress(el.textContent ?? '');
}

const LABELS: Array<[RegExp, 'to' | 'cc' | 'replyTo' | 'skip']> = [
  [/^(reply-to|回复至|回覆至|答复)/i, 'replyTo'],
  [/^(bcc|密送|密件副本)/i, 'skip'],
  [/^(cc|抄送|副本)/i, 'cc'],
  [/^(to|收件人|收件者)/i, 'to'],
];

interface Recipients {
  to: EmailAddress[];
  cc: EmailAddress[];
  replyTo: EmailAddress[];
}

/** To/Cc from the details table when it is open; else every header recipient counts as To. */
function recipientsOf(row: Element): Recipients {
  const out: Recipients = { to: [], cc: [], replyTo: [] };
  let fromDetails = false;
  for (const tr of queryAll(row, S.detailsRow)) {
    const label = (queryFirst(tr, S.detailsLabel)?.textContent ?? '').trim();
    const kind = LABELS.find(([re]) => re.test(label))?.[1];
    if (!kind) continue;
    fromDetails = true;
    if (kind === 'skip') continue;
    for (const el of Array.from(tr.querySelectorAll('[email]'))) out[kind].push(addressOf(el));
  }
  if (!fromDetails) for (const el of queryAll(row, S.recipient)) out.to.push(addressOf(el));
  return { to: uniqueAddresses(out.to), cc: uniqueAddresses(out.cc), replyTo: uniqueAddresses(out.replyTo) };
}

/** Not hidden by the page between `el` and `root` (inline display:none, hidden, computed style). */
function isShown(el: Element, root: Element, computed = true): boolean {
  const view = computed ? el.ownerDocument.defaultView : null;
  for (let n: Element | null = el; n && n !== root.parentElement; n = n.parentElement) {
    if (n.hasAttribute('hidden')) return false;
    const style = n.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return false;
    if (view && view.getComputedStyle(n).display === 'none') return false;
  }
  return true;
}

/** The smallest ancestor of the subject (within main) that holds the thread's message rows. */
function threadScope(subjectEl: Element, main: Element): Element {
  for (let n = subjectEl.parentElement; n && n !== main; n = n.parentElement) {
    if (queryFirst(n, S.messageRow)) return n;
  }
  return main;
}

function messageElementOf(row: Element): Element | null {
  if (row.hasAttribute('data-message-id') || row.hasAttribute('data-legacy-message-id')) return row;
  return queryFirst(row, S.message);
}

function gmailRead(doc: Document): EmailSnapshot[] {
  const main = queryFirst(doc, S.main);
  const token = threadTokenFromUrl(doc);
  if (!main) {
    if (token) throw new SelectorError(SITE, S.main.name);
    return [];
  }
  // Gmail keeps earlier views in the DOM, hidden: read only the shown thread view.
  const subjects = queryAll(main, S.subject);
  const subjectEl = subjects.find((el) => isShown(el, main)) ?? null;
  const scope = subjectEl ? threadScope(subjectEl, main) : subjects.length ? null : main;
  const rows = scope
    ? queryAll(scope, S.messageRow).filter((r) => !hasClass(r, gmailRowState.hidden) && isShown(r, scope, false))
    : [];
  if (!rows.length && !subjectEl && !token) return []; // a list, no conversation open
  if (!rows.length) throw new SelectorError(SITE, S.messageRow.name);
  if (!subjectEl) throw new SelectorError(SITE, S.subject.name);

  const subject = (subjectEl.textContent ?? '').replace(/\s+/g, ' ').trim();
  const idEl = subjectEl.matches(S.threadId.css.join(',')) ? subjectEl : queryFirst(scope ?? main, S.threadId);
  const threadId =
    idEl?.getAttribute('data-thread-perm-id') || idEl?.getAttribute('data-legacy-thread-id') || token || null;
  const lang = doc.documentElement.getAttribute('lang') || 'en-US';
  const url = gmailThreadUrl(doc);

  return rows.map((row, index): EmailSnapshot => {
    const msgEl = messageElementOf(row);
    const body = queryFirst(row, S.body);
    const collapsed = hasClass(row, gmailRowState.collapsed) || (!body && !!queryFirst(row, S.snippet));
    const from = addressOf(queryRequired(row, SITE, S.sender));
    const dateEl = collapsed ? queryFirst(row, S.date) : queryRequired(row, SITE, S.date);
    const date = displayedDateToIso(dateEl?.getAttribute('title'), lang);
    const legacyId = msgEl?.getAttribute('data-legacy-message-id');
    const pageId = msgEl?.getAttribute('data-message-id')?.replace(/^#/, '');
    const messageId = legacyId || pageId || `gmail-synth:${stableId(threadId, index, date, from.email)}`;

    if (collapsed) {
      const snippet = queryFirst(row, S.snippet);
      return {
        messageId,
        threadId,
        subject,
        from,
        replyTo: [],
        to: [],
        cc: [],
        date,
        text: snippet ? blockText(snippet) : '',
        quotedText: null,
        signatureText: null,
        headers: { 'x-accord-view': 'collapsed' },
        source: SITE,
        lowConfidence: false,
        url,
      };
    }
    if (!body) throw new SelectorError(SITE, S.body.name);
    const zones = splitMarkedZones(body, gmailQuoteMarkers);
    const rcpt = recipientsOf(row);
    return {
      messageId,
      threadId,
      subject,
      from,
      replyTo: rcpt.replyTo,
      to: rcpt.to,
      cc: rcpt.cc,
      date,
      text: zones.text,
      quotedText: zones.quotedText,
      signatureText: zones.signatureText,
      headers: {},
      source: SITE,
      lowConfidence: false,
      url,
    };
  });
}

export const gmailAdapter: WebmailAdapter = {
  site: SITE,
  matches: ['https://mail.google.com/*'],
  detect(doc) {
    if (!HOSTS.has(hostOf(doc))) return false;
    return !!queryFirst(doc, S.main) || /\bGmail\b/.test(doc.title ?? '');
  },
  mailbox: gmailMailbox,
  read: gmailRead,
  observe(doc, onChange) {
    return observePage(doc, S.main.css, onChange);
  },
  senderAnchor(doc, messageId) {
    for (const row of queryAll(doc, S.messageRow)) {
      const el = messageElementOf(row);
      const ids = [el?.getAttribute('data-legacy-message-id'), el?.getAttribute('data-message-id')?.replace(/^#/, '')];
      if (ids.includes(messageId)) return queryFirst(row, S.sender);
    }
    return null;
  },
};
