// The zone splitter: one message body in, its new text ("reply"), the sender's signature,
// the quoted history and any legal disclaimer out. PURE: no DOM, no browser API.
//
// How it works, in three passes over the lines (each line is looked at a bounded number of
// times and every pattern runs on at most MAX_LINE characters, so the cost is linear):
// 1. History: '>' lines and BBS ': ' lines are quoted; an attribution ("On ... wrote:", also
//    wrapped over two or three lines, in many languages, "在 ... 写道："), a history separator
//    ("-----Original Message-----", QQ's "原始邮件", "Forwarded message") or an embedded header
//    block (From:/Sent:/To:/Subject:, 发件人:/发送时间:/收件人:/主题:, 寄件者:/主旨:...) starts the
//    quoted history when new text came before it. Opening the message (no new text yet), such a
//    header is dropped and what follows is read as the message (forwards, bottom posting).
//    A quote block followed by more new text is an inline reply: the quote goes, the text stays.
// 2. Trailer: a disclaimer paragraph near the end, a "-- " signature block, device lines
//    ("Sent from my iPhone", "发自我的iPhone") and rules at the end leave the reply.
// 3. Signature: the lines at the end of the new text that identify the sender (closing, name,
//    title, company, phones, address), found by scanning upwards over signature-like lines and
//    requiring a name anchor (the sender's name or initials, a known first name, a Chinese name,
//    or a name under a closing). The closing and name also stay in the reply (GUIDE.md).
import * as P from './zones-patterns';

export interface Zones {
  /** New text (GUIDE.md "reply"): no quoted history, no disclaimer, no `-- ` signature block, no device line. */
  reply: string;
  /** Lines at the end of the new text that identify the sender, or null. */
  signature: string | null;
  /** Quoted history (everything from the first quote marker on), '' when none. */
  quoted: string;
  /** Legal disclaimer text, or null. */
  disclaimer: string | null;
}
export interface ZoneOptions {
  senderName?: string;
  senderEmail?: string;
  /** When the source (an adapter) already separated the signature. */
  signatureText?: string | null;
}

const clip = (s: string): string => (s.length > P.MAX_LINE ? s.slice(0, P.MAX_LINE) : s);
const isBlank = (s: string): boolean => s.trim() === '' || /^(?:[\s\u2060\ufeff\u00a0ᐧ]|\u200b|\u200c|\u200d)*$/u.test(clip(s));

function isQuoteLine(s: string): boolean {
  return /^\s{0,3}(?:>|&gt;)/.test(s);
}
function isColonQuote(s: string): boolean {
  return /^\s{0,1}[:：](?:\s|$)/.test(s);
}
function isPipeQuote(s: string): boolean {
  return /^\s{0,1}\|(?:\s|$)/.test(s);
}
/** Lines quoted with a leader that is only a quote in a run: BBS ': ', '| '. */
function isRunQuote(lines: string[], i: number): boolean {
  const l = clip(lines[i] ?? '');
  for (const f of [isColonQuote, isPipeQuote]) {
    if (f(l) && (f(clip(lines[i + 1] ?? '')) || f(clip(lines[i - 1] ?? '')))) return true;
  }
  return false;
}
function quoteAt(lines: string[], j: number): boolean {
  return j < lines.length && (isQuoteLine(clip(lines[j] ?? '').trim()) || isRunQuote(lines, j));
}

// ---------- history markers ----------

/** Length in lines of an attribution starting at i (wrapped over up to 4 lines), or 0. */
function attributionAt(lines: string[], i: number): number {
  const l = clip(lines[i] ?? '').trim();
  if (!l || l.length > 400) return 0;
  if (isAttributionLine(l)) return 1;
  // wrapped attribution: starts like one, a following line ends it (Gmail may put blank
  // lines inside it and start the last piece with '>', as in "> wrote:" or ">:")
  const intro = P.ATTRIBUTION_START_RE.test(l) && /\d/.test(l);
  const startsLike = intro || (/^\d/.test(l) && /\d{1,2}:\d{2}|(?:19|20)\d{2}/.test(l))
    || (/<[^<>\s]+@[^<>\s]+>/.test(l) && l.length < 160)
    || (/[<@]/.test(l) && l.length < 120 && !/[.!?。！？]\s/.test(l))
    || (/[<@]/.test(l) && l.length < 200 && P.WROTE_WORD_RE.test(l));
  if (startsLike) {
    let joined = l;
    let used = 0;
    for (let k = 1; k <= 6 && i + k < lines.length && used < 4; k++) {
      let next = clip(lines[i + k] ?? '').trim();
      if (!next) {
        if (!intro) break; // only "On ..." attributions are wrapped across blank lines
        continue;
      }
      if (next.length > 200 || joined.length > 300) break;
      const quoted = isQuoteLine(next);
      if (quoted) next = next.replace(/^(?:>\s?)+/, '');
      used++;
      joined = `${joined} ${next}`.replace(/<\s+/g, '<').replace(/\s+>/g, '>');
      if (isAttributionLine(joined) && (P.ATTRIBUTION_START_RE.test(l) || /[<@]/.test(joined))) return k + 1;
      if (quoted) break;
    }
  }
  return 0;
}

