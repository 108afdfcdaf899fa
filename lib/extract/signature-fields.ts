// Sender signature fields: title, company and phones from the signature in the new text.
// PURE: no DOM, no browser API, no storage.
//
// Where the block comes from, in order:
//  1. the zones' `signature` (when the zone splitter found one);
//  2. the end of the new text: from the sender's name line (or a closing, or a `-- ` line) down;
//  3. an unquoted `-- ` block or name block under the quoted history (top-posted reply whose
//     client put the signature at the very bottom).
// Only lines of a signature block are read: phones in prose, job-ad contact blocks and quoted
// signatures are not the sender's.
import { getDomainWithoutSuffix } from 'tldts';
import {
  EN_ADDRESS_LINE, EN_CLOSINGS, EN_COMPANY_SUFFIX, EN_DEPARTMENT_WORDS, EN_ORG_WORDS, EN_PHONE_LABEL,
  EN_TITLE_WORDS,
} from './locales/en-vocab';
import {
  ZH_ADDRESS_LINE, ZH_CLOSINGS, ZH_COMPANY_END, ZH_DEPARTMENT_END, ZH_EXTENSION, ZH_FAX_LABEL, ZH_HQ,
  ZH_PHONE_LABEL, ZH_TITLE_END,
} from './locales/zh-vocab';

export interface SenderFields {
  title: string | null;
  company: string | null;
  phones: string[];
}

export interface SignatureSources {
  /** zones.signature */
  signature: string | null;
  /** zones.reply (the new text; may still hold quoted history when the splitter found none) */
  reply: string;
  /** The whole body, for a signature under the quoted history. */
  text?: string;
  senderName: string;
  senderEmail: string;
}

const EMPTY: SenderFields = { title: null, company: null, phones: [] };

// ---------------------------------------------------------------------------------------------
// Finding the block

const QUOTE_START = [
  /^>/,
  /^On\b.{0,200}\bwrote:?\s*$/i,
  /^On\s.{0,120}(?:\d{4}|[AP]M)\b.{0,80}$/i, // "On Thu, Mar 19, 2026 at 8:40 AM Name <a@b>" split before "wrote:"
  /^-{2,}\s*(?:Original Message|Forwarded message|Reply message|原始邮件|原始郵件|原始信件|转发的邮件|轉寄的郵件)/i,
  /^_{8,}\s*$/,
  /^(?:From|发件人|寄件者|發件人|发送人)\s*[:：]\s*\S/,
  /^(?:在|於|于).{0,120}(?:写道|寫道)\s*[:：]?\s*$/,
  /(?:a écrit|schrieb|escribió|ha scritto)\s*:\s*$/i,
  /^\s*(?:Begin forwarded message|Forwarded Message)/i,
];
const DEVICE_LINE = /^(?:sent from my\b|sent from (?:outlook|mail) for|get outlook for|发自我的|發自我的|来自我的|從我的)/i;
const SIG_DELIM = /^--\s?$|^—\s*$|^__\s*$/;

function isQuoteStart(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (QUOTE_START.some((r) => r.test(t))) {
    // "On ..." without "wrote:" only when the next line finishes the attribution.
    if (/^On\s/i.test(t) && !/wrote:?\s*$/i.test(t)) return !!next && /wrote:\s*$/i.test(next.trim());
    return true;
  }
  return false;
}

/** The new part of a text: everything before the first quote marker. */
export function newPart(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteStart(lines[i] ?? '', lines[i + 1])) return lines.slice(0, i).join('\n');
  }
  return text;
}

