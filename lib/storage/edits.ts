// User edits. Each is one transaction that changes the record, marks the field as user-edited
// (so re-ingestion never overwrites it) and logs the edit (and stage/role changes in history).
import type {
  CommitmentRecord,
  CommitmentStatus,
  ContactRecord,
  MessageRecord,
  OrganisationRecord,
  ProjectOrigin,
  ProjectStage,
  RelationshipStage,
} from '../model/records';
import type { CommitteeRole } from '../model/extraction';
import { CommitteeRoleSchema } from '../model/extraction';
import { ProjectOriginSchema, ProjectStageSchema, RelationshipStageSchema } from '../model/records';
import { commitmentOrgId, messageDirection, messageOrgIds } from '../account/commitments';
import { mergePhones } from '../account/contacts';
import { normaliseEmail, orgNameFromDomain, registrableDomain, slugify } from '../account/organisations';
import { mailboxRange, withWrite, type AccordDb, type RwTx } from './db';
import { InvalidEditError, NotFoundError } from './errors';
import {
  ALL_STORES,
  HistoryRecordSchema,
  MAILBOX_STORES,
  SettingsRecordSchema,
  defaultSettings,
  type EditRecord,
  type HistoryRecord,
  type SettingsRecord,
} from './schema';

export interface EditOptions {
  now?: Date;
}