function isAttributionLine(l: string): boolean {
  // "---- On ... wrote ----" (Zoho) and "> On ... wrote:" alike
  const s = l.replace(/^(?:>\s?)+/, '').replace(/^[-=_*\s]{2,}|[-=_*\s]{2,}$/g, '').trim();
  if (s.length > 400) return false;
  if (/^\d{4}/.test(s) && P.ATTRIBUTION_GMT_RE.test(s)) return true;
  const colon = /[:：】]$/.test(s);
  // the end-anchored patterns only ever need the tail of the line
  const tail = s.length > 160 ? s.slice(-160) : s;
  if (colon && s.includes('中提到') && P.BBS_ATTRIBUTION_RE.test(s)) return true;
  if ((colon || /\p{L}$/u.test(s)) && P.ATTRIBUTION_RE.test(tail)) {
    // "X wrote:" needs the colon or an intro ("On ...") or a date/address in it
    return colon || P.ATTRIBUTION_START_RE.test(s) || /[<@]|\d/.test(s);
  }
  if (!colon) return false;
  if ((P.ATTRIBUTION_START_RE.test(s) || /[<@]/.test(s)) && P.ATTRIBUTION_VERB_INSIDE_RE.test(s.slice(-260))) return true;
  if (s.length < 200 && s.includes('@') && P.ATTRIBUTION_DATE_ADDR_RE.test(s)) return true;
  return false;
}