/** Name words of the sender that can anchor a signature block. */
function nameKeys(senderName: string): { latin: string[]; han: string[] } {
  const n = senderName.normalize('NFKC');
  const latin = (n.match(/[\p{Script=Latin}][\p{Script=Latin}'’\-]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2);
  const han = (n.match(/\p{Script=Han}{2,}/gu) ?? []);
  return { latin, han };
}

function isNameLine(line: string, keys: { latin: string[]; han: string[] }): boolean {
  const t = line.trim();
  if (!t || /@|https?:|www\./i.test(t)) return false;
  const first = (t.split(/\s*[|｜]\s*/)[0] ?? t).normalize('NFKC');
  if (keys.han.some((h) => first.includes(h))) return first.length <= 40;
  if (first.length > 48 || /[.?!。？！]$/.test(first) && first.split(/\s+/).length > 4) return false;
  const words = (first.match(/[\p{Script=Latin}][\p{Script=Latin}'’\-]+/gu) ?? []).map((w) => w.toLowerCase());
  if (!keys.latin.length || !words.length) return false;
  const hits = words.filter((w) => keys.latin.includes(w)).length;
  // The line is mostly the name ("Kevin", "Kevin O'Brien", "Maria Gonzalez, CPPB", "Thanks, Kevin").
  return hits >= 1 && words.length - hits <= 2;
}

function isClosing(line: string): boolean {
  const t = line.trim();
  return EN_CLOSINGS.test(t) || ZH_CLOSINGS.test(t);
}

function trimTail(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && (!out[out.length - 1]!.trim() || DEVICE_LINE.test(out[out.length - 1]!.trim()))) out.pop();
  return out;
}

const MAX_SIG_LINES = 14;

/** The signature block at the end of a new part: from the sender's name line, a closing or `-- ` down. */
export function tailSignature(part: string, senderName: string): string[] | null {
  const lines = trimTail(part.split(/\r?\n/));
  if (!lines.length) return null;
  const keys = nameKeys(senderName);
  // Window: the last MAX_SIG_LINES non-empty lines.
  let start = lines.length, seen = 0;
  while (start > 0 && seen < MAX_SIG_LINES) { start--; if (lines[start]!.trim()) seen++; }
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (SIG_DELIM.test(l)) return lines.slice(i + 1);
  }
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (isNameLine(l, keys)) return lines.slice(i);
    if (isClosing(l)) return lines.slice(i + 1);
  }
  // A last paragraph of short lines that opens with a bare name ("李嘉欣" signing for "Karen Lee").
  let p = lines.length;
  while (p > 0 && lines[p - 1]!.trim()) p--;
  const para = lines.slice(p).map((l) => l.trim());
  if (para.length >= 2 && para.length <= MAX_SIG_LINES && para.every((l) => l.length <= 60) && BARE_NAME.test(para[0]!)) {
    return para;
  }
  return null;
}

/** A line that is only a personal name: 2-4 Han characters, or 1-3 capitalised words. */
const BARE_NAME = /^(?:\p{Script=Han}{2,4}|\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}\.?(?:[\p{Ll}'’\-]+)?){0,2})$/u;

const BOTTOM_WINDOW = 16 * 1024;

/** A signature block under the quoted history (after the last quoted line), if it is one. */
function bottomSignature(text: string, senderName: string): string[] | null {
  // Only the end of the text can hold it (a few lines after the last quoted line): a huge body
  // is not split whole.
  const tail = text.length > BOTTOM_WINDOW ? text.slice(text.indexOf('\n', text.length - BOTTOM_WINDOW) + 1) : text;
  const lines = trimTail(tail.split(/\r?\n/));
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (/^\s*>/.test(lines[i]!)) { last = i; break; }
  if (last < 0) return null;
  const rest = lines.slice(last + 1);
  const nonEmpty = rest.filter((l) => l.trim());
  if (!nonEmpty.length || nonEmpty.length > MAX_SIG_LINES) return null;
  const keys = nameKeys(senderName);
  const d = rest.findIndex((l) => SIG_DELIM.test(l));
  if (d >= 0) return rest.slice(d + 1);
  const n = rest.findIndex((l) => isNameLine(l, keys));
  return n >= 0 ? rest.slice(n) : null;
}

// ---------------------------------------------------------------------------------------------
// Reading the block

const EXT = `(?:\\s*(?:ext\\.?|extn\\.?|extension|x|#|${ZH_EXTENSION})\\s*\\d{1,6})`;
const PHONE_RUN = new RegExp(`\\+?\\(?\\d(?:[\\d().\\-/]|[ \\u00a0](?=[\\d(]))*\\d${EXT}?`, 'gi');
const EXT_END_RE = new RegExp(`${EXT}$`, 'i');
const PHONE_LABEL_END = new RegExp(
  `(?:${EN_PHONE_LABEL.source}|${ZH_PHONE_LABEL.source})\\s*[:：.]?\\s*$`, 'i');
const FAX_BEFORE = new RegExp(`(?:\\b(?:fax|facsimile)\\b|(?:^|[\\s|｜,;])f\\s*[:.]|${ZH_FAX_LABEL.source})[^\\d]{0,6}$`, 'i');

/** Phones in one signature line, as written (digits, +, -, spaces, dots, parentheses, ext.). */
export function phonesInLine(line: string, prefixOk: (prefix: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const segments = line.split(/\s*[|｜•·]\s*|\t|\s{3,}/);
  for (const seg of segments) {
    PHONE_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    let from = 0;
    while ((m = PHONE_RUN.exec(seg))) {
      const run = m[0].trim();
      const before = seg.slice(from, m.index);
      const after = seg.slice(m.index + m[0].length);
      from = m.index + m[0].length;
      const main = run.replace(EXT_END_RE, '');
      const digits = main.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      if (/[\w@./:=]$/.test(before) && !/[:：]$/.test(before)) continue; // inside a word, URL or address
      if (/^[\w@]/.test(after)) continue;
      if (/^\s*[(\[]?\s*(?:fax|facsimile|f|传真|傳真)\b/i.test(after)) continue; // "503.464.3740 (fax)"
      if (/^\s*:\d/.test(after) || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/.test(main) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(main)) continue; // a date
      if (FAX_BEFORE.test(before)) continue;
      const label = before.trim();
      // A label ("Tel:", "手机：", "#"), nothing, or the sender's name ("Barry Tycholiz - 713-...").
      if (label && !PHONE_LABEL_END.test(label) && !/^#$/.test(label) && !prefixOk(label.replace(/[\s\-–—:|,]+$/, ''))) continue;
      out.push(run);
    }
  }
  return out;
}

const TITLE_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(?:${EN_TITLE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
const ORG_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(?:${EN_ORG_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const NOT_NAME_LINE = /@|https?:|www\.|\b(?:e-?mail|web|website|url|skype|wechat|linkedin)\s*[:：]|(?:微信|邮箱|郵箱|官网|官網|网址|網址)/i;
const PROSE_WORDS = /\b(?:to|since|is|are|was|were|we|our|your|you|i|will|please|thanks|thank|if|this|that|with)\b/i;

function clean(seg: string): string {
  return seg.replace(/\*+/g, '').replace(/^[\s,;:\-–—|｜]+|[\s,;:\-–—|｜]+$/g, '').replace(/\s+/g, ' ').trim();
}

function stripName(seg: string, keys: { latin: string[]; han: string[] }): string {
  let s = seg;
  for (const h of keys.han) s = s.split(h).join(' ');
  if (keys.latin.length) {
    const words = s.split(/(\s+|,)/);
    s = words.filter((w) => !keys.latin.includes(w.toLowerCase().replace(/[.,]$/, ''))).join('');
  }
  // Leftover initials, nicknames and credentials around a name: "Ken .Li", "CPPB".
  return clean(s.replace(/(?:^|\s)\.?[A-Z][a-z]?\.?(?=\s|$)/g, ' ').replace(/(?:^|[\s,])[A-Z]{2,6}$/, ''));
}

function domainLabel(email: string): string {
  const d = email.split('@')[1] ?? '';
  if (!d) return '';
  const label = (getDomainWithoutSuffix(d) ?? '').toLowerCase();
  return /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|me|mac|qq|163|126|sina|sohu|foxmail|yeah|protonmail|proton|gmx|mail|yandex|hey|fastmail)$/.test(label) ? '' : label;
}

function matchesDomain(seg: string, label: string): boolean {
  if (!label || label.length < 3) return false;
  const words = (seg.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  if (!words.length) return false;
  const squashed = words.join('');
  if (squashed.includes(label.replace(/[^a-z0-9]/g, ''))) return true;
  const first = words[0]!;
  return first.length >= 4 && label.replace(/[^a-z0-9]/g, '').startsWith(first);
}

type Kind = 'title' | 'company' | null;

/** strength: 3 legal form or Chinese company ending, 2 matches the sender's domain, 1 organisation words. */
function classify(seg: string, label: string): { kind: Kind; value: string; strength?: number } {
  const s = clean(seg);
  if (!s || s.length > 70) return { kind: null, value: s };
  const words = s.split(/\s+/);
  const han = /\p{Script=Han}/u.test(s);
  if (!han && words.length > 9) return { kind: null, value: s };
  if (/[.!?。！？]$/.test(s) && !EN_COMPANY_SUFFIX.test(s) && words.length > 3) return { kind: null, value: s };
  if (EN_COMPANY_SUFFIX.test(s) || ZH_COMPANY_END.test(s)) {
    // "Harbor Robotics, Inc." but not a title like "经理" with a unit ending.
    if (!(ZH_TITLE_END.test(s) && !ZH_COMPANY_END.test(s))) return { kind: 'company', value: s, strength: 3 };
  }
  if (han) {
    if (ZH_TITLE_END.test(s) && s.length <= 20) return { kind: 'title', value: s };
    if (ZH_DEPARTMENT_END.test(s)) return { kind: null, value: s };
    if (/\d/.test(s)) return { kind: null, value: s };
  }
  if (!han && TITLE_WORD_RE.test(s) && !/\d/.test(s)) return { kind: 'title', value: s };
  if (!han && EN_DEPARTMENT_WORDS.test(s)) return { kind: null, value: s };
  if (/\d/.test(s) || PROSE_WORDS.test(s) || words.length > 6) return { kind: null, value: s };
  if (!han && matchesDomain(s, label)) return { kind: 'company', value: s, strength: 2 };
  if (!han && ORG_WORD_RE.test(s)) return { kind: 'company', value: s, strength: 1 };
  return { kind: null, value: s };
}

/**
 * One segment that holds a title and a company: "Director of IT, Northwind Logistics",
 * "天枢汽车零部件有限公司 设备部经理". Split only when each side classifies on its own.
 */
function splitCombined(seg: string, label: string): string[] {
  const s = clean(seg);
  const han = /^([\p{Script=Han}A-Za-z0-9（）()]+)\s+([\p{Script=Han}A-Za-z0-9（）()]+)$/u.exec(s);
  if (han && han[1] && han[2] && /\p{Script=Han}/u.test(han[1]) && /\p{Script=Han}/u.test(han[2])) {
    const a = classify(han[1], label).kind, b = classify(han[2], label).kind;
    if (a && b && a !== b) return [han[1], han[2]];
  }
  const comma = s.lastIndexOf(', ');
  if (comma > 0) {
    const left = s.slice(0, comma), right = s.slice(comma + 2);
    const r = classify(right, label);
    if (classify(left, label).kind === 'title' && r.kind === 'company' && (r.strength ?? 0) >= 2
      && !EN_COMPANY_SUFFIX.test(s.replace(/,\s*[^,]*$/, '')) && !/^(?:inc|ltd|llc|co|corp|plc|gmbh)\b/i.test(right)) {
      return [left, right];
    }
  }
  return [s];
}

/** Title, company and phones from the lines of a signature block. */
export function parseSignatureFields(block: string[], senderName: string, senderEmail: string): SenderFields {
  const keys = nameKeys(senderName);
  const label = domainLabel(senderEmail);
  let title: string | null = null, company: string | null = null, companyStrength = 0;
  const phones: string[] = [];
  let seenText = false;
  for (const raw of block) {
    const line = raw.replace(/\u00a0/g, ' ').trim();
    // A rule line under the signature opens a banner or disclaimer ("____\nOPPO\n本邮件..."): stop.
    if (seenText && /^(?:[_=*~]{8,}|-{10,})$/.test(line)) break;
    if (line) seenText = true;
    if (!line || SIG_DELIM.test(line) || isClosing(line)) continue;
    for (const p of phonesInLine(line, (prefix) => isNameLine(prefix, keys))) if (!phones.includes(p)) phones.push(p);
    const hq = ZH_HQ.exec(line);
    if (hq && hq[1] && companyStrength < 3) { company = hq[1]; companyStrength = 3; continue; }
    if (EN_ADDRESS_LINE.test(line) && /\d/.test(line)) continue;
    if (ZH_ADDRESS_LINE.test(line) && /\p{Script=Han}/u.test(line)) continue;
    for (const rawSeg of line.split(/\s*[|｜•·]\s*|\t|\s{2,}/)) {
      let seg = rawSeg.trim();
      if (!seg || NOT_NAME_LINE.test(seg)) continue;
      if (PHONE_LABEL_END.test(seg.replace(/[\d\s+().\-]+$/, '')) && /\d{3}/.test(seg)) continue;
      if (/\d{3}[\d\s().\-]{4,}/.test(seg)) continue; // a phone or fax segment
      // "Alexandre Belloni, co-owner and COO, Bootlin": drop the leading name piece.
      const pieces = seg.split(/\s*,\s+/);
      if (pieces.length > 1 && isNameLine(pieces[0]!, keys)) seg = pieces.slice(1).join(', ');
      const whole = classify(seg, label);
      if (whole.kind === 'company' && whole.strength === 3) {
        // "Müller Maschinenbau GmbH": a legal name may contain the sender's family name.
        if (companyStrength < 3) { company = whole.value; companyStrength = 3; }
        continue;
      }
      if (isNameLine(seg, keys) || keys.han.some((h) => seg.includes(h))) {
        seg = stripName(seg, keys);
        if (!seg) continue;
      }
      for (const part of splitCombined(seg, label)) {
        const c = classify(part, label);
        if (c.kind === 'title' && !title) title = c.value;
        else if (c.kind === 'company' && (c.strength ?? 0) > companyStrength) {
          company = c.value;
          companyStrength = c.strength ?? 0;
        }
      }
    }
  }
  return { title, company, phones };
}

function hasAny(f: SenderFields): boolean {
  return !!(f.title || f.company || f.phones.length);
}

/** The sender's title, company and phones from the first signature source that has any. */
export function extractSenderFields(src: SignatureSources): SenderFields {
  const blocks: string[][] = [];
  if (src.signature && src.signature.trim()) blocks.push(src.signature.split(/\r?\n/));
  const tail = tailSignature(newPart(src.reply), src.senderName);
  if (tail) blocks.push(tail);
  if (src.text) {
    const bottom = bottomSignature(src.text, src.senderName);
    if (bottom) blocks.push(bottom);
  }
  for (const b of blocks) {
    const f = parseSignatureFields(b, src.senderName, src.senderEmail);
    if (hasAny(f)) return f;
  }
  return { ...EMPTY, phones: [] };
}
