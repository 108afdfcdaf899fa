// The generic reader: for an enabled origin with no site adapter, or when a site adapter's
// selectors fail. Mozilla Readability on a clone of the page finds the message text; headers
// come from heuristics on the visible page (labelled lines "From:"/"发件人：", mailto: links, an
// address near the top, a date-looking string, the document title). Always lowConfidence, at
// most one snapshot, never throws (returns [] when it finds no message).
import { Readability } from '@mozilla/readability';
import type { EmailAddress, EmailSnapshot } from '../../model/email';
import type { WebmailAdapter } from '../types';
import {
  blockText,
  displayedDateToIso,
  emailsIn,
  normaliseText,
  observePage,
  parseAddress,
  parseAddressList,
  splitMarkedZones,
  stableId,
  uniqueAddresses,
} from './dom';

export const SITE = 'generic';

/** The document's URL when it is an http(s) page the user can reopen (the hash kept), else null. */
export function pageUrl(doc: Document): string | null {
  try {
    const u = new URL(doc.URL);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
const TAG = 'data-accord-pos';

/** Quote markers common to the HTML of mail clients (and of webmails that render it). */
export const genericQuoteMarkers = {
  quote: ['blockquote', '.gmail_quote', '.gmail_extra', '.yahoo_quoted', '.moz-cite-prefix', '.protonmail_quote'],
  quoteFrom: ['#divRplyFwdMsg', '[id$="divRplyFwdMsg"]', '#appendonsend', '[id$="appendonsend"]'],
  signature: ['.gmail_signature', '#Signature', '[id$="_Signature"]', '.moz-signature', 'span.sig', '.signature'],
} as const;

type HeaderKind = 'from' | 'to' | 'cc' | 'date' | 'subject';
const HEADER_LABELS: Array<[HeaderKind, RegExp]> = [
  ['from', /^(?:from|sender|发件人|發件人|寄件人|寄件者|寄信人)$/i],
  ['to', /^(?:to|recipients?|收件人|收件者)$/i],
  ['cc', /^(?:cc|抄送|副本|抄送人)$/i],
  ['date', /^(?:date|sent|received|日期|时间|時間|发送时间|發送時間|寄件日期|发送日期)$/i],
  ['subject', /^(?:subject|主题|主題|主旨)$/i],
];
const LABEL_LINE = /^\s*([A-Za-z\u4e00-\u9fff]{1,12})\s*[:：]\s*(.*)$/;

function kindOf(label: string): HeaderKind | null {
  return HEADER_LABELS.find(([, re]) => re.test(label.trim()))?.[0] ?? null;
}

/** Labelled header lines in the given lines: the first value of each kind wins. */
function headerLines(lines: string[]): Partial<Record<HeaderKind, string>> {
  const out: Partial<Record<HeaderKind, string>> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL_LINE.exec(lines[i]!);
    if (!m) continue;
    const kind = kindOf(m[1]!);
    if (!kind || out[kind] !== undefined) continue;
    let value = m[2]!.trim();
    if (!value && i + 1 < lines.length && !LABEL_LINE.exec(lines[i + 1]!)) value = lines[i + 1]!.trim();
    if (value) out[kind] = value;
  }
  return out;
}

const DATE_LIKE =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{0,20}|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b[^\n]{0,12}|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+[^\n]{6,40}?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}[^\n]{0,14}|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}[^\n]{0,14})/;