/** Length of an embedded header block (From: + at least one more header) starting at i, or 0. */
function headerBlockAt(lines: string[], i: number): number {
  const first = clip(lines[i] ?? '');
  const fromFirst = P.HEADER_FROM_RE.test(first);
  // a block may also open with Date:/Subject: (Hotmail); then it needs a From: and three fields
  if (!fromFirst && !P.HEADER_OTHER_RE.test(first)) return 0;
  let sawFrom = fromFirst;
  let j = i + 1;
  let others = 0;
  let last = i;
  let gap = 0;
  let generic = 0;
  while (j < lines.length && j < i + 14) {
    const l = clip(lines[j] ?? '');
    if (isBlank(l)) {
      if (++gap > 1) break;
      j++;
      continue;
    }
    if (P.HEADER_OTHER_RE.test(l) || (!sawFrom && P.HEADER_FROM_RE.test(l))) {
      if (P.HEADER_FROM_RE.test(l)) sawFrom = true;
      others++;
      last = j;
      gap = 0;
    } else if (generic < 2 && j === last + 1 && /^\s*[*_]{0,2}\p{L}[\p{L}\p{M} .'-]{0,24}[*_]{0,2}\s*[:：]\s*\S/u.test(l)) {
      generic++; // a header this list does not know ("Risposta:", "Organization:")
      last = j;
    } else if (j === last + 1 && /^\s*<[^<>\s]+@[^<>\s]+>\s*$/.test(l)) {
      last = j; // "From: Name" with the address wrapped onto the next line
    } else if (others > 0 && /^\s{1,}\S/.test(l) && j === last + 1) {
      last = j; // folded header value
    } else if (others > 0 && j === last + 1 && l.trim().length < 80 && !/[.!?。！？]$/.test(l.trim())) {
      last = j; // a long Subject wrapped onto the next line
    } else break;
    j++;
  }
  if (!fromFirst && (!sawFrom || others < 2)) return 0;
  return others > 0 ? last - i + 1 : 0;
}

function isSeparator(l: string): boolean {
  const s = clip(l).replace(/^(?:>\s?)+/, '');
  return P.HISTORY_SEPARATOR_RE.test(s) || P.FORWARD_MARKER_RE.test(s);
}

function isBbsHeader(l: string): boolean {
  const s = clip(l);
  return P.BBS_REPOST_RE.test(s) || P.BBS_HEADER_RE.test(s);
}

// ---------- trailer lines ----------

/** A disclaimer starts at line i: a strong cue, or two weak cues in its paragraph, in a long paragraph. */
function isDisclaimer(body: string[], i: number): boolean {
  const l = clip(body[i] ?? '');
  if (l.length < 12) return false;
  let para = l;
  for (let k = i + 1; k < body.length && k < i + 8 && !isBlank(body[k] ?? ''); k++) para += ` ${clip(body[k] ?? '')}`;
  if (wordCount(para) < 12) return false;
  if (P.DISCLAIMER_RE.test(l)) return true;
  const weak = new Set((para.match(P.DISCLAIMER_WEAK_RE) ?? []).map((m) => m.toLowerCase()));
  return weak.size >= 2 && (l.match(P.DISCLAIMER_WEAK_RE) ?? []).length > 0;
}

function isDevice(l: string): boolean {
  const s = clip(l).trim();
  if (!s || s.length > 160) return false;
  if (/^(?:sent|envoyé|gesendet|enviado|inviato|verzonden)\s*[:：]/i.test(s)) return false; // an Outlook header
  return P.DEVICE_RE.test(s) || P.DEVICE_END_RE.test(s.length > 40 ? s.slice(-40) : s);
}

function wordCount(s: string): number {
  const latin = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  const han = s.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin + Math.ceil(han / 3);
}

// ---------- signature lines ----------

interface Sender {
  tokens: string[];
  initials: Set<string>;
  email: string;
  local: string;
}

function senderInfo(opts: ZoneOptions): Sender {
  const name = (opts.senderName ?? '').replace(/\([^)]*\)/g, ' ').replace(/@.*$/, '');
  const email = (opts.senderEmail ?? '').toLowerCase();
  const local = email.includes('@') && !email.endsWith('.invalid') ? email.split('@')[0] ?? '' : '';
  const tokens = new Set<string>();
  for (const t of `${name} ${local.replace(/[._-]+/g, ' ')}`.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (t.length >= 2 && !['jr', 'sr', 'ii', 'iii', 'mr', 'ms', 'dr', 'via', 'the', 'and'].includes(t)) tokens.add(t);
  }
  const parts = name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 1 && !/^(?:Jr|Sr|II|III)\.?$/.test(w));
  const initials = new Set<string>();
  if (parts.length >= 2) {
    const a = parts.map((w) => w[0] as string).join('').toLowerCase();
    initials.add(a);
    initials.add([...a].reverse().join(''));
    if (parts.length >= 2) {
      initials.add(`${(parts[0] as string)[0]}${(parts[parts.length - 1] as string)[0]}`.toLowerCase());
      initials.add(`${(parts[parts.length - 1] as string)[0]}${(parts[0] as string)[0]}`.toLowerCase());
    }
  }
  // Han names: every 1-3 character run is a token ("吳秉昌" -> 吳秉昌, 秉昌)
  const han = name.match(/\p{Script=Han}{2,4}/gu) ?? [];
  for (const h of han) {
    tokens.add(h);
    if (h.length >= 3) tokens.add(h.slice(1));
  }
  return { tokens: [...tokens], initials, email, local };
}

function stripClosing(s: string): { closing: boolean; rest: string } {
  const m = P.CLOSING_RE.exec(s);
  if (!m) return { closing: false, rest: s };
  const rest = s.slice(m[0].length).trim();
  // "Best" alone or "Best, Ann"; but not "Best practice is ..."
  if (rest && !/[,，.。!！:：~-]\s*$/.test(m[0]) && !/\s$/.test(m[0])) return { closing: false, rest: s };
  return { closing: true, rest };
}

function isClosingLine(s: string): boolean {
  const t = clip(s).trim();
  if (!t || t.length > 60) return false;
  const { closing, rest } = stripClosing(t);
  return closing && rest === '';
}

