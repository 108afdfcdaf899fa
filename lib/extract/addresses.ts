// Address and display-name normalisation, and person / list / role / robot classification.
// PURE: no DOM, no browser API, no storage.
import type { EmailAddress } from '../model/email';
import {
  EN_ROLE_NAME_WORDS, LIST_HOST, ROBOT_LOCAL_TOKENS, ROLE_LOCAL_TOKENS,
} from './locales/en-vocab';
import { ZH_ROLE_NAME } from './locales/zh-vocab';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const QUOTES = /^["'`\u201C\u201D\u2018\u2019\u300C\u300D]+|["'`\u201C\u201D\u2018\u2019\u300C\u300D]+$/g;
const EMAIL_RE = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;
const HAN = /\p{Script=Han}/u;
const LATIN_NAME_WORD = /^[\p{Script=Latin}][\p{Script=Latin}'’.\-]*$/u;
/** Name suffixes and credentials that may follow a comma without making "Last, First". */
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|phd|ph\.d\.|md|m\.d\.|mba|cpa|cppb|cpm|pe|p\.e\.|esq\.?|dds|rn|ceng|cissp|pmp)$/i;

/** True for something that is written like an Internet e-mail address (domain with a dot). */
export function isEmailAddress(s: string): boolean {
  return EMAIL_RE.test(s.trim());
}

/** "Gao Xiang via Linux-erofs" → { person: "Gao Xiang", list: "Linux-erofs" }. */
export function splitViaList(displayName: string): { person: string; list: string } | null {
  const m = /^\s*["']?(.+?)\s+via\s+([^"']+?)["']?\s*$/i.exec(displayName.replace(INVISIBLE, ''));
  if (!m || !m[1] || !m[2]) return null;
  return { person: m[1], list: m[2] };
}

/**
 * The display name as a person would write it (GUIDE.md "Contacts"):
 * no quotes, bidi marks, "(via list)" / "via X" suffixes, site tags "(TPI)" or "[mailto:]";
 * "Wang, Li" → "Li Wang"; Enron "Oh  John" → "John Oh"; "陳，松儉" → "陳松儉";
 * an e-mail address used as a name gives "".
 */
export function normaliseDisplayName(raw: string, email = ''): string {
  let s = raw.normalize('NFC').replace(INVISIBLE, '');
  s = s.replace(/\[mailto:[^\]]*\]/gi, '').replace(/<[^>]*@[^>]*>/g, '');
  s = s.replace(/\s*\(via [^)]*\)\s*$/i, '');
  const via = splitViaList(s);
  if (via) s = via.person;
  // Strip quotes (possibly nested: "'toefl'").
  for (let i = 0; i < 3; i++) s = s.trim().replace(QUOTES, '');
  // Trailing comments and site tags: "Chris Chen (TPI)", "Name (CPATCH ...)", "Name [Intel]".
  for (let i = 0; i < 2; i++) {
    // Only a tag set off by a space: "杨勇兵(末岩)" keeps its nickname.
    // A tag in Han script is the person's own name ("Bruce Lee (李昀峻)") and stays.
    const t = s.replace(/\s+(?:\([^()\p{Script=Han}]*\)|\[[^[\]\p{Script=Han}]*\]|（[^（）\p{Script=Han}]*）)\s*$/u, '');
    if (t.trim()) s = t;
  }
  s = s.replace(/\\(["'])/g, '$1').trim();
  if (!s) return '';
  if (isEmailAddress(s) || (email && s.toLowerCase() === email.toLowerCase())) return '';

  // Enron directory form "Last  First" (two or more spaces): "McMichael Jr.  Ed" → "Ed McMichael Jr.".
  const twoSpace = /^(\S(?:.*?\S)?)\s{2,}(\S(?:.*\S)?)$/.exec(s);
  if (twoSpace && twoSpace[1] && twoSpace[2] && !HAN.test(s) && !s.includes(',') && !/\s{2,}/.test(twoSpace[2])) {
    s = `${twoSpace[2]} ${twoSpace[1]}`;
  }

  // CJK "family，given" with a (full-width) comma is not flipped, only joined: "陳，松儉" → "陳松儉".
  const cjkComma = /^(\p{Script=Han}+)\s*[,，、]\s*(\p{Script=Han}+)$/u.exec(s);
  if (cjkComma) return `${cjkComma[1]}${cjkComma[2]}`;

  // Corporate directory form "Name-DIV,Company" (no space after the comma): "Velumani T-ERS,HCLTech".
  const corp = /^([^,]+?),(\S+)$/.exec(s);
  if (corp && corp[1]) {
    s = corp[1].replace(/-[A-Z][A-Z0-9&]+$/, '').trim();
  } else {
    // "Last, First [Middle]" → "First [Middle] Last" when both sides are name words.
    const parts = s.split(/\s*,\s+/);
    if (parts.length === 2 && parts[0] && parts[1]) {
      const [last, first] = parts as [string, string];
      const lw = last.split(/\s+/), fw = first.split(/\s+/);
      const nameLike = (ws: string[]) => ws.length >= 1 && ws.length <= 3 && ws.every((w) => LATIN_NAME_WORD.test(w));
      if (NAME_SUFFIX.test(first.replace(/\s+/g, '')) || (lw.length >= 2 && /^[A-Z.]{2,6}$/.test(first))) {
        // "John Smith, Jr." / "Maria Gonzalez, CPPB": a credential, kept as written.
      } else if (nameLike(lw) && nameLike(fw)) {
        s = `${first} ${last}`;
      }
    }
  }
  // "Darrick J . Wong" → "Darrick J. Wong"; collapse runs of spaces.
  s = s.replace(/\s+([.,])/g, '$1').replace(/\s+/g, ' ').trim();
  return s;
}

/** Parse one address from a raw header value: "Name <a@b>", "Name [mailto:a@b]", "a@b (Name)", "a@b". */
export function parseAddress(raw: string): EmailAddress | null {
  const v = raw.replace(INVISIBLE, '').trim();
  if (!v) return null;
  let m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(v);
  if (m && m[2]) return { name: (m[1] ?? '').trim(), email: m[2].toLowerCase() };
  m = /^(.*?)\s*\[mailto:\s*([^\]\s]+@[^\]\s]+)\s*\]\s*$/i.exec(v);
  if (m && m[2]) return { name: (m[1] ?? '').trim(), email: m[2].toLowerCase() };
  m = /^([^\s()<>]+@[^\s()<>]+)\s*\(([^()]*)\)\s*$/.exec(v);
  if (m && m[1]) return { name: (m[2] ?? '').trim(), email: m[1].toLowerCase() };
  if (isEmailAddress(v)) return { name: '', email: v.toLowerCase() };
  return { name: v, email: '' };
}

