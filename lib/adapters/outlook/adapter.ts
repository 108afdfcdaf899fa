// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): the open
// conversation as EmailSnapshots, oldest first whatever the "newest on top" setting.
// OWA shows no RFC Message-ID: ids are synthetic and stable (conversation id + position + date +
// sender). Collapsed items give sender, date and preview, marked headers['x-accord-view'] = 'collapsed'.
import type { EmailAddress, EmailSnapshot } from '../../model/email';
import { SelectorError, queryAll, queryFirst, queryRequired, type WebmailAdapter } from '../types';
import {
  blockText,
  displayedDateToIso,
  emailsIn,
  hostOf,
  observePage,
  parseAddress,
  parseAddressList,
  splitMarkedZones,
  stableId,
  uniqueAddresses,
} from '../generic/dom';
import { pageUrl } from '../generic/adapter';
import { outlookMailbox } from './account';
import { SITE, outlookQuoteMarkers, outlookSelectors as S } from './selectors';

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** Conversation (or item) id from OWA routes: /mail/<folder>/id/<id>, /mail/id/<id>, /mail/deeplink/read/<id>. */
export function outlookIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/(?:id|read)\/([^/?#]+)/.exec(path);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

const LABEL_PREFIX = /^\s*(from|to|cc|sent|发件人|收件人|抄送|寄件者|收件者|副本)\s*[:：]\s*/i;

/** An address from a persona element: aria-label "From: Name <addr>", title "addr", text "Name". */
function personaAddress(el: Element): EmailAddress {
  const label = (el.getAttribute('aria-label') ?? '').replace(LABEL_PREFIX, '');
  const titled = [el, ...Array.from(el.querySelectorAll('[title]'))]
    .map((e) => e.getAttribute('title') ?? '')
    .find((t) => emailsIn(t).length > 0);
  const fromLabel = parseAddress(label);
  const email = fromLabel.email || emailsIn(titled ?? '')[0] || emailsIn(el.textContent ?? '')[0] || '';
  let name = fromLabel.name;
  if (!name) name = parseAddress((el.textContent ?? '').replace(LABEL_PREFIX, '')).name;
  return { name: name.toLowerCase() === email ? '' : name, email: email.toLowerCase() };
}

function recipientsIn(well: Element | null): EmailAddress[] {
  if (!well) return [];
  const persons = Array.from(well.querySelectorAll('[title*="@"]'));
  if (persons.length) {
    return uniqueAddresses(
      persons.map((p) => {
        const email = emailsIn(p.getAttribute('title') ?? '')[0] ?? '';
        const name = (p.textContent ?? '').replace(/[;,]\s*$/, '').replace(/\s+/g, ' ').trim();
        const clean = parseAddress(name);
        return { name: clean.name && clean.name.toLowerCase() !== email ? clean.name : '', email };
      }),
    );
  }
  const raw = (well.getAttribute('aria-label') ?? well.textContent ?? '').replace(LABEL_PREFIX, '');
  return uniqueAddresses(parseAddressList(raw));
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
}

/** Oldest first: OWA can show newest on top. Sorted by time when every item has one. */
function oldestFirst<T extends { date: string | null }>(list: readonly T[]): T[] {
  const order = list.map((r, i) => ({ r, i, t: r.date ? Date.parse(r.date) : NaN }));
  if (order.every((o) => !Number.isNaN(o.t))) order.sort((a, b) => a.t - b.t || a.i - b.i);
  return order.map((o) => o.r);
}

/** OWA shows no message id: position in the thread (oldest first), date and sender. */
function synthId(threadId: string | null, index: number, r: { date: string | null; from: EmailAddress }): string {
  return `outlook-synth:${stableId(threadId, index, r.date, r.from.email)}`;
}

function threadIdOf(doc: Document): string | null {
  return outlookIdFromUrl(doc.URL) ?? queryFirst(doc, S.selectedOption)?.getAttribute('data-convid') ?? null;
}

function itemDate(item: Element, lang: string, required: boolean): string | null {
  const dateEl = required ? queryRequired(item, SITE, S.date) : queryFirst(item, S.date);
  return displayedDateToIso(dateEl?.getAttribute('datetime') || dateEl?.getAttribute('title') || dateEl?.textContent, lang);
}

function outlookRead(doc: Document): EmailSnapshot[] {
  const main = queryFirst(doc, S.main);
  const urlId = outlookIdFromUrl(doc.URL);
  if (!main) {
    if (urlId) throw new SelectorError(SITE, S.main.name);
    return [];
  }
  const items = outermost(queryAll(main, S.item));
  const subjectEl = queryFirst(main, S.subject);
  if (!items.length && !subjectEl && !urlId) return []; // "Select an item to read"
  if (!items.length) throw new SelectorError(SITE, S.item.name);
  if (!subjectEl) throw new SelectorError(SITE, S.subject.name);
  const subject = (subjectEl.getAttribute('title') || subjectEl.textContent || '').replace(/\s+/g, ' ').trim();
  const threadId = threadIdOf(doc);
  const lang = doc.documentElement.getAttribute('lang') || 'en-US';

  const read = items.map((item) => {
    const body = queryFirst(item, S.body);
    const snippet = queryFirst(item, S.snippet);
    const collapsed = item.getAttribute('aria-expanded') === 'false' || (!body && !!snippet);
    const from = personaAddress(queryRequired(item, SITE, S.sender));
    const date = itemDate(item, lang, !collapsed);
    if (collapsed) {
      return {
        from,
        date,
        to: [] as EmailAddress[],
        cc: [] as EmailAddress[],
        text: snippet ? blockText(snippet) : '',
        quotedText: null,
        signatureText: null,
        headers: { 'x-accord-view': 'collapsed' } as Record<string, string>,
      };
    }
    if (!body) throw new SelectorError(SITE, S.body.name);
    const zones = splitMarkedZones(body, outlookQuoteMarkers);
    return {
      from,
      date,
      to: recipientsIn(queryFirst(item, S.to)),
      cc: recipientsIn(queryFirst(item, S.cc)),
      ...zones,
      headers: {} as Record<string, string>,
    };
  });

  const url = pageUrl(doc);
  return oldestFirst(read).map((r, index): EmailSnapshot => ({
    messageId: synthId(threadId, index, r),
    threadId,
    subject,
    from: r.from,
    replyTo: [],
    to: r.to,
    cc: r.cc,
    date: r.date,
    text: r.text,
    quotedText: r.quotedText,
    signatureText: r.signatureText,
    headers: r.headers,
    source: SITE,
    lowConfidence: false,
    url,
  }));
}

export const outlookAdapter: WebmailAdapter = {
  site: SITE,
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
  detect(doc) {
    if (!HOSTS.has(hostOf(doc))) return false;
    return !!queryFirst(doc, S.main) || /\bOutlook\b/.test(doc.title ?? '');
  },
  mailbox: outlookMailbox,
  read: outlookRead,
  observe(doc, onChange) {
    return observePage(doc, S.main.css, onChange);
  },
  senderAnchor(doc, messageId) {
    // Only the heads (sender, date) in thread order, not the bodies: the capture buttons ask
    // once per message, and a full read each time made a 25-message thread cost ~250 ms.
    try {
      const main = queryFirst(doc, S.main);
      if (!main) return null;
      const lang = doc.documentElement.getAttribute('lang') || 'en-US';
      const threadId = threadIdOf(doc);
      const heads = outermost(queryAll(main, S.item)).flatMap((item) => {
        const sender = queryFirst(item, S.sender);
        return sender ? [{ sender, from: personaAddress(sender), date: itemDate(item, lang, false) }] : [];
      });
      return oldestFirst(heads).find((h, index) => synthId(threadId, index, h) === messageId)?.sender ?? null;
    } catch {
      return null;
    }
  },
};