function matchesSender(s: string, sender: Sender): boolean {
  const low = s.toLowerCase();
  if (sender.email && low.includes(sender.email)) return true;
  for (const t of sender.tokens) {
    if (/\p{Script=Han}/u.test(t)) {
      if (low.includes(t)) return true;
      continue;
    }
    let at = low.indexOf(t);
    while (at >= 0) {
      const before = at === 0 ? '' : low[at - 1] ?? '';
      if (!/\p{L}/u.test(before) || t.length >= 4) return true;
      at = low.indexOf(t, at + 1);
    }
  }
  return false;
}

type NameKind = 'sender' | 'known' | 'generic' | 'initials' | null;

/** Does this line look like a person's name (a sign-off)? */
function nameKind(line: string, sender: Sender): NameKind {
  // "-Abhishek Kona", "/John", "~ Ann": a sign-off mark before the name
  const s = clip(line).trim().replace(/^(?:--?|~|\/|—|–)\s?(?=\p{L})/u, '').replace(/[.,!;]+$/, '').trim();
  if (!s || s.length > 48) return null;
  // Chinese name: 2-4 Han characters starting with a common surname, or the sender's
  if (/^\p{Script=Han}{2,4}$/u.test(s)) {
    if (sender.tokens.some((t) => t === s || (t.length >= 2 && s.includes(t)))) return 'sender';
    return P.CN_SURNAMES.has(s[0] as string) ? 'known' : null;
  }
  const words = s.split(/\s+/);
  if (words.length > 4) return null;
  if (words.length === 1 && /^[A-Z]{2,3}$/.test(s)) {
    return sender.initials.has(s.toLowerCase()) ? 'initials' : null;
  }
  const ok = words.every((w, k) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|(?:and|&|van|von|de|der|la|le|di|du)|\p{Lu}[\p{L}'’-]*[,]?)$/u.test(w)
    && !(k === 0 && /^(?:and|&)$/.test(w)));
  if (!ok) return null;
  if (/\d/.test(s)) return null;
  if (matchesSender(s, sender)) return 'sender';
  if (P.TITLE_RE.test(s) || P.COMPANY_RE.test(s)) return null;
  const first = (words[0] as string).replace(/[.,]$/, '').toLowerCase();
  if (P.FIRST_NAMES.has(first)) return 'known';
  if (words.length === 1 && s.length <= 12 && /^\p{Lu}\p{Ll}+$/u.test(s)) return 'generic';
  if (words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w))) return 'generic';
  return null;
}

function phoneLike(s: string): boolean {
  if (P.PHONE_SHORT_RE.test(s)) return true;
  P.PHONE_RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = P.PHONE_RUN_RE.exec(s))) {
    const digits = (m[0].match(/\d/g) ?? []).length;
    if (digits >= 7 && digits <= 16 && !/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(m[0].trim())) return true;
  }
  return false;
}

type SigKind = 'closing' | 'name' | 'contact' | 'org' | 'rule' | 'short' | 'device' | null;

function sigKind(line: string, sender: Sender): SigKind {
  const s = clip(line).trim();
  if (!s) return null;
  if (P.RULE_RE.test(s)) return 'rule';
  if (isDevice(s)) return 'device';
  if (isClosingLine(s)) return 'closing';
  const { closing, rest } = stripClosing(s);
  if (closing && rest && nameKind(rest, sender)) return 'name';
  if (nameKind(s, sender)) return 'name';
  const fields = (s.match(/\s[|｜•·]\s|\t/g) ?? []).length;
  if (s.length > (fields >= 2 ? 180 : 90)) return null;
  const maxWords = fields >= 2 ? 24 : 12;
  if (P.EMAIL_RE.test(s) || P.URL_RE.test(s) || P.CONTACT_LABEL_RE.test(s) || phoneLike(s)) {
    return wordCount(s) <= maxWords && !/[?？]$/.test(s) ? 'contact' : null;
  }
  // "研发中心：北京市...", "Office: Building 3": a short label and a value
  if (/^[\p{L} ]{1,14}[:：]\s*\S/u.test(s) && wordCount(s) <= maxWords && !/[.。!！?？]$/.test(s) && wordCount(s.split(/[:：]/)[0] ?? '') <= 3) {
    return 'contact';
  }
  if (/[?？:：]$/.test(s)) return null;
  if (P.TITLE_RE.test(s) || P.COMPANY_RE.test(s) || P.ADDRESS_RE.test(s)) {
    return wordCount(s) <= (fields >= 1 ? 16 : 10) && !/[.。]$/.test(s.replace(/\b(?:inc|ltd|corp|co|jr|sr)\.$/i, '')) ? 'org' : null;
  }
  if (wordCount(s) <= 5 && s.length <= 45 && !/[.。!！?？;；]$/.test(s) && !/^\p{Ll}/u.test(s)) return 'short';
  return null;
}

