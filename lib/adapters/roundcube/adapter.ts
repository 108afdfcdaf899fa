// Roundcube webmail (1.6, elastic skin), self-hosted: the origin is configured by the user, so
// `matches` is empty and detect() recognises the page by its shape. The adapter runs inside the
// preview iframe (`_action=preview&_framed=1`, one message per document) and on `_action=show`
// at the top level; the top-level mail page itself shows no message (read() → []).
//
// What Roundcube shows, and what we make of it:
// - No Message-ID: the id is synthetic and stable, from host + mailbox + folder + IMAP uid
//   ("roundcube-synth:<hash>"); moving a message to another folder gives it a new id.
// - The date is the user's date_long ("2026-03-02 09:12"), converted to the user's Roundcube
//   time zone, to the minute, without offset. The sender's offset is not on the page: we return
//   that instant with the page's own offset (Roundcube's default time zone "auto" is the browser's).
// - Only 10 addresses per header are rendered; the "and N more" link's onclick holds them all.
import type { EmailAddress, EmailSnapshot } from '../../model/email';
import { SelectorError, queryAll, queryFirst, queryRequired, type WebmailAdapter } from '../types';
import {
  blockText,
  displayedDateToIso,
  emailsIn,
  hostOf,
  localIso,
  observePage,
  parseAddress,
  renderQuoteAsLines,
  splitMarkedZones,
  stableId,
  uniqueAddresses,
  type WallClock,
  type Zones,
} from '../generic/dom';
import { pageUrl } from '../generic/adapter';
import { envString, roundcubeEnv, roundcubeMailbox, type RcEnv } from './account';
import { MESSAGE_PAGE_CLASSES, SITE, roundcubeSelectors as S, roundcubeZoneMarkers } from './selectors';

// ------------------------------------------------------------------------------------- detect

function isMessagePage(doc: Document): boolean {
  const cls = doc.body?.classList;
  return !!cls && MESSAGE_PAGE_CLASSES.some((c) => cls.contains(c));
}

function looksLikeRoundcube(doc: Document): boolean {
  if (!doc.body) return false;
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (/roundcube/i.test(generator)) return true;
  if (queryFirst(doc, S.previewFrame)) return true;
  const cls = doc.body.classList;
  const rcBody = cls.contains('task-mail') || cls.contains('task-login') || cls.contains('task-settings') || cls.contains('task-addressbook');
  if (rcBody && (isMessagePage(doc) || queryFirst(doc, S.messageHeader))) return true;
  // The rcmail bootstrap script: `var rcmail = new rcube_webmail();`.
  return queryAll(doc, S.envScript).some((s) => (s.textContent ?? '').includes('new rcube_webmail('));
}

// ------------------------------------------------------------------------------------- addresses

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One `span.adr`: the mailto: href is the reliable address; the link text is the name. */
export function addressFromAdr(adr: Element): EmailAddress {
  const link = adr.querySelector('.rcmContactAddress');
  if (!link) return parseAddress(clean(adr.textContent));
  let email = '';
  const href = link.getAttribute('href') ?? '';
  if (/^mailto:/i.test(href)) {
    let raw = href.slice(7).split('?')[0] ?? '';
    try {
      raw = decodeURIComponent(raw);
    } catch {
      // keep it raw
    }
    email = emailsIn(raw)[0] ?? '';
  }
  if (!email) email = emailsIn(link.getAttribute('title') ?? '')[0] ?? '';
  const text = clean(link.textContent);
  const parsed = parseAddress(text); // "Name <addr>" when the user shows addresses
  if (!email) email = parsed.email;
  let name = parsed.email ? parsed.name : text.replace(/^["'“”]+|["'“”]+$/g, '');
  if (name.toLowerCase() === email.toLowerCase()) name = '';
  return { name, email: email.toLowerCase() };
}

/** The first JavaScript string literal after `marker` in `src`, unescaped; null when absent. */
export function jsStringAfter(src: string, marker: string): string | null {
  const at = src.indexOf(marker);
  if (at < 0) return null;
  let i = at + marker.length;
  while (i < src.length && /\s/.test(src[i]!)) i++;
  const quote = src[i];
  if (quote !== "'" && quote !== '"') return null;
  let out = '';
  for (i++; i < src.length; i++) {
    const c = src[i]!;
    if (c === quote) return out;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = src[++i];
    if (n === undefined) return null;
    if (n === 'n') out += '\n';
    else if (n === 'r') out += '\r';
    else if (n === 't') out += '\t';
    else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16));
      i += 4;
    } else out += n; // \' \" \\ \/
  }
  return null;
}

/**
 * Every address of a header cell. When Roundcube rendered only the first 10 ("and N more"),
 * the link's onclick `rcmail.simple_dialog('<all addresses as HTML>', ...)` lists them all;
 * it is parsed in an inert document (nothing runs, nothing loads).
 */
