// Folding what one message says about a person into their contact record. Pure.
// Names and titles are kept with where and when they were seen, newest first; fields the user
// edited (listed in userEdited) and the user's role override are never overwritten.
import type { CommitteeRole, RoleHint } from '../model/extraction';
import type { ContactRecord, Seen } from '../model/records';

export const MAX_SEEN = 8;
export const MAX_PHONES = 6;

/** Milliseconds of an ISO date-time (offsets honoured); -Infinity for null or unparsable. */
export function timeOf(at: string | null | undefined): number {
  if (!at) return -Infinity;
  const t = Date.parse(at);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Add a sighting: same value (case/space-insensitive) keeps only its newest sighting. Newest first. */
export function addSeen(list: readonly Seen[], value: string, messageId: string, at: string | null): Seen[] {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return [...list];
  const key = v.normalize('NFKC').toLowerCase();
  const out: Seen[] = [];
  let merged = false;
  for (const s of list) {
    if (s.value.normalize('NFKC').toLowerCase() === key) {
      merged = true;
      out.push(timeOf(at) >= timeOf(s.at) ? { value: v, messageId, at } : s);
    } else out.push(s);
  }
  if (!merged) out.push({ value: v, messageId, at });
  return out.sort((a, b) => timeOf(b.at) - timeOf(a.at)).slice(0, MAX_SEEN);
}

export function phoneDigits(p: string): string {
  return p.replace(/[^\d]/g, '');
}

export function mergePhones(existing: readonly string[], incoming: readonly string[]): string[] {
  const out = [...incoming.map((p) => p.trim()).filter((p) => phoneDigits(p).length >= 5)];
  for (const p of existing) out.push(p);
  const seen = new Set<string>();
  return out.filter((p) => {
    const d = phoneDigits(p);
    if (seen.has(d)) return false;
    seen.add(d);
    return true;
  }).slice(0, MAX_PHONES);
}

/** What one message says about one address. */
export interface ContactObservation {
  mailboxId: string;
  email: string;
  name: string;
  title: string | null;
  company: string | null;
  phones: string[];
  /** null when only a header named the address (the extractor did not judge it). */
  person: boolean | null;
  roleHint: RoleHint | null;
  messageId: string;
  at: string | null;
  /** Organisation the address files under by default (domain), null for free-mail / our team. */
  orgId: string | null;
  internal: boolean;
  sentIt: boolean;
  /** Received this message from us. */
  receivedFromUs: boolean;
  /** Capture state for a new contact (auto-capture setting and never-capture lists). */
  captureIfNew: boolean;
  now: string;
}

export interface RoleChange {
  from: CommitteeRole | null;
  to: CommitteeRole;
  evidence: string;
}

function usableName(name: string, email: string): string {
  const n = name.replace(/\s+/g, ' ').trim().replace(/^["']+|["']+$/g, '').trim();
  if (!n || n.toLowerCase() === email || n.includes('@')) return '';
  return n;
}

export function localPartName(email: string): string {
  return email.split('@')[0] ?? email;
}

export function mergeContact(existing: ContactRecord | undefined, o: ContactObservation): { record: ContactRecord; roleChange: RoleChange | null } {
  const edited = new Set(existing?.userEdited ?? []);
  const base: ContactRecord = existing ?? {
    mailboxId: o.mailboxId,
    email: o.email,
    orgId: o.orgId,
    internal: o.internal,
    name: '',
    names: [],
    title: null,
    titles: [],
    company: null,
    phones: [],
    person: true,
    role: null,
    roleEvidence: null,
    roleOverride: null,
    captured: o.captureIfNew,
    capturedAt: o.captureIfNew ? o.now : null,
    firstSeenAt: o.at,
    lastSeenAt: o.at,
    messagesFrom: 0,
    messagesTo: 0,
    userEdited: [],
  };
  // Is this message at least as new as anything seen before? (Out-of-order ingestion is normal.)
  const newest = !existing || timeOf(o.at) >= timeOf(existing.lastSeenAt);
  const r: ContactRecord = { ...base, names: [...base.names], titles: [...base.titles], phones: [...base.phones], userEdited: [...base.userEdited] };

  const name = usableName(o.name, o.email);
  if (name) r.names = addSeen(r.names, name, o.messageId, o.at);
  if (o.title) r.titles = addSeen(r.titles, o.title, o.messageId, o.at);
  if (!edited.has('name')) r.name = r.names[0]?.value ?? (r.name || localPartName(o.email));
  if (!edited.has('title')) r.title = r.titles[0]?.value ?? null;
  if (!edited.has('company') && o.company && (newest || !r.company)) r.company = o.company.trim();
  if (!edited.has('phones') && o.phones.length) r.phones = newest ? mergePhones(r.phones, o.phones) : mergePhones(o.phones, r.phones);
  if (!edited.has('person') && o.person !== null && (newest || !existing)) r.person = o.person;
  if (!edited.has('orgId')) r.orgId = o.orgId;
  r.internal = o.internal;

  let roleChange: RoleChange | null = null;
  if (o.roleHint && !edited.has('role') && (newest || r.role === null)) {
    if (r.role !== o.roleHint.role) roleChange = { from: r.role, to: o.roleHint.role, evidence: o.roleHint.evidence };
    r.role = o.roleHint.role;
    r.roleEvidence = o.roleHint.evidence;
  }

  if (existing) {
    if (timeOf(o.at) < timeOf(r.firstSeenAt) || r.firstSeenAt === null) r.firstSeenAt = o.at ?? r.firstSeenAt;
    if (newest) r.lastSeenAt = o.at ?? r.lastSeenAt;
  }
  if (o.sentIt) r.messagesFrom += 1;
  if (o.receivedFromUs) r.messagesTo += 1;
  return { record: r, roleChange };
}