/** Split a raw address-list header on commas outside quotes, angle brackets and parentheses. */
export function parseAddressList(raw: string): EmailAddress[] {
  const out: EmailAddress[] = [];
  let depth = 0, quoted = false, cur = '';
  const flush = () => { const a = parseAddress(cur); if (a && a.email) out.push(a); cur = ''; };
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '<' || ch === '(' || ch === '[')) depth++;
    else if (!quoted && (ch === '>' || ch === ')' || ch === ']')) depth = Math.max(0, depth - 1);
    if (ch === ',' && !quoted && depth === 0) {
      // "Last, First <a@b>": a comma before any address belongs to the name.
      if (!/@/.test(cur)) { cur += ch; continue; }
      flush();
      continue;
    }
    cur += ch;
  }
  flush();
  return out;
}

/** Lists named by the message's own list headers (List-Id, List-Post, X-BeenThere, Sender...). */
export interface ListInfo {
  addresses: Set<string>;
  /** Local names of the lists ("linux-erofs", "toefl", "ccertstaff"), lower-cased. */
  names: Set<string>;
}

function emailsIn(s: string): string[] {
  return (s.match(/[^\s<>()"',;:]+@[^\s<>()"',;]+\.[a-z]{2,}/gi) ?? []).map((e) => e.replace(/^mailto:/i, '').toLowerCase());
}

/** Strip list-manager decorations from a local part: owner-x, x-bounces+..., x-request, x-owner. */
function listLocal(local: string): string | null {
  const l = local.toLowerCase();
  let m = /^owner-(.+)$/.exec(l);
  if (m && m[1]) return m[1];
  m = /^(.+?)-(?:bounces|bounce|request|owner|admin|errors)(?:\+.*)?$/.exec(l);
  if (m && m[1]) return m[1];
  return null;
}

export function listInfoFromHeaders(headers: Record<string, string>): ListInfo {
  const info: ListInfo = { addresses: new Set(), names: new Set() };
  const h = (k: string) => headers[k] ?? '';
  const listId = h('list-id');
  const id = /<([^<>\s]+)>/.exec(listId)?.[1] ?? (/^[\w.-]+\.[\w.-]+$/.test(listId.trim()) ? listId.trim() : '');
  if (id && id.includes('.')) {
    const dot = id.indexOf('.');
    const local = id.slice(0, dot).toLowerCase();
    info.names.add(local);
    info.addresses.add(`${local}@${id.slice(dot + 1).toLowerCase()}`);
  }
  for (const k of ['list-post', 'x-beenthere', 'x-mailing-list', 'mailing-list', 'x-original-to-list']) {
    for (const e of emailsIn(h(k))) {
      info.addresses.add(e);
      const local = e.split('@')[0];
      if (local) info.names.add(listLocal(local) ?? local);
    }
  }
  for (const k of ['sender', 'errors-to', 'x-envelope-mailfrom', 'return-path', 'x-eyou-envelope-mailfrom']) {
    for (const e of emailsIn(h(k))) {
      const [local, domain] = e.split('@');
      const name = local ? listLocal(local) : null;
      if (name && domain) {
        info.names.add(name);
        info.addresses.add(`${name}@${domain}`);
      }
    }
  }
  // "X-Authentication-Warning: ... set sender to owner-ccertstaff using -f"
  const warn = /set sender to owner-([\w.-]+)/i.exec(h('x-authentication-warning'));
  if (warn && warn[1]) info.names.add(warn[1].toLowerCase());
  return info;
}

export type AddressKind = 'person' | 'list' | 'robot' | 'role';

function localTokens(local: string): string[] {
  return local.toLowerCase().split(/[._+\-]+/).filter(Boolean);
}

/** 中原物流采购部, 客服中心: a unit, not a person. Short Han names ending in 科/室 may be given names. */
function zhRoleName(n: string): boolean {
  if (!ZH_ROLE_NAME.test(n)) return false;
  const han = (n.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 4 || /(?:部|中心|办公室|辦公室|客服|团队|團隊|服务台|服務台)$/.test(n);
}

/** A display name that reads like a person's name: "Mike Dolan", "吳秉昌", "Jianhua1 Hao 郝建华". */
export function looksLikePersonName(name: string): boolean {
  const n = name.trim();
  if (!n || EN_ROLE_NAME_WORDS.test(n) || zhRoleName(n)) return false;
  if (/^\p{Script=Han}{2,4}$/u.test(n)) return true;
  const words = n.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.?|\p{Script=Han}+)$/u.test(w));
}

/**
 * Classify an address: 'list' (mailing lists), 'robot' (noreply, notifications, daemons),
 * 'role' (support@, tenders@, team aliases, department mailboxes), or 'person'.
 * A role local part with a personal display name ("Mike Dolan <manager@...>") stays a person.
 */
export function classifyAddress(addr: EmailAddress, lists: ListInfo): AddressKind {
  const email = addr.email.toLowerCase();
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  const rawName = addr.name.replace(INVISIBLE, '').trim().replace(QUOTES, '').replace(QUOTES, '').trim();
  const cleanName = normaliseDisplayName(addr.name, email);

  if (lists.addresses.has(email) || LIST_HOST.test(domain)) return 'list';
  // Kernel-style subsystem lists on their own hosts: linux-mm@kvack.org, linux-mtd@...
  if (/^linux-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(local)) return 'list';
  const lname = rawName.toLowerCase();
  if (lname && (lists.names.has(lname) || lists.names.has(local))) return 'list';
  if (listLocal(local) !== null && /-(?:bounces|request|owner)\b|^owner-/.test(local)) return 'robot';

  const tokens = localTokens(local);
  const joined = local.replace(/[._+\-]+/g, '-');
  if (ROBOT_LOCAL_TOKENS.some((t) => t === joined || tokens.includes(t))) return 'robot';
  if (/^(?:no|do-?not)-?reply/.test(local)) return 'robot';

  const personal = looksLikePersonName(cleanName);
  // Short tokens (it, hw, sw, pr...) do not count inside a dotted first.last address.
  const shortOk = !local.includes('.');
  // A compound token ending in a long role word ("customernotices", "itsupport") is a role too.
  const roleByLocal = ROLE_LOCAL_TOKENS.some(
    (t) => t === joined || (tokens.includes(t) && (t.length >= 3 || shortOk)) || (t.length >= 6 && tokens.some((k) => k.length > t.length && k.endsWith(t))),
  );
  const roleByName = !!cleanName && (EN_ROLE_NAME_WORDS.test(cleanName) || zhRoleName(cleanName));
  if (roleByName) return 'role';
  if (roleByLocal && !personal) return 'role';
  return 'person';
}