export function addressesOfCell(doc: Document, cell: Element | null): EmailAddress[] {
  if (!cell) return [];
  const shown = queryAll(cell, S.address).map(addressFromAdr);
  const more = queryFirst(cell, S.moreLink);
  if (more) {
    const html = jsStringAfter(more.getAttribute('onclick') ?? '', 'simple_dialog(');
    if (html) {
      const inert = doc.implementation.createHTMLDocument('');
      inert.body.innerHTML = html;
      const all = queryAll(inert.body, S.address).map(addressFromAdr);
      if (all.length > shown.length) return uniqueAddresses([...shown, ...all].filter((a) => a.email || a.name));
    }
  }
  return uniqueAddresses(shown.filter((a) => a.email || a.name));
}

// ------------------------------------------------------------------------------------- dates

/**
 * The order of day, month and year in the user's date format, from the page's env.date_format
 * (jQuery UI datepicker syntax derived from Roundcube's date_format: "yy-mm-dd", "dd.mm.yy",
 * "mm/dd/yy", "d.m.yy"...). Null when unknown.
 */
function dateOrder(env: RcEnv): Array<'d' | 'm' | 'y'> | null {
  const fmt = envString(env, 'date_format');
  if (!fmt) return null;
  const order = (fmt.match(/y+|m+|d+/gi) ?? []).map((t) => t[0]!.toLowerCase() as 'd' | 'm' | 'y');
  return order.length === 3 && new Set(order).size === 3 ? order : null;
}

function timeIn(s: string): { hour: number; minute: number; second: number } | null {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  const ap = m[4]?.toLowerCase();
  if (ap === 'p' && hour < 12) hour += 12;
  if (ap === 'a' && hour === 12) hour = 0;
  const minute = Number(m[2]);
  const second = m[3] ? Number(m[3]) : 0;
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null;
}

/** A date as Roundcube displays it (user's format, user's zone) → ISO 8601 with the page's offset. */
export function roundcubeDateToIso(text: string, env: RcEnv): string | null {
  const s = clean(text);
  if (!s) return null;
  const order = dateOrder(env);
  const m = /(\d{1,4})[-/. ](\d{1,2})[-/. ](\d{1,4})/.exec(s);
  if (order && m) {
    const parts: Record<string, number> = {};
    order.forEach((k, i) => (parts[k] = Number(m[i + 1])));
    const { y, m: month, d } = parts as { y: number; m: number; d: number };
    const year = y < 100 ? 2000 + y : y;
    const t = timeIn(s.slice(m.index + m[0].length));
    if (year >= 1970 && month >= 1 && month <= 12 && d >= 1 && d <= 31 && t) {
      const w: WallClock = { year, month, day: d, ...t };
      return localIso(w);
    }
  }
  // Another date_long set by the administrator: the generic reader of displayed dates.
  const lang = (envString(env, 'locale') ?? 'en_US').replace('_', '-');
  return displayedDateToIso(s, lang);
}

// ------------------------------------------------------------------------------------- body

function subjectText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const junk of Array.from(copy.querySelectorAll('.voice, a.extwin, .extwin'))) junk.remove();
  return clean(copy.textContent);
}

/**
 * Roundcube's plain-text rendering (div.pre) turns "> " lines into nested <blockquote>, leaving
 * the attribution ("On … wrote:") and any new text written between or after the quotes (inline
 * and bottom posting, the mailing-list habit) as plain lines around them. Taking the quotes out
 * would leave "On … wrote:" followed by new text, which reads as the start of quoted history, and
 * the reply after it would be lost. So a quote in plain-text mail is put back as the "> " lines
 * the sender wrote, in place (deepest first, so nesting gives "> > "), and the text stays whole:
 * the extractor's zone splitter reads '>' quoting, attributions and interleaved new text.
 */
function renderPlainQuotes(body: Element): void {
  // div.pre is Roundcube's own wrapper; an HTML part's classes are prefixed ("v1pre") and its
  // blockquotes sit in div.rcmBody.
  const quotes = Array.from(body.querySelectorAll('div.pre blockquote'))
    .filter((q) => !q.closest('.rcmBody'))
    .reverse();
  for (const q of quotes) renderQuoteAsLines(q);
}

/**
 * Split the body by Roundcube's markers. A signature marker from the sender's HTML (class
 * "…signature…") that holds most of the text is not a signature but a wrapper: ignored then.
 * Plain-text quotes stay in the text as "> " lines (renderPlainQuotes). HTML mail is split by
 * its markers (quotedText) when it is top-posted; when new text follows a quote (inline replies,
 * bottom posting) splitMarkedZones renders its quotes as "> " lines in place too.
 */
function bodyZones(page: Element): Zones {
  const body = page.cloneNode(true) as Element;
  renderPlainQuotes(body);
  const zones = splitMarkedZones(body, roundcubeZoneMarkers);
  if (!zones.signatureText || body.querySelector('span.sig')) return zones;
  const total = blockText(body).length;
  if (zones.signatureText.length * 2 > total) {
    return splitMarkedZones(body, { ...roundcubeZoneMarkers, signature: ['span.sig'] });
  }
  return zones;
}