interface SigFound {
  start: number;
}

/** Find the signature at the end of `body` (lines, trailing blanks already trimmed). */
function findSignature(body: string[], sender: Sender): SigFound | null {
  let end = body.length - 1;
  while (end >= 0 && isBlank(body[end] ?? '')) end--;
  if (end < 0) return null;
  const kinds: SigKind[] = [];
  let top = end + 1;
  let blanks = 0;
  for (let i = end; i >= 0 && end - i < 14; i--) {
    const l = body[i] ?? '';
    if (isBlank(l)) {
      if (++blanks > 2) break;
      continue;
    }
    const k = sigKind(l, sender);
    if (!k) break;
    kinds[i] = k;
    top = i;
  }
  if (top > end) return null;
  // the name anchor: the first name line from the top of the block
  let anchor = -1;
  let genericNames = 0;
  let maxRun = 0;
  for (let i = top; i <= end; i++) {
    const k = kinds[i];
    if (k !== 'name') continue;
    const line = (body[i] ?? '').trim();
    const { rest } = stripClosing(line);
    const nk = nameKind(rest || line, sender);
    const afterClosing = rest !== line || prevNonBlankKind(kinds, body, i) === 'closing';
    if ((nk === 'generic' || nk === 'known') && !afterClosing) {
      genericNames = i > 0 && kinds[i - 1] === 'name' && !isBlank(body[i - 1] ?? '') ? genericNames + 1 : 1;
      maxRun = Math.max(maxRun, genericNames);
    }
    if (anchor >= 0) continue;
    if (nk === 'sender' || nk === 'known') anchor = i;
    else if ((nk === 'generic' || nk === 'initials') && afterClosing) anchor = i;
    else if (nk === 'generic' && i === end && prevNonBlankIsSentence(body, i)) anchor = i;
    else if (nk === 'generic' && (kinds[i + 1] === 'org' || kinds[i + 1] === 'contact')) anchor = i;
  }
  if (anchor < 0) {
    // "Barry Tycholiz - 713-853-1587.", "BT   3-1587.": the sender's name or initials opening a contact line
    for (let i = top; i <= end; i++) {
      if (kinds[i] !== 'contact' && kinds[i] !== 'org') continue;
      const line = (body[i] ?? '').trim();
      const head = line.split(/\s[-–—|｜,]\s|\t|\s{2,}/)[0] ?? '';
      const firstTok = (line.split(/\s+/)[0] ?? '').replace(/[.,]$/, '');
      if (matchesSender(head, sender) || sender.initials.has(firstTok.toLowerCase()) && /^[A-Z]{2,3}$/.test(firstTok)) {
        anchor = i;
        break;
      }
    }
  }
  // a column of names is a list, not a signature
  if (maxRun >= 3) return null;
  if (anchor < 0) {
    // no name, but the sender's own address or phone block under a rule
    for (let i = top; i <= end; i++) {
      if (kinds[i] === 'contact' && sender.email && (body[i] ?? '').toLowerCase().includes(sender.email)) {
        anchor = i;
        break;
      }
    }
    if (anchor < 0) return null;
  }
  // the signature must not be the whole message
  let firstText = 0;
  while (firstText < body.length && isBlank(body[firstText] ?? '')) firstText++;
  // start: a closing above the anchor (one blank allowed), org/contact lines directly above it
  let start = anchor;
  for (let i = anchor - 1; i >= top; i--) {
    const l = body[i] ?? '';
    if (isBlank(l)) {
      if (kinds[i - 1] === 'closing' || kinds[i - 1] === 'rule') continue;
      break;
    }
    const k = kinds[i];
    if (k === 'closing' || k === 'rule') {
      start = i;
      continue;
    }
    if ((k === 'org' || k === 'contact' || ((k === 'short' || k === 'name') && titleCase(l))) && i === start - 1) {
      start = i;
      continue;
    }
    break;
  }
  if (start <= firstText) {
    // nothing but the signature: only a clear sign-off counts
    const k = kinds[start];
    if (!(k === 'closing' && anchor > start)) return null;
    if (start === firstText && anchor === end) return null;
  }
  return { start };
}

