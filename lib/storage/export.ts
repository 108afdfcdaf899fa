// Files for other tools: contacts as CSV (headers HubSpot, Salesforce and Google Contacts map on
// import; RFC 4180 quoting) and vCard 4.0 (RFC 6350), commitments as iCalendar VTODOs (RFC 5545).
// Pure formatters over stored records, plus helpers that read a mailbox.
import type { CommitmentRecord, ContactRecord, OrganisationRecord } from '../model/records';
import { normaliseEmail } from '../account/organisations';
import { mailboxRange, withRead, type AccordDb } from './db';

const CRLF = '\r\n';

// ---------------------------------------------------------------- names

const COMPOUND_SURNAMES = [
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫',
  '慕容', '长孙', '長孫', '宇文', '司徒', '夏侯', '令狐', '端木', '澹台', '轩辕', '軒轅', '独孤', '獨孤', '南宫', '南宮',
];

/** First and last name: "Hughes, Tom" and "Tom Hughes" alike; Chinese names surname first (王芳 → 王 + 芳). */
export function splitName(full: string): { first: string; last: string } {
  const name = full.replace(/\s+/g, ' ').trim();
  if (!name) return { first: '', last: '' };
  const comma = name.match(/^([^,]+),\s*(.+)$/);
  if (comma) return { first: comma[2]!.trim(), last: comma[1]!.trim() };
  if (/^[\p{Script=Han}·・]+$/u.test(name)) {
    if (name.length === 1) return { first: '', last: name };
    const compound = name.length > 2 && COMPOUND_SURNAMES.some((s) => name.startsWith(s));
    const n = compound ? 2 : 1;
    return { first: name.slice(n), last: name.slice(0, n) };
  }
  const parts = name.split(' ');
  if (parts.length === 1) return { first: name, last: '' };
  return { first: parts.slice(0, -1).join(' '), last: parts[parts.length - 1]! };
}

// ---------------------------------------------------------------- CSV

export const CSV_HEADERS = ['First Name', 'Last Name', 'Email', 'Phone', 'Job Title', 'Company', 'Website', 'Role'] as const;