// ------------------------------------------------------------------------------------- ids

function uidAndFolder(doc: Document, env: RcEnv): { uid: string | null; folder: string | null } {
  let uid = envString(env, 'uid');
  let folder = envString(env, 'mailbox');
  const fromUrl = (href: string | null | undefined): void => {
    if (!href || (uid && folder)) return;
    try {
      const u = new URL(href, doc.URL);
      uid = uid ?? u.searchParams.get('_uid');
      folder = folder ?? u.searchParams.get('_mbox');
    } catch {
      // not a URL
    }
  };
  fromUrl(doc.URL);
  fromUrl(queryFirst(doc, S.extwin)?.getAttribute('href'));
  return { uid, folder };
}

/**
 * The top-level "show" address of the message (?_task=mail&_uid=N&_mbox=F&_action=show), which
 * reopens it even when it was read in the preview iframe; the page URL when the uid is unknown.
 */
function showUrl(doc: Document, uid: string | null, folder: string | null): string | null {
  const page = pageUrl(doc);
  if (!page || !uid) return page;
  const u = new URL(page);
  const q = new URLSearchParams({ _task: 'mail', _uid: uid, _mbox: folder ?? 'INBOX', _action: 'show' });
  return `${u.origin}${u.pathname}?${q.toString()}`;
}

// ------------------------------------------------------------------------------------- read

/**
 * The open message's header fields and id, without its body (the capture button's anchor needs
 * only the id). Null when no message is open; SelectorError when the page shape changed.
 */
function roundcubeHead(doc: Document) {
  const header = queryFirst(doc, S.messageHeader);
  if (!header) {
    // A page that says it shows a message but has no header: the page shape changed.
    if (isMessagePage(doc)) throw new SelectorError(SITE, S.messageHeader.name);
    return null;
  }
  const env = roundcubeEnv(doc);
  const subject = subjectText(queryRequired(doc, SITE, S.subject));
  const from = addressFromAdr(queryRequired(doc, SITE, S.from));
  if (!from.email && !from.name) throw new SelectorError(SITE, S.from.name);

  const dateText = queryFirst(doc, S.summaryDate)?.textContent ?? '';
  let date = dateText ? roundcubeDateToIso(dateText, env) : null;
  if (!date) {
    // The table's date is "pretty" for recent mail (Today 10:15): only an absolute one is used.
    const cell = clean(queryFirst(doc, S.dateCell)?.textContent);
    if (/\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}/.test(cell)) date = roundcubeDateToIso(cell, env);
  }

  const mailbox = roundcubeMailbox(doc);
  const { uid, folder } = uidAndFolder(doc, env);
  const host = hostOf(doc);
  const messageId = uid
    ? `roundcube-synth:${stableId(host, mailbox ?? envString(env, 'username'), folder ?? 'INBOX', uid)}`
    : `roundcube-synth:${stableId(host, 'no-uid', subject, from.email, date)}`;
  return { env, subject, from, date, uid, folder, messageId };
}

function roundcubeRead(doc: Document): EmailSnapshot[] {
  const head = roundcubeHead(doc);
  if (!head) return [];
  const { env, subject, from, date, uid, folder, messageId } = head;
  const zones = bodyZones(queryRequired(doc, SITE, S.body));

  const headers: Record<string, string> = {};
  // Roundcube only says that a List-Post header exists (its "Reply list" button), not its value.
  if (env['list_post'] === true) headers['list-post'] = '';

  return [
    {
      messageId,
      threadId: null,
      subject,
      from,
      replyTo: addressesOfCell(doc, queryFirst(doc, S.replyTo)),
      to: addressesOfCell(doc, queryFirst(doc, S.to)),
      cc: addressesOfCell(doc, queryFirst(doc, S.cc)),
      date,
      text: zones.text,
      quotedText: zones.quotedText,
      signatureText: zones.signatureText,
      headers,
      source: SITE,
      lowConfidence: false,
      url: showUrl(doc, uid, folder),
    },
  ];
}

export const roundcubeAdapter: WebmailAdapter = {
  site: SITE,
  // Self-hosted: the user adds the Roundcube origin at runtime (origins.ts patternForOrigin).
  matches: [],
  detect: looksLikeRoundcube,
  mailbox: roundcubeMailbox,
  read: roundcubeRead,
  observe(doc, onChange) {
    // The preview iframe reloads per message (a new document, a new content script); within one
    // document the body can still change (remote images allowed, HTML/plain toggled).
    return observePage(doc, S.content.css, onChange);
  },
  senderAnchor(doc, messageId) {
    try {
      if (roundcubeHead(doc)?.messageId !== messageId) return null;
    } catch {
      return null;
    }
    return queryFirst(doc, S.summaryAddress);
  },
};