const iso = (o?: EditOptions) => (o?.now ?? new Date()).toISOString();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let seq = 0;
/** Sorts by time, then by order within this session; the random tail keeps ids unique across sessions. */
function newId(now: string): string {
  seq = (seq + 1) % 1_000_000;
  return `${now}#${String(seq).padStart(6, '0')}#${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

function mark(list: readonly string[], ...fields: string[]): string[] {
  const out = [...list];
  for (const f of fields) if (!out.includes(f)) out.push(f);
  return out;
}

async function logEdit(
  tx: { objectStore(name: 'edits'): { put(value: EditRecord): Promise<unknown> } },
  mb: string,
  now: string,
  action: EditRecord['action'],
  store: string,
  key: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  const rec: EditRecord = { mailboxId: mb, id: newId(now), at: now, action, target: { store, key }, before, after };
  await tx.objectStore('edits').put(rec);
}

// ---------------------------------------------------------------- commitments

async function updateCommitment(
  db: AccordDb,
  mailboxId: string,
  id: string,
  action: EditRecord['action'],
  opts: EditOptions | undefined,
  change: (c: CommitmentRecord, now: string) => CommitmentRecord,
): Promise<CommitmentRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  return withWrite(db, ['commitments', 'edits'], async (tx) => {
    const store = tx.objectStore('commitments');
    const c = await store.get([mb, id]);
    if (!c) throw new NotFoundError('Commitment', id);
    const next = { ...change(c, now), updatedAt: now };
    await store.put(next);
    await logEdit(tx, mb, now, action, 'commitments', id, c, next);
    return next;
  });
}

export function setCommitmentStatus(db: AccordDb, mailboxId: string, id: string, status: CommitmentStatus, opts?: EditOptions) {
  return updateCommitment(db, mailboxId, id, 'commitment.status', opts, (c) => ({
    ...c,
    status,
    userEdited: mark(c.userEdited, 'status'),
  }));
}

export interface CommitmentPatch {
  text?: string;
  due?: string | null;
  dueText?: string | null;
  owner?: CommitmentRecord['owner'];
  side?: CommitmentRecord['side'];
  ownerEmail?: string | null;
  ownerName?: string | null;
}

export async function editCommitment(db: AccordDb, mailboxId: string, id: string, patch: CommitmentPatch, opts?: EditOptions) {
  if (patch.due != null && !ISO_DATE.test(patch.due)) throw new InvalidEditError('due must be an ISO date (YYYY-MM-DD)');
  if (patch.text !== undefined && !patch.text.trim()) throw new InvalidEditError('a commitment needs text');
  return updateCommitment(db, mailboxId, id, 'commitment.edit', opts, (c) => {
    const next = { ...c };
    const fields: string[] = [];
    if (patch.text !== undefined) {
      next.text = patch.text.trim();
      fields.push('text');
    }
    if (patch.due !== undefined) {
      next.due = patch.due;
      next.dueText = patch.dueText !== undefined ? patch.dueText : null;
      fields.push('due');
    }
    if (patch.owner !== undefined) {
      next.owner = patch.owner;
      fields.push('owner');
    }
    if (patch.side !== undefined) {
      next.side = patch.side;
      fields.push('side');
    }
    if (patch.ownerEmail !== undefined) {
      next.ownerEmail = patch.ownerEmail ? normaliseEmail(patch.ownerEmail) : null;
      fields.push('ownerEmail');
    }
    if (patch.ownerName !== undefined) {
      next.ownerName = patch.ownerName;
      fields.push('ownerName');
    }
    next.userEdited = mark(c.userEdited, ...fields);
    return next;
  });
}

/** Hide an open commitment until a date (ISO date or date-time); null wakes it. */
export async function snoozeCommitment(db: AccordDb, mailboxId: string, id: string, until: string | null, opts?: EditOptions) {
  if (until !== null && Number.isNaN(Date.parse(until))) throw new InvalidEditError('snooze needs a date');
  return updateCommitment(db, mailboxId, id, 'commitment.snooze', opts, (c) => ({
    ...c,
    snoozedUntil: until,
    userEdited: mark(c.userEdited, 'snoozedUntil'),
  }));
}

/** The user agrees the proposed delivery did it (done), or rejects the proposal (accept=false). */
export function confirmDelivery(db: AccordDb, mailboxId: string, id: string, accept = true, opts?: EditOptions) {
  return updateCommitment(db, mailboxId, id, accept ? 'commitment.confirm-delivery' : 'commitment.reject-delivery', opts, (c) => {
    if (accept) return { ...c, status: 'done', userEdited: mark(c.userEdited, 'status') };
    // Rejected: an older delivery is not proposed again for it (a new message still may be).
    return { ...c, deliveredBy: null, userEdited: mark(c.userEdited, 'deliveredBy') };
  });
}

export interface NewCommitment {
  orgId: string | null;
  text: string;
  side: 'ours' | 'theirs';
  kind?: CommitmentRecord['kind'];
  due?: string | null;
  ownerEmail?: string | null;
  ownerName?: string | null;
  counterpartEmail?: string | null;
  subject?: string;
}

/** A commitment the user writes down themselves (id `user:<uuid>`). */
export async function addCommitment(db: AccordDb, mailboxId: string, input: NewCommitment, opts?: EditOptions): Promise<CommitmentRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  if (!input.text.trim()) throw new InvalidEditError('a commitment needs text');
  if (input.due != null && !ISO_DATE.test(input.due)) throw new InvalidEditError('due must be an ISO date (YYYY-MM-DD)');
  return withWrite(db, ['commitments', 'organisations', 'edits'], async (tx) => {
    if (input.orgId && !(await tx.objectStore('organisations').get([mb, input.orgId]))) throw new NotFoundError('Organisation', input.orgId);
    const id = `user:${globalThis.crypto.randomUUID()}`;
    const kind = input.kind ?? 'promise';
    const rec: CommitmentRecord = {
      mailboxId: mb,
      id,
      messageId: '',
      orgId: input.orgId,
      kind,
      owner: kind === 'promise' ? 'sender' : 'recipient',
      side: input.side,
      ownerEmail: input.ownerEmail ? normaliseEmail(input.ownerEmail) : input.side === 'ours' ? mb : null,
      ownerName: input.ownerName ?? null,
      counterpartEmail: input.counterpartEmail ? normaliseEmail(input.counterpartEmail) : null,
      text: input.text.trim(),
      due: input.due ?? null,
      dueText: null,
      status: 'open',
      snoozedUntil: null,
      confidence: 1,
      madeAt: now,
      subject: input.subject ?? '',
      deliveredBy: null,
      userEdited: ['text', 'due', 'side', 'owner', 'status'],
      updatedAt: now,
    };
    await tx.objectStore('commitments').put(rec);
    await logEdit(tx, mb, now, 'commitment.add', 'commitments', id, null, rec);
    return rec;
  });
}

// ---------------------------------------------------------------- contacts

async function updateContact(
  db: AccordDb,
  mailboxId: string,
  email: string,
  action: EditRecord['action'],
  opts: EditOptions | undefined,
  change: (c: ContactRecord, now: string) => ContactRecord,
  history?: (before: ContactRecord, after: ContactRecord, now: string) => HistoryRecord | null,
): Promise<ContactRecord> {
  const mb = normaliseEmail(mailboxId);
  const e = normaliseEmail(email);
  const now = iso(opts);
  return withWrite(db, ['contacts', 'edits', 'history'], async (tx) => {
    const store = tx.objectStore('contacts');
    const c = await store.get([mb, e]);
    if (!c) throw new NotFoundError('Contact', e);
    const next = change(c, now);
    await store.put(next);
    await logEdit(tx, mb, now, action, 'contacts', e, c, next);
    const h = history?.(c, next, now);
    if (h) await tx.objectStore('history').put(h);
    return next;
  });
}

/** The user's committee role for a contact (null clears the override; inference shows again). */
export async function setContactRole(db: AccordDb, mailboxId: string, email: string, role: CommitteeRole | null, opts?: EditOptions) {
  CommitteeRoleSchema.nullable().parse(role);
  return updateContact(
    db, mailboxId, email, 'contact.role', opts,
    (c) => ({ ...c, roleOverride: role }),
    (before, after, now) => ({
      mailboxId: after.mailboxId,
      id: newId(now),
      orgId: after.orgId,
      target: { type: 'contact', key: after.email },
      field: 'role',
      from: before.roleOverride ?? before.role,
      to: role ?? after.role,
      source: 'user',
      evidence: null,
      at: now,
    }),
  );
}

export interface ContactPatch {
  name?: string;
  title?: string | null;
  company?: string | null;
  phones?: string[];
  person?: boolean;
}

/** Fields the user types in; each is then kept against anything extraction says later. */
export async function editContact(db: AccordDb, mailboxId: string, email: string, patch: ContactPatch, opts?: EditOptions) {
  if (patch.name !== undefined && !patch.name.trim()) throw new InvalidEditError('a contact needs a name');
  return updateContact(db, mailboxId, email, 'contact.edit', opts, (c) => {
    const next = { ...c };
    const fields: string[] = [];
    if (patch.name !== undefined) {
      next.name = patch.name.trim();
      fields.push('name');
    }
    if (patch.title !== undefined) {
      next.title = patch.title?.trim() || null;
      fields.push('title');
    }
    if (patch.company !== undefined) {
      next.company = patch.company?.trim() || null;
      fields.push('company');
    }
    if (patch.phones !== undefined) {
      next.phones = mergePhones([], patch.phones);
      fields.push('phones');
    }
    if (patch.person !== undefined) {
      next.person = patch.person;
      fields.push('person');
    }
    next.userEdited = mark(c.userEdited, ...fields);
    return next;
  });
}

/** Capture a suggested contact (or drop it back to suggested with captured=false). */
export function captureContact(db: AccordDb, mailboxId: string, email: string, captured = true, opts?: EditOptions) {
  return updateContact(db, mailboxId, email, 'contact.capture', opts, (c, now) => ({
    ...c,
    captured,
    capturedAt: captured ? c.capturedAt ?? now : null,
    userEdited: mark(c.userEdited, 'captured'),
  }));
}

// ------------------------------------------------------ re-filing messages

type RefileTx = RwTx<('contacts' | 'commitments' | 'signals' | 'messages' | 'organisations' | 'edits' | 'cues')[]>;

/** Recompute the organisations of the given messages from the contacts as they are now. */
async function refile(tx: RefileTx, mb: string, msgs: MessageRecord[]): Promise<void> {
  const contactStore = tx.objectStore('contacts');
  const cache = new Map<string, ContactRecord | undefined>();
  const lookup = async (e: string) => {
    if (!cache.has(e)) cache.set(e, await contactStore.get([mb, e]));
    return cache.get(e);
  };
  for (const m of msgs) {
    const addrs = [...(m.from ? [m.from.email] : []), ...m.to.map((a) => a.email), ...m.cc.map((a) => a.email)];
    for (const e of addrs) await lookup(e);
    const orgIds = messageOrgIds(addrs, (e) => cache.get(e));
    const primary = orgIds[0] ?? null;
    const ours = (e: string) => e === mb || cache.get(e)?.internal === true;
    const recipients = [...m.to, ...m.cc].map((a) => a.email).filter(Boolean);
    const direction = messageDirection(!!m.from && ours(m.from.email), recipients, ours);
    if (orgIds.join('\n') !== m.orgIds.join('\n') || direction !== m.direction) {
      await tx.objectStore('messages').put({ ...m, orgIds, direction });
    }
    const cue = await tx.objectStore('cues').get([mb, m.messageId]);
    if (cue && cue.orgId !== primary) await tx.objectStore('cues').put({ ...cue, orgId: primary });
    for (const s of await tx.objectStore('signals').index('byMessage').getAll([mb, m.messageId])) {
      if (s.orgId !== primary) await tx.objectStore('signals').put({ ...s, orgId: primary });
    }
    for (const c of await tx.objectStore('commitments').index('byMessage').getAll([mb, m.messageId])) {
      if (c.userEdited.includes('orgId')) continue;
      for (const e of [c.ownerEmail, c.counterpartEmail]) if (e) await lookup(e);
      const orgId = commitmentOrgId(c.side, c.ownerEmail, c.counterpartEmail, (e) => cache.get(e), primary);
      if (orgId !== c.orgId) await tx.objectStore('commitments').put({ ...c, orgId });
    }
  }
}

const involves = (m: MessageRecord, email: string) =>
  m.from?.email === email || m.to.some((a) => a.email === email) || m.cc.some((a) => a.email === email);

/**
 * File a contact under an organisation (e.g. a customer writing from gmail.com), or take it out of
 * one (orgId null: split a contact out). Kept against inference; their messages follow.
 */
export async function fileContact(db: AccordDb, mailboxId: string, email: string, orgId: string | null, opts?: EditOptions): Promise<ContactRecord> {
  const mb = normaliseEmail(mailboxId);
  const e = normaliseEmail(email);
  const now = iso(opts);
  return withWrite(db, ['contacts', 'organisations', 'messages', 'commitments', 'signals', 'edits', 'cues'], async (tx) => {
    const c = await tx.objectStore('contacts').get([mb, e]);
    if (!c) throw new NotFoundError('Contact', e);
    if (orgId !== null && !(await tx.objectStore('organisations').get([mb, orgId]))) throw new NotFoundError('Organisation', orgId);
    if (c.internal && orgId !== null) throw new InvalidEditError('our own team cannot be filed under a customer');
    const next: ContactRecord = { ...c, orgId, userEdited: mark(c.userEdited, 'orgId') };
    await tx.objectStore('contacts').put(next);
    const msgs = (await tx.objectStore('messages').getAll(mailboxRange(mb))).filter((m) => involves(m, e));
    await refile(tx, mb, msgs);
    await logEdit(tx, mb, now, 'contact.file', 'contacts', e, { orgId: c.orgId }, { orgId });
    return next;
  });
}

// ---------------------------------------------------------------- organisations

/** A user-made organisation (id `user:<slug>`), e.g. to file free-mail contacts under. */
export async function createOrganisation(db: AccordDb, mailboxId: string, name: string, opts?: EditOptions): Promise<OrganisationRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new InvalidEditError('an organisation needs a name');
  return withWrite(db, ['organisations', 'edits'], async (tx) => {
    const store = tx.objectStore('organisations');
    const base = `user:${slugify(clean)}`;
    let id = base;
    for (let i = 2; await store.get([mb, id]); i++) id = `${base}-${i}`;
    const org: OrganisationRecord = {
      mailboxId: mb, id, domains: [], name: clean, nameSource: 'user',
      relationshipOverride: null, projectStageOverride: null, originOverride: null, createdAt: now, updatedAt: now,
    };
    await store.put(org);
    await logEdit(tx, mb, now, 'organisation.create', 'organisations', id, null, org);
    return org;
  });
}

export async function renameOrganisation(db: AccordDb, mailboxId: string, orgId: string, name: string, opts?: EditOptions): Promise<OrganisationRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new InvalidEditError('an organisation needs a name');
  return withWrite(db, ['organisations', 'edits'], async (tx) => {
    const store = tx.objectStore('organisations');
    const org = await store.get([mb, orgId]);
    if (!org) throw new NotFoundError('Organisation', orgId);
    const next: OrganisationRecord = { ...org, name: clean, nameSource: 'user', updatedAt: now };
    await store.put(next);
    await logEdit(tx, mb, now, 'organisation.rename', 'organisations', orgId, { name: org.name }, { name: clean });
    return next;
  });
}

/** Merge organisation `fromId` into `intoId`: domains, contacts, commitments, messages, signals and history move; `fromId` goes. */
export async function mergeOrganisations(db: AccordDb, mailboxId: string, fromId: string, intoId: string, opts?: EditOptions): Promise<OrganisationRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  if (fromId === intoId) throw new InvalidEditError('cannot merge an organisation into itself');
  return withWrite(
    db,
    ['organisations', 'contacts', 'commitments', 'messages', 'signals', 'history', 'edits', 'cues'],
    async (tx) => {
      const orgs = tx.objectStore('organisations');
      const a = await orgs.get([mb, fromId]);
      const b = await orgs.get([mb, intoId]);
      if (!a) throw new NotFoundError('Organisation', fromId);
      if (!b) throw new NotFoundError('Organisation', intoId);
      const merged: OrganisationRecord = {
        ...b,
        domains: [...b.domains, ...a.domains.filter((d) => !b.domains.includes(d))],
        relationshipOverride: b.relationshipOverride ?? a.relationshipOverride,
        projectStageOverride: b.projectStageOverride ?? a.projectStageOverride,
        originOverride: b.originOverride ?? a.originOverride,
        createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt,
        updatedAt: now,
      };
      await orgs.delete([mb, fromId]);
      await orgs.put(merged);
      const key: [string, string] = [mb, fromId];
      for (const c of await tx.objectStore('contacts').index('byOrg').getAll(key)) await tx.objectStore('contacts').put({ ...c, orgId: intoId });
      for (const c of await tx.objectStore('commitments').index('byOrg').getAll(key)) await tx.objectStore('commitments').put({ ...c, orgId: intoId });
      for (const s of await tx.objectStore('signals').index('byOrg').getAll(key)) await tx.objectStore('signals').put({ ...s, orgId: intoId });
      for (const h of await tx.objectStore('history').index('byOrg').getAll(key)) await tx.objectStore('history').put({ ...h, orgId: intoId });
      for (const c of await tx.objectStore('cues').getAll(mailboxRange(mb))) {
        if (c.orgId === fromId) await tx.objectStore('cues').put({ ...c, orgId: intoId });
      }
      for (const m of await tx.objectStore('messages').index('byOrgId').getAll(fromId)) {
        if (m.mailboxId !== mb) continue;
        const orgIds: string[] = [];
        for (const id of m.orgIds.map((o) => (o === fromId ? intoId : o))) if (!orgIds.includes(id)) orgIds.push(id);
        await tx.objectStore('messages').put({ ...m, orgIds });
      }
      await logEdit(tx, mb, now, 'organisation.merge', 'organisations', intoId, { from: a, into: b }, merged);
      return merged;
    },
  );
}

/**
 * Split a domain out of an organisation into its own (id = the domain). Contacts at that domain
 * (unless the user filed them) and the messages they are on follow it.
 */
export async function splitDomain(db: AccordDb, mailboxId: string, orgId: string, domain: string, opts?: EditOptions): Promise<OrganisationRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  const d = registrableDomain(domain) ?? domain.toLowerCase();
  return withWrite(
    db,
    ['organisations', 'contacts', 'commitments', 'messages', 'signals', 'edits', 'cues'],
    async (tx) => {
      const orgs = tx.objectStore('organisations');
      const org = await orgs.get([mb, orgId]);
      if (!org) throw new NotFoundError('Organisation', orgId);
      if (!org.domains.includes(d)) throw new InvalidEditError(`${d} is not a domain of ${orgId}`);
      if (d === org.id) throw new InvalidEditError('cannot split an organisation\'s own domain out of it; split the other domains instead');
      if (await orgs.get([mb, d])) throw new InvalidEditError(`an organisation ${d} already exists`);
      const rest: OrganisationRecord = { ...org, domains: org.domains.filter((x) => x !== d), updatedAt: now };
      const created: OrganisationRecord = {
        mailboxId: mb, id: d, domains: [d], name: orgNameFromDomain(d), nameSource: 'inferred',
        relationshipOverride: null, projectStageOverride: null, originOverride: null, createdAt: now, updatedAt: now,
      };
      await orgs.put(rest);
      const contacts = tx.objectStore('contacts');
      for (const c of await contacts.index('byOrg').getAll([mb, orgId])) {
        if (c.userEdited.includes('orgId')) continue;
        if (registrableDomain(c.email) !== d) continue;
        const company = c.company;
        await contacts.put({ ...c, orgId: d });
        if (company && created.name === orgNameFromDomain(d)) created.name = company;
      }
      await orgs.put(created);
      const msgs = (await tx.objectStore('messages').index('byOrgId').getAll(orgId)).filter((m) => m.mailboxId === mb);
      await refile(tx, mb, msgs);
      await logEdit(tx, mb, now, 'organisation.split-domain', 'organisations', orgId, org, { rest, created });
      return created;
    },
  );
}

export interface OrgOverrides {
  relationshipOverride?: RelationshipStage | null;
  projectStageOverride?: ProjectStage | null;
  originOverride?: ProjectOrigin | null;
}

/** The user's relationship stage, project stage and origin for an account (null clears one). Logged in history. */
export async function setOrgOverrides(db: AccordDb, mailboxId: string, orgId: string, o: OrgOverrides, opts?: EditOptions): Promise<OrganisationRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  if (o.relationshipOverride !== undefined) RelationshipStageSchema.nullable().parse(o.relationshipOverride);
  if (o.projectStageOverride !== undefined) ProjectStageSchema.nullable().parse(o.projectStageOverride);
  if (o.originOverride !== undefined) ProjectOriginSchema.nullable().parse(o.originOverride);
  return withWrite(db, ['organisations', 'history', 'edits'], async (tx) => {
    const store = tx.objectStore('organisations');
    const org = await store.get([mb, orgId]);
    if (!org) throw new NotFoundError('Organisation', orgId);
    const next: OrganisationRecord = { ...org, updatedAt: now };
    const fields: [keyof OrgOverrides, HistoryRecord['field']][] = [
      ['relationshipOverride', 'relationship'],
      ['projectStageOverride', 'projectStage'],
      ['originOverride', 'origin'],
    ];
    for (const [k, field] of fields) {
      const v = o[k];
      if (v === undefined || v === org[k]) continue;
      (next as Record<string, unknown>)[k] = v;
      const h: HistoryRecord = {
        mailboxId: mb, id: newId(now), orgId, target: { type: 'organisation', key: orgId }, field,
        from: org[k], to: v, source: 'user', evidence: null, at: now,
      };
      await tx.objectStore('history').put(h);
    }
    await store.put(next);
    await logEdit(tx, mb, now, 'organisation.overrides', 'organisations', orgId, org, next);
    return next;
  });
}

// ---------------------------------------------------------------- settings

/**
 * Change a mailbox's settings. Domains newly declared our team stop being customers at once:
 * their people become our team, their organisation loses the domain (and goes when it has none
 * left), and the messages they are on are filed again.
 */
export async function updateSettings(
  db: AccordDb,
  mailboxId: string,
  patch: Partial<Omit<SettingsRecord, 'mailboxId' | 'id'>>,
  opts?: EditOptions,
): Promise<SettingsRecord> {
  const mb = normaliseEmail(mailboxId);
  const now = iso(opts);
  return withWrite(
    db,
    ['settings', 'edits', 'contacts', 'organisations', 'messages', 'commitments', 'signals', 'cues'],
    async (tx) => {
      const store = tx.objectStore('settings');
      const before = (await store.get([mb, 'capture'])) ?? defaultSettings(mb);
      const parsed = SettingsRecordSchema.safeParse({
        ...before,
        ...patch,
        neverCaptureDomains: (patch.neverCaptureDomains ?? before.neverCaptureDomains).map((d) => String(d).trim().toLowerCase()),
        teamDomains: (patch.teamDomains ?? before.teamDomains).map((d) => registrableDomain(String(d)) ?? String(d).trim().toLowerCase()),
        mailboxId: mb,
        id: 'capture',
      });
      if (!parsed.success) throw new InvalidEditError(`invalid settings: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      const next = parsed.data;
      await store.put(next);
      await logEdit(tx, mb, now, 'settings.update', 'settings', 'capture', before, next);
      const added = next.teamDomains.filter((d) => !before.teamDomains.includes(d));
      // The settings transaction holds every store re-filing needs.
      if (added.length) await becomeTeam(tx as unknown as RefileTx, mb, new Set(added), now);
      return next;
    },
  );
}