function titleCase(s: string): boolean {
  const words = s.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length >= 3);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

function prevNonBlankKind(kinds: SigKind[], body: string[], i: number): SigKind {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (isBlank(body[j] ?? '')) continue;
    return kinds[j] ?? null;
  }
  return null;
}

function prevNonBlankIsSentence(body: string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const l = (body[j] ?? '').trim();
    if (!l) continue;
    return /[.!?。！？)]$/.test(l) || l.length > 50;
  }
  return false;
}

// ---------- main ----------

function trimBlankEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && isBlank(lines[a] ?? '')) a++;
  while (b > a && (isBlank(lines[b - 1] ?? '') || P.RULE_RE.test(clip(lines[b - 1] ?? '')))) b--;
  return lines.slice(a, b);
}

/** The index of the k-th non-blank line from the end (0 when there are fewer). */
function tailStart(lines: string[], k: number): number {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isBlank(lines[i] ?? '') && ++seen >= k) return i;
  }
  return 0;
}

function joinLines(lines: string[]): string {
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The next non-blank line after i (at most 3 blanks away), or -1. */
function nextNonBlank(lines: string[], i: number): number {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) if (!isBlank(lines[k] ?? '')) return k;
  return -1;
}

/**
 * A snip mark inside a quote ("...", "[...]", "<snip>", a short rule) with quoted lines right
 * above and below it: part of the quote, not new text and not the end of the new text.
 */
function isSnipInQuote(lines: string[], i: number): boolean {
  const t = clip(lines[i] ?? '').trim();
  if (t.length > 24) return false;
  if (!(P.RULE_RE.test(t) && !P.SIG_DASHES_RE.test(t)) && !/^[[<(]?\s*(?:\.{2,}|…|snip(?:ped)?|cut|trimmed)\s*[\]>)]?$|^\[\s*\]$/iu.test(t)) return false;
  const nx = nextNonBlank(lines, i);
  if (nx < 0 || !quoteAt(lines, nx)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (isBlank(lines[k] ?? '')) continue;
    return quoteAt(lines, k) || attributionAt(lines, k) > 0;
  }
  return false;
}

/** Does new (non-quoted) text follow the quote block that starts at j? */
function textAfterQuotes(lines: string[], j: number): boolean {
  let k = j;
  while (k < lines.length && (isBlank(lines[k] ?? '') || quoteAt(lines, k) || isSnipInQuote(lines, k))) k++;
  for (let n = 0; k < lines.length && n < 200; k++, n++) {
    const l = clip(lines[k] ?? '');
    if (isBlank(l)) continue;
    const t = l.trim();
    if (quoteAt(lines, k) || isSnipInQuote(lines, k)) continue;
    if (P.SIG_DASHES_RE.test(t) || P.RULE_RE.test(t) || isSeparator(t) || headerBlockAt(lines, k) || attributionAt(lines, k)) return false;
    if (isDevice(t)) return false;
    return true;
  }
  return false;
}