/** The subject from the title: "Re: offer - Acme Webmail", "Acme Mail - Re: offer", "Re: offer :: Acme". */
function subjectFromTitle(doc: Document, title: string): string {
  const parts = title.split(/\s+(?:[-–—|»]|::)\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const headings = new Set(
    Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"], .subject, .title')).map((h) =>
      (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
  const shown = parts.find((p) => headings.has(p));
  if (shown) return shown;
  const candidates = parts.filter((p) => !(emailsIn(p).length === 1 && emailsIn(p)[0] === p.toLowerCase()));
  return (candidates.length ? candidates : parts).reduce((a, b) => (b.length > a.length ? b : a));
}

/** The heading closest above the message container (webmails show the subject there). */
function headingBefore(doc: Document, container: Element | undefined): string | null {
  if (!container) return null;
  let found: string | null = null;
  const headings = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';
  for (const h of Array.from(doc.querySelectorAll(headings))) {
    if (container.contains(h) || h.contains(container)) continue;
    if (!(h.compareDocumentPosition(container) & 4)) break; // h is after the container
    const t = (h.getAttribute('title') || h.textContent || '').replace(/\s+/g, ' ').trim();
    if (t.length >= 2 && !emailsIn(t).length) found = t; // a sender line is not a subject
  }
  return found;
}

function mailtoAddresses(root: ParentNode): EmailAddress[] {
  return Array.from(root.querySelectorAll('a[href^="mailto:" i]')).map((a) => {
    const href = decodeURIComponent((a.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '');
    const email = emailsIn(href)[0] ?? '';
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = text && emailsIn(text)[0] !== text.toLowerCase() ? parseAddress(text).name : '';
    return { name, email };
  });
}

function genericRead(doc: Document): EmailSnapshot[] {
  try {
    if (!doc.body) return [];
    // Readability picks the container on a clone (it prunes and rewrites what it keeps); the
    // container is mapped back to the page by a position tag, and read there in full, so quote
    // and signature markers Readability would have dropped still separate the zones.
    const clone = doc.cloneNode(true) as Document;
    const originals = Array.from(doc.getElementsByTagName('*'));
    Array.from(clone.getElementsByTagName('*')).forEach((el, i) => el.setAttribute(TAG, String(i)));
    const article = new Readability<Element>(clone, {
      charThreshold: 80,
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
    const content = article?.content ?? null;
    const tagged = content ? Array.from(content.querySelectorAll(`[${TAG}]`)) : [];
    const containers = tagged
      .filter((el) => !tagged.some((o) => o !== el && o.contains(el)))
      .map((el) => originals[Number(el.getAttribute(TAG))])
      .filter((el): el is Element => !!el && el !== doc.body && el !== doc.documentElement);
    const parts = containers.map((el) => splitMarkedZones(el, genericQuoteMarkers));
    const join = (xs: Array<string | null>): string | null => xs.filter(Boolean).join('\n\n') || null;
    const zones = parts.length
      ? { text: join(parts.map((p) => p.text)) ?? '', quotedText: join(parts.map((p) => p.quotedText)), signatureText: join(parts.map((p) => p.signatureText)) }
      : content
        ? splitMarkedZones(content, genericQuoteMarkers)
        : null;
    const pageText = blockText(doc.body);
    if (!zones || !zones.text) return [];

    // Headers are searched above the message text (so the quoted "From:/Sent:" block of an
    // earlier message does not count), or in the first lines when the text cannot be located.
    // The first body line: long enough, and not a labelled header line.
    const isHeaderLine = (l: string): boolean => {
      const m = LABEL_LINE.exec(l);
      return !!m && !!kindOf(m[1]!);
    };
    const textLines = zones.text.split('\n');
    const bodyStart = textLines.findIndex((l) => l.trim().length >= 20 && !isHeaderLine(l));
    const firstLine = bodyStart >= 0 ? textLines[bodyStart]!.trim() : '';
    const at = firstLine ? pageText.indexOf(firstLine) : -1;
    const top = (at > 0 ? pageText.slice(0, at) : pageText).split('\n').slice(0, 80);
    const h = headerLines(top);

    const mailtos = mailtoAddresses(doc.body).filter((a) => a.email);
    let from: EmailAddress | null = h.from ? parseAddress(h.from) : null;
    if (from && !from.email) {
      const match = mailtos.find((a) => a.name && a.name === from!.name);
      if (match) from = { name: from.name, email: match.email };
    }
    if (!from || (!from.email && !from.name)) {
      const firstMailto = mailtos[0];
      const firstAddr = emailsIn(top.join('\n'))[0];
      from = firstMailto ?? (firstAddr ? { name: '', email: firstAddr } : null);
    }
    const to = h.to ? uniqueAddresses(parseAddressList(h.to)) : [];
    const cc = h.cc ? uniqueAddresses(parseAddressList(h.cc)) : [];
    const lang = doc.documentElement.getAttribute('lang') || 'en-US';
    const timeEl = doc.body.querySelector('time[datetime]');
    const date =
      displayedDateToIso(h.date, lang) ??
      displayedDateToIso(timeEl?.getAttribute('datetime'), lang) ??
      displayedDateToIso(DATE_LIKE.exec(top.join('\n'))?.[1], lang);
    const subject = h.subject ?? headingBefore(doc, containers[0]) ?? subjectFromTitle(doc, doc.title || article?.title || '');

    // Readability may keep the page's header block with the text: drop leading header lines.
    // The container may include the page's header block: drop header lines (and the subject
    // line) above the first body line.
    const head = bodyStart > 0 ? textLines.slice(0, bodyStart) : [];
    const lines = [...head.filter((l) => !isHeaderLine(l) && l.trim() !== subject), ...textLines.slice(Math.max(bodyStart, 0))];
    const text = normaliseText(lines.join('\n'));
    // A page with little text and no sign of a message header (a login form) is not a message.
    if (!text || (text.replace(/\s/g, '').length < 60 && !from?.email && !date)) return [];

    return [
      {
        messageId: `generic:${stableId(doc.URL, subject, from?.email, date)}`,
        threadId: null,
        subject,
        from,
        replyTo: [],
        to,
        cc,
        date,
        text,
        quotedText: zones.quotedText,
        signatureText: zones.signatureText,
        headers: {},
        source: SITE,
        lowConfidence: true,
        url: pageUrl(doc),
      },
    ];
  } catch {
    return [];
  }
}

export const genericAdapter: WebmailAdapter = {
  site: SITE,
  // Injected only on origins the user enabled; it can run on any page.
  matches: ['https://*/*', 'http://*/*'],
  detect(doc) {
    return !!doc.body && /^(https?|file):/.test(doc.URL);
  },
  mailbox() {
    return null;
  },
  read: genericRead,
  observe(doc, onChange) {
    return observePage(doc, ['[role="main"]', 'main', 'body'], onChange);
  },
};
