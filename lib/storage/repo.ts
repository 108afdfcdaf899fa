// Read queries, all scoped by mailbox. A mailbox never sees another's records: every read is a
// key range or index range that starts with the mailbox id (or filters on it).
import type { AccountView, CommitmentRecord, ContactRecord, MessageRecord, OrganisationRecord } from '../model/records';
import { addDays, commitmentState, DUE_SOON_DAYS, isOverdue, isSnoozed } from '../account/commitments';
import { timeOf } from '../account/contacts';
import { classifyAddress, mailboxContext, normaliseEmail } from '../account/organisations';
import { mailboxRange, withRead, type AccordDb } from './db';
import { MAILBOX_STORES, defaultSettings, type EditRecord, type HistoryRecord, type SettingsRecord } from './schema';

const byTimeDesc = <T>(f: (t: T) => string | null) => (a: T, b: T) => timeOf(f(b)) - timeOf(f(a));

export function sortCommitments(list: CommitmentRecord[]): CommitmentRecord[] {
  // Open first, then by due date (undated last), then newest made.
  const rank = (c: CommitmentRecord) => (c.status === 'open' ? 0 : c.status === 'done' ? 1 : 2);
  return list.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due ?? '9999') .localeCompare(b.due ?? '9999') ||
      timeOf(b.madeAt) - timeOf(a.madeAt) ||
      a.id.localeCompare(b.id),
  );
}

export async function getAccountView(db: AccordDb, mailboxId: string, orgId: string): Promise<AccountView | null> {
  const mb = normaliseEmail(mailboxId);
  return withRead(db, ['organisations', 'contacts', 'commitments', 'messages', 'signals'], async (tx) => {
    const org = await tx.objectStore('organisations').get([mb, orgId]);
    if (!org) return null;
    const contacts = await tx.objectStore('contacts').index('byOrg').getAll([mb, orgId]);
    const messages = (await tx.objectStore('messages').index('byOrgId').getAll(orgId)).filter((m) => m.mailboxId === mb);
    messages.sort(byTimeDesc((m: MessageRecord) => m.sentAt));
    // Our team: internal people seen on this account's messages.
    const teamEmails = new Set<string>();
    for (const m of messages) {
      for (const a of [...(m.from ? [m.from] : []), ...m.to, ...m.cc]) teamEmails.add(a.email);
    }
    const contactStore = tx.objectStore('contacts');
    const team: ContactRecord[] = [];
    for (const e of teamEmails) {
      const c = await contactStore.get([mb, e]);
      if (c && c.internal) team.push(c);
    }
    team.sort((a, b) => b.messagesFrom + b.messagesTo - (a.messagesFrom + a.messagesTo) || a.email.localeCompare(b.email));
    contacts.sort((a, b) => timeOf(b.lastSeenAt) - timeOf(a.lastSeenAt) || a.email.localeCompare(b.email));
    const commitments = sortCommitments(await tx.objectStore('commitments').index('byOrg').getAll([mb, orgId]));
    const signals = (await tx.objectStore('signals').index('byOrg').getAll([mb, orgId])).sort(byTimeDesc((s) => s.at));
    return { mailboxId: mb, org, contacts, team, commitments, messages, signals };
  });
}

export async function getOrganisation(db: AccordDb, mailboxId: string, orgId: string): Promise<OrganisationRecord | null> {
  return (await db.get('organisations', [normaliseEmail(mailboxId), orgId])) ?? null;
}

/** The account a message is filed under (its first customer organisation), or null. */
export async function findOrgForMessage(db: AccordDb, mailboxId: string, messageId: string): Promise<OrganisationRecord | null> {
  const mb = normaliseEmail(mailboxId);
  return withRead(db, ['messages', 'organisations'], async (tx) => {
    const m = await tx.objectStore('messages').get([mb, messageId]);
    const id = m?.orgIds[0];
    if (!id) return null;
    return (await tx.objectStore('organisations').get([mb, id])) ?? null;
  });
}

/**
 * The account an address belongs to: where the user filed the contact, else the organisation
 * holding its registrable domain. Null for our team, free-mail not filed, and unknown domains.
 */
export async function findOrgForAddress(db: AccordDb, mailboxId: string, email: string): Promise<OrganisationRecord | null> {
  const mb = normaliseEmail(mailboxId);
  const e = normaliseEmail(email);
  return withRead(db, ['contacts', 'organisations', 'settings'], async (tx) => {
    const c = await tx.objectStore('contacts').get([mb, e]);
    const orgs = tx.objectStore('organisations');
    if (c) return c.orgId ? (await orgs.get([mb, c.orgId])) ?? null : null;
    const settings = (await tx.objectStore('settings').get([mb, 'capture'])) ?? defaultSettings(mb);
    const cls = classifyAddress(e, mailboxContext(mb, settings.teamDomains));
    if (cls.kind !== 'customer' || !cls.domain) return null;
    return (await orgs.index('byDomain').getAll(cls.domain)).find((o) => o.mailboxId === mb) ?? null;
  });
}