async function becomeTeam(tx: RefileTx, mb: string, domains: Set<string>, now: string): Promise<void> {
  const contacts = tx.objectStore('contacts');
  const moved = new Set<string>();
  for (const c of await contacts.getAll(mailboxRange(mb))) {
    const d = registrableDomain(c.email);
    if (!d || !domains.has(d) || c.internal) continue;
    moved.add(c.email);
    await contacts.put({ ...c, internal: true, orgId: null, userEdited: c.userEdited.filter((f) => f !== 'orgId') });
  }
  const orgs = tx.objectStore('organisations');
  for (const d of domains) {
    for (const org of (await orgs.index('byDomain').getAll(d)).filter((o) => o.mailboxId === mb)) {
      const rest = org.domains.filter((x) => !domains.has(x));
      if (rest.length === 0 && org.nameSource === 'inferred') await orgs.delete([mb, org.id]);
      else await orgs.put({ ...org, domains: rest, updatedAt: now });
    }
  }
  // Commitments those people owe are now ours (unless the user said otherwise).
  const commitments = tx.objectStore('commitments');
  for (const e of moved) {
    for (const c of await commitments.index('byOwner').getAll([mb, e])) {
      if (!c.userEdited.includes('side') && c.side !== 'ours') await commitments.put({ ...c, side: 'ours', updatedAt: now });
    }
  }
  const msgs = (await tx.objectStore('messages').getAll(mailboxRange(mb))).filter((m) => [...moved].some((e) => involves(m, e)));
  await refile(tx, mb, msgs);
}

// ---------------------------------------------------------------- deletion

/** Everything a mailbox holds, gone: one range delete per store, one transaction. */
export async function deleteMailbox(db: AccordDb, mailboxId: string): Promise<void> {
  const mb = normaliseEmail(mailboxId);
  await withWrite(db, ['mailboxes', ...MAILBOX_STORES], async (tx) => {
    for (const s of MAILBOX_STORES) await tx.objectStore(s).delete(mailboxRange(mb));
    await tx.objectStore('mailboxes').delete(mb);
  });
}

/** Every store emptied. */
export async function deleteAll(db: AccordDb): Promise<void> {
  await withWrite(db, [...ALL_STORES], async (tx) => {
    for (const s of ALL_STORES) await tx.objectStore(s).clear();
  });
}

/**
 * Record an inferred stage/origin change with its evidence (for the stage-inference code).
 * Idempotent by id: use a deterministic id such as `${messageId}#projectStage`.
 */
export async function appendHistory(db: AccordDb, record: HistoryRecord): Promise<void> {
  const r = HistoryRecordSchema.parse({ ...record, mailboxId: normaliseEmail(record.mailboxId) });
  await withWrite(db, ['history'], async (tx) => {
    await tx.objectStore('history').put(r);
  });
}
