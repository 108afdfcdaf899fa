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
  const threadId = urlId ?? queryFirst(doc, S.selectedOption)?.getAttribute('data-convid') ?? null;
  const lang = doc.documentElement.getAttribute('lang') || 'en-US';

  const read = items.map((item) => {
    const body = queryFirst(item, S.body);
    const snippet = queryFirst(item, S.snippet);
    const collapsed = item.getAttribute('aria-expanded') === 'false' || (!body && !!snippet);
    const from = personaAddress(queryRequired(item, SITE, S.sender));
    const dateEl = collapsed ? queryFirst(item, S.date) : queryRequired(item, SITE, S.date);
    const date = displayedDateToIso(
      dateEl?.getAttribute('datetime') || dateEl?.getAttribute('title') || dateEl?.textContent,
      lang,
    );
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

  // Oldest first: OWA can show newest on top. Sort by time when every item has one.
  const order = read.map((r, i) => ({ r, i, t: r.date ? Date.parse(r.date) : NaN }));
  if (order.every((o) => !Number.isNaN(o.t))) order.sort((a, b) => a.t - b.t || a.i - b.i);

  const url = pageUrl(doc);
  return order.map(({ r }, index): EmailSnapshot => ({
    messageId: `outlook-synth:${stableId(threadId, index, r.date, r.from.email)}`,
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
    try {
      const snaps = outlookRead(doc);
      const idx = snaps.findIndex((s) => s.messageId === messageId);
      if (idx < 0) return null;
      // Map back through the same order: find the item whose sender/date produced this snapshot.
      const main = queryFirst(doc, S.main);
      if (!main) return null;
      for (const item of outermost(queryAll(main, S.item))) {
        const sender = queryFirst(item, S.sender);
        if (sender && personaAddress(sender).email === snaps[idx]!.from?.email) {
          const dateEl = queryFirst(item, S.date);
          const d = displayedDateToIso(
            dateEl?.getAttribute('datetime') || dateEl?.getAttribute('title') || dateEl?.textContent,
            doc.documentElement.getAttribute('lang') || 'en-US',
          );
          if (d === snaps[idx]!.date) return sender;
        }
      }
    } catch {
      return null;
    }
    return null;
  },
};