/**
 * One line of the accounts list. Carries the fields of the model's AccountSummary (orgId, name,
 * domains, contacts, open, overdue, lastContactAt) plus the organisation record and more counts.
 */
export interface AccountSummary {
  orgId: string;
  name: string;
  domains: string[];
  org: OrganisationRecord;
  /** Customer people filed under the account (captured and suggested; not lists or robots). */
  contacts: number;
  captured: number;
  open: number;
  overdue: number;
  dueSoon: number;
  /** ISO date-time of the newest message with the account. */
  lastContactAt: string | null;
  messages: number;
}

async function summarise(db: AccordDb, mb: string, today: string, only?: Set<string>): Promise<AccountSummary[]> {
  return withRead(db, ['organisations', 'contacts', 'commitments', 'messages'], async (tx) => {
    const range = mailboxRange(mb);
    const orgs = (await tx.objectStore('organisations').getAll(range)).filter((o) => !only || only.has(o.id));
    const sums = new Map<string, AccountSummary>();
    for (const org of orgs) {
      sums.set(org.id, {
        orgId: org.id, name: org.name, domains: org.domains, org,
        contacts: 0, captured: 0, open: 0, overdue: 0, dueSoon: 0, lastContactAt: null, messages: 0,
      });
    }
    for (const c of await tx.objectStore('contacts').getAll(range)) {
      const s = c.orgId ? sums.get(c.orgId) : undefined;
      if (!s || c.internal || !c.person) continue;
      s.contacts++;
      if (c.captured) s.captured++;
    }
    for (const c of await tx.objectStore('commitments').getAll(range)) {
      const s = c.orgId ? sums.get(c.orgId) : undefined;
      if (!s || c.status !== 'open') continue;
      s.open++;
      if (!today) continue; // no day given: no overdue / due-soon counts
      const st = commitmentState(c, today);
      if (st === 'overdue') s.overdue++;
      if (st === 'due-soon') s.dueSoon++;
    }
    for (const m of await tx.objectStore('messages').getAll(range)) {
      for (const id of m.orgIds) {
        const s = sums.get(id);
        if (!s) continue;
        s.messages++;
        if (m.sentAt && timeOf(m.sentAt) > timeOf(s.lastContactAt)) s.lastContactAt = m.sentAt;
      }
    }
    return [...sums.values()];
  });
}

/** Every account of a mailbox with its counts, most recently in contact first. `today` is an ISO date. */
export async function listAccounts(db: AccordDb, mailboxId: string, today: string): Promise<AccountSummary[]> {
  const list = await summarise(db, normaliseEmail(mailboxId), today);
  return list.sort((a, b) => timeOf(b.lastContactAt) - timeOf(a.lastContactAt) || a.org.name.localeCompare(b.org.name));
}

/** Open, unsnoozed commitments due before `today` (ISO date), oldest due first. */
export async function listOverdue(db: AccordDb, mailboxId: string, today: string): Promise<CommitmentRecord[]> {
  const mb = normaliseEmail(mailboxId);
  const range = IDBKeyRange.bound([mb, ''], [mb, today], false, true);
  const list = await db.getAllFromIndex('commitments', 'byDue', range);
  return list
    .filter((c) => isOverdue(c, today))
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.id.localeCompare(b.id));
}

/** Open, unsnoozed commitments due from `today` to `today + days`, soonest first. */
export async function listDueSoon(db: AccordDb, mailboxId: string, today: string, days = DUE_SOON_DAYS): Promise<CommitmentRecord[]> {
  const mb = normaliseEmail(mailboxId);
  const range = IDBKeyRange.bound([mb, today], [mb, addDays(today, days)]);
  const list = await db.getAllFromIndex('commitments', 'byDue', range);
  return list.filter((c) => c.status === 'open' && !isSnoozed(c, today)).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
}

/** All commitments of a mailbox (for exports and lists). */
export async function listCommitments(db: AccordDb, mailboxId: string): Promise<CommitmentRecord[]> {
  return sortCommitments(await db.getAll('commitments', mailboxRange(normaliseEmail(mailboxId))));
}

/** Contacts of a mailbox; by default the captured ones and the suggestions alike. */
export async function listContacts(
  db: AccordDb,
  mailboxId: string,
  filter: { captured?: boolean; internal?: boolean; orgId?: string | null } = {},
): Promise<ContactRecord[]> {
  const all = await db.getAll('contacts', mailboxRange(normaliseEmail(mailboxId)));
  return all.filter(
    (c) =>
      (filter.captured === undefined || c.captured === filter.captured) &&
      (filter.internal === undefined || c.internal === filter.internal) &&
      (filter.orgId === undefined || c.orgId === filter.orgId),
  );
}

