// DOM helpers shared by the site adapters and the generic reader: readable text from an element,
// address parsing, displayed-date parsing, quote/signature separation, stable synthetic ids.
// No extraction, no storage, no browser extension API: only the page's DOM.
import type { EmailAddress } from '../../model/email';
import { stableHash } from '../../model/hash';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CENTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG', 'BUTTON']);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none/i.test(style);
}

/**
 * The text of an element as a reader sees it: block elements and <br> become line breaks,
 * runs of spaces collapse (except inside <pre>), scripts, styles and hidden nodes are skipped,
 * and any element in `exclude` (with its subtree) is left out.
 */
export function blockText(root: Node, exclude: ReadonlySet<Element> = new Set()): string {
  // Like innerText: text and <br> are literal; block boundaries are "required line breaks"
  // (numbers) that merge with their neighbours: 1 for most blocks, 2 around paragraphs.
  const out: Array<string | number> = [];
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      out.push(pre ? t : t.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    if (node.nodeType === 1) {
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) return;
      if (exclude.has(el)) {
        // A block left out (a quote, a signature) still ends the line before it, as an empty
        // block would: "wrote:<blockquote>…</blockquote>Hello" is two lines, not "wrote:Hello".
        if (tag === 'BR' || BLOCK.has(tag)) out.push(tag === 'P' ? 2 : 1);
        return;
      }
      if (tag === 'BR') {
        out.push('\n');
        return;
      }
      if (tag === 'IMG') {
        const alt = el.getAttribute('alt');
        if (alt) out.push(alt);
        return;
      }
      const breaks = tag === 'P' ? 2 : BLOCK.has(tag) ? 1 : 0;
      const cell = tag === 'TD' || tag === 'TH';
      if (breaks) out.push(breaks);
      const isPre = pre || tag === 'PRE' || tag === 'TEXTAREA';
      for (const child of Array.from(node.childNodes)) walk(child, isPre);
      if (breaks) out.push(breaks);
      else if (cell) out.push('\t');
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child, pre);
  };
  walk(root, false);
  let text = '';
  let pending = 0;
  for (const part of out) {
    if (typeof part === 'number') {
      pending = Math.max(pending, part);
      continue;
    }
    if (!part) continue;
    // Collapsible spaces at a block edge or a line start vanish (as in innerText).
    if (/^[ \t]+$/.test(part) && (pending || !text || text.endsWith('\n'))) continue;
    if (pending && text) text += '\n'.repeat(pending);
    pending = 0;
    text += part;
  }
  return normaliseText(text);
}

/** Non-breaking spaces to spaces, trimmed lines, at most one blank line in a row. */
export function normaliseText(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).replace(/^[ \t]+|[ \t]+$/g, ''))
    .map((l) => (l === '--' ? '-- ' : l)) // the signature delimiter keeps its space
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Bounded quantifiers (RFC 5321 lengths) keep matching linear on long inputs without an address.
export const EMAIL_RE = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;

/**
 * Every address in a string, lower-cased, in order, without repeats. Scans around each "@"
 * only, so a long text without addresses costs one indexOf.
 */
export function emailsIn(s: string): string[] {
  const seen = new Set<string>();
  let at = s.indexOf('@');
  while (at !== -1) {
    const start = Math.max(0, at - 64);
    const window = s.slice(start, at + 320);
    const re = new RegExp(EMAIL_RE.source, 'g');
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index > at - start) break;
      if (m.index + m[0].length > at - start) {
        seen.add(m[0].toLowerCase());
        break;
      }
    }
    at = s.indexOf('@', at + 1);
  }
  return [...seen];
}

/** "Alice Chen <alice@x.com>", "alice@x.com", '"Chen, Alice" <a@x.com>', "Alice Chen" → EmailAddress. */
export function parseAddress(raw: string): EmailAddress {
  const s = raw.replace(/\u00a0/g, ' ').trim();
  const email = emailsIn(s)[0] ?? '';
  let name = s;
  if (email) {
    name = s
      .replace(new RegExp(`[<(\\[]?\\s*(?:mailto:)?${escapeRe(email)}\\s*[>)\\]]?`, 'i'), ' ')
      .trim();
  }
  name = name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/\s+/g, ' ').trim();
  return { name, email };
}