const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; formula-looking cells defused. */
export function csvField(value: string): string {
  let v = value;
  // A cell starting with = + - @ (or a control char) runs as a formula in spreadsheets. Phones stay as they are.
  if (/^[=+\-@\t\r]/.test(v) && !PHONE_LIKE.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface ContactExportOptions {
  /** Organisations by id, for Company (when the contact has none) and Website. */
  orgs?: ReadonlyMap<string, OrganisationRecord>;
  /** Prefix a UTF-8 byte order mark (helps Excel open Chinese text). Off by default. */
  bom?: boolean;
}

function companyOf(c: ContactRecord, orgs?: ReadonlyMap<string, OrganisationRecord>): string {
  if (c.company) return c.company;
  const org = c.orgId ? orgs?.get(c.orgId) : undefined;
  return org?.name ?? '';
}

function roleOf(c: ContactRecord): string {
  return c.roleOverride ?? c.role ?? '';
}

export function contactsToCsv(contacts: readonly ContactRecord[], opts: ContactExportOptions = {}): string {
  const rows = [CSV_HEADERS.join(',')];
  for (const c of contacts) {
    const { first, last } = splitName(c.name);
    const org = c.orgId ? opts.orgs?.get(c.orgId) : undefined;
    const website = org?.domains[0] ?? '';
    rows.push([first, last, c.email, c.phones[0] ?? '', c.title ?? '', companyOf(c, opts.orgs), website, roleOf(c)].map(csvField).join(','));
  }
  return (opts.bom ? '\uFEFF' : '') + rows.join(CRLF) + CRLF;
}

// ---------------------------------------------------------------- folding

/** Fold a content line at 75 octets (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const b = enc.encode(ch).length;
    if (curBytes + b > limit) {
      out.push(cur);
      cur = '';
      curBytes = 0;
      limit = 74; // continuation lines start with a space, which counts
    }
    cur += ch;
    curBytes += b;
  }
  out.push(cur);
  return out.join(`${CRLF} `);
}

// ---------------------------------------------------------------- vCard 4.0

/** RFC 6350 §3.4 text escaping: backslash, comma, semicolon, newline. */
export function escapeVCardText(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

function telLine(phone: string): string {
  const p = phone.trim();
  if (/^\+[\d\s().-]+$/.test(p)) {
    const uri = `tel:+${p.slice(1).replace(/[()]/g, '').trim().replace(/[\s.]+/g, '-').replace(/-+/g, '-')}`;
    return `TEL;VALUE=uri;TYPE=work:${uri}`;
  }
  return `TEL;VALUE=text;TYPE=work:${escapeVCardText(p)}`;
}

export function contactToVCard(c: ContactRecord, orgs?: ReadonlyMap<string, OrganisationRecord>): string {
  const { first, last } = splitName(c.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `KIND:${c.person ? 'individual' : 'org'}`,
    `FN:${escapeVCardText(c.name || c.email)}`,
    `N:${escapeVCardText(last)};${escapeVCardText(first)};;;`,
    `EMAIL;TYPE=work:${escapeVCardText(c.email)}`,
    ...c.phones.map(telLine),
  ];
  if (c.title) lines.push(`TITLE:${escapeVCardText(c.title)}`);
  const company = companyOf(c, orgs);
  if (company) lines.push(`ORG:${escapeVCardText(company)}`);
  const role = roleOf(c);
  if (role) lines.push(`ROLE:${escapeVCardText(role)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export function contactsToVCard(contacts: readonly ContactRecord[], opts: ContactExportOptions = {}): string {
  return contacts.map((c) => contactToVCard(c, opts.orgs)).join('');
}

// ---------------------------------------------------------------- iCalendar

/** RFC 5545 §3.3.11 text escaping. */
export function escapeICalText(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function icalDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A stable UID from mailbox and commitment id (FNV-1a, 2×32 bits): re-exports update, not duplicate. */
export function commitmentUid(mailboxId: string, id: string): string {
  const s = `${mailboxId}\n${id}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}@accord`;
}

const ICAL_STATUS: Record<CommitmentRecord['status'], string> = {
  open: 'NEEDS-ACTION',
  done: 'COMPLETED',
  dismissed: 'CANCELLED',
  lapsed: 'CANCELLED',
};

export interface CalendarExportOptions {
  /** DTSTAMP (the time the file is made). */
  now: Date;
  orgs?: ReadonlyMap<string, OrganisationRecord>;
}

export function commitmentsToICalendar(commitments: readonly CommitmentRecord[], opts: CalendarExportOptions): string {
  const stamp = icalDateTime(opts.now.toISOString());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Accord//Accord commitments//EN', 'CALSCALE:GREGORIAN'];
  for (const c of commitments) {
    const org = c.orgId ? opts.orgs?.get(c.orgId)?.name ?? c.orgId : null;
    const who = c.side === 'ours' ? 'Ours' : 'Theirs';
    const desc = [
      org ? `Account: ${org}` : null,
      `${who}${c.ownerName || c.ownerEmail ? `: ${c.ownerName ?? c.ownerEmail}` : ''}`,
      c.subject ? `Email: ${c.subject}` : null,
    ].filter((x): x is string => x !== null).join('\n');
    lines.push('BEGIN:VTODO', `UID:${commitmentUid(c.mailboxId, c.id)}`, `DTSTAMP:${stamp}`, `SUMMARY:${escapeICalText(c.text)}`);
    if (c.due) lines.push(`DUE;VALUE=DATE:${c.due.replace(/-/g, '')}`);
    lines.push(`STATUS:${ICAL_STATUS[c.status]}`);
    if (c.status === 'done') lines.push(`COMPLETED:${icalDateTime(c.updatedAt)}`);
    if (!Number.isNaN(Date.parse(c.updatedAt))) lines.push(`LAST-MODIFIED:${icalDateTime(c.updatedAt)}`);
    lines.push(`CATEGORIES:${who}`, `DESCRIPTION:${escapeICalText(desc)}`, 'END:VTODO');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// ---------------------------------------------------------------- from the database

async function load(db: AccordDb, mailboxId: string) {
  const mb = normaliseEmail(mailboxId);
  return withRead(db, ['organisations', 'contacts', 'commitments'], async (tx) => {
    const range = mailboxRange(mb);
    const orgs = new Map((await tx.objectStore('organisations').getAll(range)).map((o) => [o.id, o]));
    return { orgs, contacts: await tx.objectStore('contacts').getAll(range), commitments: await tx.objectStore('commitments').getAll(range) };
  });
}

/** Customer contacts of a mailbox (captured only unless `all`), as CSV or vCard. */
export async function exportContacts(
  db: AccordDb,
  mailboxId: string,
  format: 'csv' | 'vcard',
  opts: { all?: boolean; bom?: boolean } = {},
): Promise<string> {
  const { orgs, contacts } = await load(db, mailboxId);
  const chosen = contacts.filter((c) => !c.internal && (opts.all || c.captured));
  return format === 'csv' ? contactsToCsv(chosen, { orgs, bom: opts.bom ?? false }) : contactsToVCard(chosen, { orgs });
}

/** Commitments of a mailbox as an iCalendar file (open ones only unless `all`). */
export async function exportCommitments(db: AccordDb, mailboxId: string, opts: { now: Date; all?: boolean }): Promise<string> {
  const { orgs, commitments } = await load(db, mailboxId);
  return commitmentsToICalendar(commitments.filter((c) => opts.all || c.status === 'open'), { now: opts.now, orgs });
}