export interface SearchHit extends AccountSummary {
  /** Where the query matched. */
  matched: ('name' | 'domain' | 'contact')[];
  /** Contacts that matched (addresses). */
  matchedContacts: string[];
  score: number;
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Accounts whose name, domains or customer contacts (name, names seen, address, company, title)
 * contain the query (case-, width- and space-insensitive), best first. Counts are against `today`.
 */
export async function searchAccounts(db: AccordDb, mailboxId: string, query: string, today = ''): Promise<SearchHit[]> {
  const mb = normaliseEmail(mailboxId);
  const q = fold(query);
  if (!q) return [];
  const found = await withRead(db, ['organisations', 'contacts'], async (tx) => {
    const range = mailboxRange(mb);
    const hits = new Map<string, { matched: SearchHit['matched']; contacts: string[]; score: number }>();
    const orgs = await tx.objectStore('organisations').getAll(range);
    const known = new Set(orgs.map((o) => o.id));
    const hit = (id: string) => {
      let h = hits.get(id);
      if (!h) {
        h = { matched: [], contacts: [], score: 0 };
        hits.set(id, h);
      }
      return h;
    };
    for (const org of orgs) {
      const name = fold(org.name);
      if (name.includes(q)) {
        const h = hit(org.id);
        h.matched.push('name');
        h.score += name === q ? 100 : name.startsWith(q) ? 60 : 40;
      }
      if (org.domains.some((d) => d.includes(q))) {
        const h = hit(org.id);
        h.matched.push('domain');
        h.score += org.domains.some((d) => d.startsWith(q)) ? 30 : 20;
      }
    }
    for (const c of await tx.objectStore('contacts').getAll(range)) {
      if (!c.orgId || c.internal || !known.has(c.orgId)) continue;
      const fields = [c.name, c.email, c.company ?? '', c.title ?? '', ...c.names.map((n) => n.value)].map(fold);
      if (!fields.some((f) => f.includes(q))) continue;
      const h = hit(c.orgId);
      if (!h.matched.includes('contact')) h.matched.push('contact');
      h.contacts.push(c.email);
      h.score += 10;
    }
    return hits;
  });
  if (found.size === 0) return [];
  const sums = await summarise(db, mb, today, new Set(found.keys()));
  return sums
    .map((s) => {
      const h = found.get(s.orgId)!;
      return { ...s, matched: h.matched, matchedContacts: h.contacts, score: h.score };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/** The customer organisations a stored message is filed under ([] when unknown). */
export async function orgIdsForMessage(db: AccordDb, mailboxId: string, messageId: string): Promise<string[]> {
  return (await db.get('messages', [normaliseEmail(mailboxId), messageId]))?.orgIds ?? [];
}

/** People on these messages who belong to no organisation and are not our team (free-mail), for filing. */
export async function unfiledContactsForMessages(db: AccordDb, mailboxId: string, messageIds: readonly string[]): Promise<ContactRecord[]> {
  const mb = normaliseEmail(mailboxId);
  return withRead(db, ['messages', 'contacts'], async (tx) => {
    const emails = new Set<string>();
    for (const id of messageIds) {
      const m = await tx.objectStore('messages').get([mb, id]);
      if (!m) continue;
      for (const a of [...(m.from ? [m.from] : []), ...m.to, ...m.cc]) emails.add(a.email);
    }
    const out: ContactRecord[] = [];
    for (const e of emails) {
      const c = await tx.objectStore('contacts').get([mb, e]);
      if (c && c.orgId === null && !c.internal && c.person) out.push(c);
    }
    return out;
  });
}

export async function getSettings(db: AccordDb, mailboxId: string): Promise<SettingsRecord> {
  const mb = normaliseEmail(mailboxId);
  return (await db.get('settings', [mb, 'capture'])) ?? defaultSettings(mb);
}

export async function listMailboxes(db: AccordDb) {
  return db.getAll('mailboxes');
}

export type StorageSummary = Record<(typeof MAILBOX_STORES)[number], number>;

/** How many records a mailbox holds in each store. */
export async function storageSummary(db: AccordDb, mailboxId: string): Promise<StorageSummary> {
  const mb = normaliseEmail(mailboxId);
  const range = mailboxRange(mb);
  return withRead(db, [...MAILBOX_STORES], async (tx) => {
    const out = {} as StorageSummary;
    for (const s of MAILBOX_STORES) out[s] = await tx.objectStore(s).count(range);
    return out;
  });
}

// Edits live in edits.ts; callers import everything from the repository.
export * from './edits';

/** Stage, origin and role changes of an account, newest first (inferred and user-made). */
export async function listHistory(db: AccordDb, mailboxId: string, orgId: string): Promise<HistoryRecord[]> {
  const list = await db.getAllFromIndex('history', 'byOrg', [normaliseEmail(mailboxId), orgId]);
  return list.sort((a, b) => timeOf(b.at) - timeOf(a.at) || b.id.localeCompare(a.id));
}

/** The user-edit log of a mailbox, newest first. */
export async function listEdits(db: AccordDb, mailboxId: string): Promise<EditRecord[]> {
  const list = await db.getAll('edits', mailboxRange(normaliseEmail(mailboxId)));
  return list.reverse();
}