/** A header value with one or more addresses: split on commas/semicolons outside quotes and <>. */
export function parseAddressList(raw: string): EmailAddress[] {
  const parts: Array<{ text: string; sep: string }> = [];
  let from = 0;
  let quote = false;
  let angle = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '"') quote = !quote;
    else if (ch === '<') angle++;
    else if (ch === '>') angle = Math.max(0, angle - 1);
    else if ((ch === ',' || ch === ';' || ch === '；' || ch === '，') && !quote && angle === 0) {
      parts.push({ text: raw.slice(from, i), sep: ch });
      from = i + 1;
    }
  }
  parts.push({ text: raw.slice(from), sep: '' });
  const out: EmailAddress[] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parseAddress(parts[i]!.text);
    if (!a.email && !a.name) continue;
    // Outlook writes "Last, First <addr>" unquoted: a lone surname before a comma joins the next.
    const next = parts[i + 1];
    if (!a.email && parts[i]!.sep === ',' && next && !/\s/.test(a.name)) {
      const b = parseAddress(next.text);
      if (b.email && b.name && !/\s/.test(b.name)) {
        out.push({ name: `${a.name}, ${b.name}`, email: b.email });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Unique by address (or by name when there is no address), keeping the first. */
export function uniqueAddresses(list: EmailAddress[]): EmailAddress[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.email || `name:${a.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Dates shown by webmail pages. The page shows local wall-clock time; we attach the page's own
// offset (the content script runs in the page's time zone), never invent the sender's.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function timeOf(s: string): { hour: number; minute: number; second: number } | null {
  // 10:15 AM, 3:05 pm, 上午10:15, 下午3:05, 15:05, 15:05:09
  const m = /(上午|下午|中午|晚上|凌晨|早上)?[ \t]{0,3}(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(s);
  if (!m) return null;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] ? Number(m[4]) : 0;
  const ampm = m[5]?.toLowerCase().replace(/\./g, '');
  const cn = m[1];
  const pm = ampm === 'pm' || cn === '下午' || cn === '晚上' || (cn === '中午' && hour < 11);
  const am = ampm === 'am' || cn === '上午' || cn === '凌晨' || cn === '早上';
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/**
 * Parse a date as webmail pages display it (English month names, CJK y年m月d日, numeric with the
 * page language deciding day/month order). Returns wall-clock fields or null.
 */
export function parseDisplayedDate(text: string, lang = 'en-US'): WallClock | null {
  // Displayed dates are short; a long value is not one (and is not scanned).
  const s = text.slice(0, 160).replace(/\u00a0|\u202f/g, ' ').trim();
  if (!s) return null;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s)) && MONTHS[m[1]!.slice(0, 3).toLowerCase()]) {
    month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    day = Number(m[2]);
    year = Number(m[3]);
  } else if ((m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s)) && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) {
    day = Number(m[1]);
    month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    year = Number(m[3]);
  } else if ((m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const dayFirst = !/^en-us$/i.test(lang) && /^(en|fr|de|es|it|pt|nl|ru)/i.test(lang);
    if (a > 12) [day, month] = [a, b];
    else if (b > 12) [month, day] = [a, b];
    else if (dayFirst) [day, month] = [a, b];
    else [month, day] = [a, b];
    year = Number(m[3]);
  }
  if (year == null || month == null || day == null) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Time: look after the date part first so "2026/11/2" digits are not read as a time.
  const t = timeOf(m ? s.slice(m.index + m[0].length) : s) ?? timeOf(s.slice(0, m ? m.index : 0));
  return { year, month, day, hour: t?.hour ?? 0, minute: t?.minute ?? 0, second: t?.second ?? 0 };
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/**
 * ISO 8601 for a wall-clock time in the page's local time zone, with that zone's offset
 * at that instant (so daylight saving is right), e.g. 2026-11-02T10:15:00+08:00.
 */
export function localIso(w: WallClock): string {
  const d = new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** A date string as the page shows it → ISO with offset. RFC 2822 dates keep their own offset. */
export function displayedDateToIso(text: string | null | undefined, lang = 'en-US'): string | null {
  if (!text) return null;
  text = text.slice(0, 160);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4})/.exec(text);
  if (rfc && MONTHS[rfc[2]!.toLowerCase()]) {
    const o = rfc[7]!;
    return (
      `${rfc[3]}-${pad(MONTHS[rfc[2]!.toLowerCase()]!)}-${pad(Number(rfc[1]))}T${pad(Number(rfc[4]))}:${rfc[5]}:${rfc[6] ?? '00'}` +
      `${o.slice(0, 3)}:${o.slice(3)}`
    );
  }
  const iso = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const w = parseDisplayedDate(text, lang);
  return w ? localIso(w) : null;
}

// ---------------------------------------------------------------------------------------------
// Quote and signature zones marked by the page (or by the sending client's HTML).

export interface ZoneMarkers {
  /** Elements whose whole subtree is quoted history. */
  quote: readonly string[];
  /** Elements from which the rest of the body (this element and everything after it) is quoted. */
  quoteFrom?: readonly string[];
  /** Elements that hold the signature. */
  signature?: readonly string[];
  /**
   * Elements that hold one part of the message (Roundcube's div.rcmBody per HTML part): new text
   * after a quote is looked for in that quote's own part only, so what the webmail adds after the
   * message (an attachment list) is not read as an inline reply. Default: the whole body.
   */
  part?: readonly string[];
}

export interface Zones {
  text: string;
  quotedText: string | null;
  signatureText: string | null;
}

/** Outermost elements matching any selector (nested matches are dropped). */
function outermost(root: Element, selectors: readonly string[]): Element[] {
  if (!selectors.length) return [];
  const all = Array.from(root.querySelectorAll(selectors.join(',')));
  return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
}

/** The element and every node after it inside root (document order), as top-level subtrees. */
function fromHereOn(root: Element, start: Element): Element[] {
  const out: Element[] = [start];
  let n: Element | null = start;
  while (n && n !== root) {
    let sib: Element | null = n.nextElementSibling;
    while (sib) {
      out.push(sib);
      sib = sib.nextElementSibling;
    }
    n = n.parentElement;
  }
  // A preceding <hr> directly before an Outlook reply header belongs to the quote.
  const prev = start.previousElementSibling;
  if (prev && prev.tagName === 'HR') out.push(prev);
  return out;
}

interface Marked {
  /** Outermost elements marked as quotes, in document order. */
  quotes: Element[];
  /** The subtrees from a quoteFrom marker on that no quote holds (the history tail). */
  tail: Element[];
}

function markedQuotes(body: Element, markers: ZoneMarkers): Marked {
  const quotes = outermost(body, markers.quote);
  const tail: Element[] = [];
  for (const sel of markers.quoteFrom ?? []) {
    const start = body.querySelector(sel);
    if (start) {
      for (const el of fromHereOn(body, start)) if (!quotes.some((q) => q.contains(el))) tail.push(el);
      break;
    }
  }
  return { quotes, tail };
}

const VISIBLE_CHAR = /[^\s\u00a0\u200b-\u200d\u2060\ufeff]/;

/** The first node after `start` and its subtree, inside `scope` (document order); null at the end. */
function nodeAfter(start: Node, scope: Node): Node | null {
  for (let n: Node | null = start; n && n !== scope; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Hidden, a script or style, or one of `skip`: its text is not the reader's. */
function unread(el: Element, skip: ReadonlySet<Element>): boolean {
  return skip.has(el) || SKIP.has(el.tagName.toUpperCase()) || isHidden(el);
}

/**
 * Is there visible text in `scope` after `start` (in document order, outside it) that is not
 * inside an element of `skip`, a hidden element or a script? Walks only what follows `start`,
 * steps over unread subtrees, and stops at the first such text.
 */
function textAfter(scope: Element, start: Element, skip: ReadonlySet<Element>): boolean {
  // What follows start inside an unread ancestor of it is unread too: go on after that ancestor.
  let from: Node = start;
  for (let el = start.parentElement; el && el !== scope; el = el.parentElement) if (unread(el, skip)) from = el;
  let n = nodeAfter(from, scope);
  while (n) {
    if (n.nodeType === 3 && VISIBLE_CHAR.test(n.nodeValue ?? '')) return true;
    n = n.nodeType === 1 && n.firstChild && !unread(n as Element, skip) ? n.firstChild : nodeAfter(n, scope);
  }
  return false;
}

/**
 * The quoted blocks as a reader sees them. A marked quote that holds other marked quotes and
 * text of its own after the first of them is a wrapper around an inline reply (Gmail writes the
 * attribution, the blockquotes and the answers typed between them into one div.gmail_quote):
 * its inner quotes are the blocks, and its own text is new text. Any other quote is one block.
 */
function citedBlocks(quotes: readonly Element[], markers: ZoneMarkers, signatures: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  for (const q of quotes) {
    const inner = outermost(q, markers.quote);
    const skip = new Set<Element>([...inner, ...signatures]);
    if (inner.length && textAfter(q, inner[0]!, skip)) out.push(...inner);
    else out.push(q);
  }
  return out;
}

/**
 * Put a quote back as the "> " lines a plain-text client would have written, in place: each line
 * of its text prefixed. (Nested quotes get one more "> " when the caller renders them first,
 * deepest first.) The extractor's zone splitter reads '>' quoting, attributions and new text
 * between the quotes.
 */
export function renderQuoteAsLines(quote: Element): void {
  const doc = quote.ownerDocument;
  const block = doc.createElement('div');
  blockText(quote)
    .split('\n')
    .forEach((line, i) => {
      if (i) block.appendChild(doc.createElement('br'));
      block.appendChild(doc.createTextNode(line ? `> ${line}` : '>'));
    });
  quote.replaceWith(block);
}

/** Outermost signature elements that are not inside any of `within`. */
function signaturesOutside(body: Element, markers: ZoneMarkers, within: readonly Element[]): Element[] {
  return outermost(body, markers.signature ?? []).filter((s) => !within.some((q) => q !== s && q.contains(s)));
}

/**
 * New text written after a quote (inline replies, bottom posting: Thunderbird, Apple Mail,
 * Gmail's inline answers, Roundcube's own HTML replies, mailing lists) means the quotes are not
 * the start of the history: the body is read as the sender wrote it. Returns the body's zones
 * with the quotes rendered in place as "> " lines (on a copy; the page is not touched), or null
 * when no visible text follows the first quote (top posting: split by the markers).
 */
function interleavedZones(body: Element, markers: ZoneMarkers, marked: Marked): Zones | null {
  const { quotes, tail } = marked;
  if (!quotes.length) return null;
  const look = (root: Element): { blocks: Element[]; sigs: Element[] } | null => {
    const m = root === body ? marked : markedQuotes(root, markers);
    const head = m.quotes.filter((q) => !m.tail.some((t) => t.contains(q)));
    if (!head.length) return null;
    const sigs = signaturesOutside(root, markers, [...head, ...m.tail]);
    const blocks = citedBlocks(head, markers, new Set(sigs));
    // A signature inside a wrapper that holds an inline reply is the sender's.
    const sigsNow = signaturesOutside(root, markers, [...blocks, ...m.tail]);
    return { blocks, sigs: sigsNow };
  };
  const seen = look(body);
  const first = seen?.blocks[0];
  if (!seen || !first) return null;
  const part = markers.part?.length ? first.closest(markers.part.join(',')) : null;
  const scope = part && body.contains(part) ? part : body;
  if (!textAfter(scope, first, new Set<Element>([...seen.blocks, ...tail, ...seen.sigs]))) return null;

  // Render on a copy: the same markers find the same elements there.
  const copy = body.cloneNode(true) as Element;
  const again = look(copy);
  if (!again) return null;
  const tailCopy = markedQuotes(copy, markers).tail;
  const sigSet = new Set(again.sigs);
  const quoted = tailCopy.map((t) => blockText(t, sigSet)).filter(Boolean).join('\n');
  // One "> " level per block: the zone splitter treats every depth alike, and rendering the
  // nested quotes too would read a deep history once per level.
  for (const b of again.blocks) renderQuoteAsLines(b);
  const text = blockText(copy, new Set<Element>([...tailCopy, ...again.sigs]));
  const signature = again.sigs.map((s) => blockText(s)).filter(Boolean).join('\n');
  return { text, quotedText: quoted || null, signatureText: signature || null };
}

/**
 * Split a message body into new text, quoted history and signature using the page's markers.
 * Top posting (nothing but quotes after the first quote): the quotes are taken out (quotedText).
 * New text after a quote: the quotes stay in the text as "> " lines (interleavedZones).
 */
export function splitMarkedZones(body: Element, markers: ZoneMarkers): Zones {
  const marked = markedQuotes(body, markers);
  const inline = interleavedZones(body, markers, marked);
  if (inline) return inline;
  const quoteEls = [...marked.quotes, ...marked.tail];
  const inQuote = (el: Element): boolean => quoteEls.some((q) => q !== el && q.contains(el));
  const sigEls = outermost(body, markers.signature ?? []).filter((el) => !inQuote(el));
  const quoteOnly = quoteEls.filter((q) => !sigEls.some((s) => s.contains(q)));
  const exclude = new Set<Element>([...quoteOnly, ...sigEls]);
  const text = blockText(body, exclude);
  const sigSet = new Set(sigEls);
  const quoted = quoteOnly
    .slice()
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
    .map((q) => blockText(q, sigSet))
    .filter(Boolean)
    .join('\n');
  const signature = sigEls.map((s) => blockText(s)).filter(Boolean).join('\n');
  return { text, quotedText: quoted || null, signatureText: signature || null };
}

// ---------------------------------------------------------------------------------------------

/** A stable, short, non-reversible id from parts. */
export function stableId(...parts: readonly (string | number | null | undefined)[]): string {
  return stableHash(parts.map((p) => String(p ?? '')).join('\u001f'));
}

/**
 * Observe a region (the first selector that matches) for DOM changes, and the window for URL
 * changes (SPA navigation). The whole document is watched so that a replaced or late region is
 * followed, but only changes inside the region, or the region itself appearing, disappearing or
 * being replaced, call back.
 */
export function observePage(doc: Document, regionSelectors: readonly string[], onChange: () => void): () => void {
  const win = doc.defaultView;
  const MO: typeof MutationObserver | undefined =
    (win as unknown as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver ??
    (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const findRegion = (): Element | null => {
    for (const sel of regionSelectors) {
      const el = doc.querySelector(sel);
      if (el) return el;
    }
    return null;
  };
  let region = findRegion();
  const observer = MO
    ? new MO((records) => {
        const now = findRegion();
        if (now !== region) {
          region = now;
          onChange();
          return;
        }
        if (!region) {
          // No region on this page (yet): any change may be the message appearing.
          if (regionSelectors.length === 0 && records.length) onChange();
          return;
        }
        if (records.some((r) => region!.contains(r.target))) onChange();
      })
    : null;
  observer?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-expanded', 'data-message-id', 'data-legacy-message-id', 'data-thread-perm-id'],
  });
  const onNav = (): void => {
    region = findRegion();
    onChange();
  };
  win?.addEventListener('hashchange', onNav);
  win?.addEventListener('popstate', onNav);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    win?.removeEventListener('hashchange', onNav);
    win?.removeEventListener('popstate', onNav);
  };
}

/** Host of the document (lower-case), '' when unknown. */
export function hostOf(doc: Document): string {
  try {
    return (doc.location?.hostname ?? new URL(doc.URL).hostname).toLowerCase();
  } catch {
    return '';
  }
}

/** Does a manifest match pattern ("https://mail.google.com/*", "*://*.example.com/*") match a URL? */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):/.test(url);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const h = u.hostname.toLowerCase();
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2).toLowerCase();
      if (h !== base && !h.endsWith(`.${base}`)) return false;
    } else if (h !== host!.toLowerCase().replace(/:\d+$/, '')) return false;
  }
  const re = new RegExp(`^${path!.split('*').map(escapeRe).join('.*')}$`);
  return re.test(u.pathname + u.search);
}