export function splitZones(text: string, opts: ZoneOptions = {}): Zones {
  const lines = (text ?? '').replace(/\r\n?/g, '\n').split('\n');
  const n = lines.length;
  const keep: boolean[] = new Array<boolean>(n).fill(true);
  const quotedParts: string[] = [];
  let cut = n;
  let seenText = false;

  for (let i = 0; i < n; i++) {
    const raw = lines[i] ?? '';
    if (isBlank(raw)) continue;
    const l = clip(raw).trim();

    if (isQuoteLine(l)) {
      keep[i] = false;
      quotedParts.push(raw);
      continue;
    }
    // BBS ': ' and '| ' quoting: two or more such lines; snip marks inside a quote
    if (isRunQuote(lines, i) || isSnipInQuote(lines, i)) {
      keep[i] = false;
      quotedParts.push(raw);
      continue;
    }

    let attr = attributionAt(lines, i);
    if (!attr && P.ATTRIBUTION_WEAK_RE.test(l)) {
      let j = i + 1;
      while (j < n && isBlank(lines[j] ?? '')) j++;
      if (quoteAt(lines, j)) attr = 1;
    }
    if (attr) {
      let j = i + attr;
      while (j < n && (isBlank(lines[j] ?? '') || isSnipInQuote(lines, j))) j++;
      const quoteFollows = quoteAt(lines, j);
      if (!seenText || (quoteFollows && textAfterQuotes(lines, j))) {
        for (let k = i; k < i + attr; k++) keep[k] = false;
        i += attr - 1;
        continue;
      }
      cut = i;
      break;
    }

    if (isSeparator(l)) {
      if (!seenText) {
        keep[i] = false;
        let j = i + 1;
        while (j < n && isBlank(lines[j] ?? '')) j++;
        const hb = headerBlockAt(lines, j);
        for (let k = i + 1; k < j + hb; k++) keep[k] = false;
        i = j + hb - 1;
        continue;
      }
      cut = i;
      break;
    }

    const hb = headerBlockAt(lines, i);
    if (hb) {
      if (!seenText) {
        for (let k = i; k < i + hb; k++) keep[k] = false;
        i += hb - 1;
        continue;
      }
      cut = i;
      break;
    }

    if (!seenText && isBbsHeader(l)) {
      keep[i] = false;
      continue;
    }
    seenText = true;
  }

  // lines right above the cut that introduce the history belong to it: rules, "-------- X --------"
  // separators, "Message du : 12/12/2016", and the first half of an attribution whose verb
  // line was recognised alone ("pe 20. lokakuuta 2017 klo 17.50 John" / "<a@b> kirjoitti:")
  if (cut < n) {
    let k = cut - 1;
    for (let steps = 0; k >= 0 && steps < 4; steps++) {
      while (k >= 0 && isBlank(lines[k] ?? '')) k--;
      if (k < 0 || !keep[k]) break;
      const l = clip(lines[k] ?? '').trim();
      const leadIn = P.RULE_RE.test(l)
        || /^[-=_*]{3,}.{0,60}[-=_*]{3,}$/.test(l)
        || (/^[\p{L} ]{2,30}\s?[:：]\s?\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}/u.test(l) && l.length < 80)
        || (steps === 0 && k === cut - 1 && l.length < 100 && /\d/.test(l) && /\d{1,2}[:.]\d{2}|(?:19|20)\d{2}/.test(l)
          && !/[.!?。！？]$/.test(l) && /^[<>\s]*<?[^\s@<>]+@/.test(clip(lines[cut] ?? '').trim()));
      if (!leadIn) break;
      cut = k;
      k--;
    }
  }

  const body0: string[] = [];
  for (let i = 0; i < cut; i++) if (keep[i]) body0.push(lines[i] ?? '');
  if (cut < n) quotedParts.push(...lines.slice(cut));
  let body = trimBlankEdges(body0);

  // disclaimer: a paragraph near the end with legal cues, to the end
  let disclaimer: string | null = null;
  {
    const limit = Math.max(0, body.length - 60);
    for (let i = limit; i < body.length; i++) {
      if (!isDisclaimer(body, i)) continue;
      let p = i;
      while (p > 0 && !isBlank(body[p - 1] ?? '') && !P.RULE_RE.test(clip(body[p - 1] ?? '')) && i - p < 3) p--;
      if (p > 0 && !isBlank(body[p - 1] ?? '') && !P.RULE_RE.test(clip(body[p - 1] ?? ''))) p = i;
      if (p === 0) break;
      disclaimer = joinLines(body.slice(p));
      body = trimBlankEdges(body.slice(0, p));
      break;
    }
  }

  // "-- " signature block (at most 25 non-blank lines under it: only the tail is looked at,
  // so a message of many "--" lines costs linear time)
  let sigBlock: string[] = [];
  for (let i = tailStart(body, 26); i < body.length; i++) {
    if (!P.SIG_DASHES_RE.test(body[i] ?? '')) continue;
    const rest = body.slice(i + 1).filter((l) => !isBlank(l));
    if (rest.length > 25 || i === 0) continue;
    // the standard "-- " delimits a signature; a bare "--" or dash only when short lines follow
    if (!/^-- $/.test(body[i] ?? '') && (rest.length > 10 || rest.some((l) => wordCount(l) > 12))) continue;
    sigBlock = rest;
    body = trimBlankEdges(body.slice(0, i));
    break;
  }

  // device lines and what follows them at the end
  let trailer: string[] = [];
  for (let i = tailStart(body, 31); i < body.length; i++) {
    if (!isDevice(body[i] ?? '')) continue;
    const rest = body.slice(i + 1).filter((l) => !isBlank(l));
    if (rest.length > 30 || rest.some((l) => wordCount(l) > 14)) continue;
    let from = i;
    let r = i - 1;
    while (r > 0 && isBlank(body[r] ?? '')) r--;
    if (r > 0 && P.RULE_RE.test(clip(body[r] ?? '').trim())) from = r;
    trailer = body.slice(from).filter((l) => !isBlank(l));
    body = trimBlankEdges(body.slice(0, from));
    break;
  }

  // a mailing-list footer under a rule ("____ / riak-users mailing list / ...listinfo...")
  for (let i = Math.max(1, body.length - 10); i < body.length; i++) {
    if (!P.RULE_RE.test(clip(body[i] ?? '').trim())) continue;
    const rest = body.slice(i + 1).filter((x) => !isBlank(x));
    if (rest.length > 0 && rest.length <= 8 && rest.some((x) => /mailing list|listinfo|mailman|unsubscribe|邮件列表|郵件列表/i.test(clip(x)))) {
      body = trimBlankEdges(body.slice(0, i));
      break;
    }
  }

  // a rule followed by a short signature-like block at the end: a signature delimiter
  const sender = senderInfo(opts);
  let ruleSig: string[] = [];
  for (let i = Math.max(1, body.length - 12); i < body.length; i++) {
    const l = clip(body[i] ?? '').trim();
    if (!P.RULE_RE.test(l) || l.length < 2) continue;
    const rest = body.slice(i + 1).filter((x) => !isBlank(x));
    if (rest.length === 0 || rest.length > 10) continue;
    const restKinds = rest.map((x) => sigKind(x, sender));
    if (!restKinds.every((k) => k !== null)) continue;
    if (!rest.some((x, k) => restKinds[k] === 'name' && nameKind(stripClosing(x.trim()).rest || x, sender) !== null)) continue;
    ruleSig = body.slice(i).filter((x) => !isBlank(x));
    body = trimBlankEdges(body.slice(0, i));
    break;
  }

  const reply = joinLines(body);

  // a "-- " signature under '>'-quoted history belongs to the sender (bottom or inline posting)
  if (cut < n && sigBlock.length === 0) {
    let e = n - 1;
    while (e > cut && isBlank(lines[e] ?? '')) e--;
    for (let k = e; k > cut && e - k < 16; k--) {
      const l = clip(lines[k] ?? '');
      if (isQuoteLine(l.trim())) break;
      if (!P.SIG_DASHES_RE.test(l)) continue;
      let b = k - 1;
      while (b > cut && isBlank(lines[b] ?? '')) b--;
      if (isQuoteLine(clip(lines[b] ?? '').trim())) sigBlock = lines.slice(k + 1, e + 1).filter((x) => !isBlank(x));
      break;
    }
  }

  let signature: string | null = null;
  if (opts.signatureText && opts.signatureText.trim()) {
    signature = opts.signatureText.trim();
  } else {
    const found = findSignature(body, sender);
    const parts: string[] = [];
    if (found) parts.push(...body.slice(found.start).filter((l) => !isBlank(l)));
    if (ruleSig.length) parts.push(...ruleSig);
    if (sigBlock.length && (found || looksLikeSigBlock(sigBlock, sender))) {
      // "Kind regards,\n\n-- \nJane Doe ...": the closing above the delimiter opens the signature
      const last = body.length ? (body[body.length - 1] ?? '') : '';
      if (!found && isClosingLine(last)) parts.push(last);
      parts.push(...sigBlock);
    }
    if (trailer.length && parts.length) parts.push(...trailer);
    if (parts.length) signature = parts.map((l) => l.replace(/\s+$/, '')).join('\n').trim() || null;
  }

  return {
    reply,
    signature,
    quoted: quotedParts.join('\n').trim(),
    disclaimer,
  };
}

function looksLikeSigBlock(block: string[], sender: Sender): boolean {
  if (block.length === 0 || block.length > 12) return false;
  if (block.some((l) => /mailing list|listinfo|unsubscribe|邮件列表/i.test(clip(l)))) return false;
  return block.some((l) => matchesSender(clip(l), sender) || (sigKind(l, sender) === 'name' && nameKind(stripClosing(l.trim()).rest || l, sender) !== null));
}
