// Folding one Extraction into the mailbox's accounts. Called by the background worker (the only
// writer) and by tests. Idempotent by message id: the whole message is one readwrite
// transaction that first checks whether the message is already stored, so the same email twice,
// even concurrently, changes nothing the second time.
import type { ContactMention, Extraction } from '../model/extraction';
import type { CommitmentRecord, ContactRecord, MessageRecord, OrganisationRecord, SignalRecord } from '../model/records';
import {
  classifyAddress,
  cleanCompanyName,
  mailboxContext,
  normaliseEmail,
  orgNameFromDomain,
  type AddressClass,
} from '../account/organisations';
import { mergeContact, timeOf } from '../account/contacts';
import { commitmentOrgId, findDeliveryCue, lapsedOnArrival, messageDirection, messageOrgIds, overlapScore, resolveSide, type Party } from '../account/commitments';
import { withWrite, type AccordDb, type RwTx } from './db';
import { defaultSettings, type DeliveryCueRecord, type HistoryRecord, type SettingsRecord } from './schema';

export interface IngestOptions {
  /** The clock, for tests. */
  now?: Date;
  /** The user's local day (ISO date), for the lapsed-on-arrival rule; defaults to now's UTC day. */
  today?: string;
}

/** An extraction, optionally with what the reader knew of attachments (an attachment suggests a delivery). */
export type IngestInput = Extraction & { attachments?: readonly { name?: string }[] | number | boolean };

/**
 * A message not extracted yet: its id (is it stored already?) and webmail link, and how to extract
 * it, which happens only when it is new (a reopened thread is not extracted again).
 */
export interface LazyIngestInput {
  messageId: string;
  url?: string | null;
  extract: () => IngestInput;
}

export interface IngestResult {
  status: 'added' | 'duplicate';
  orgIds: string[];
}

const INGEST_STORES = [
  'mailboxes', 'settings', 'organisations', 'contacts', 'messages', 'signals', 'commitments', 'history', 'cues',
] as const;
type IngestStores = (typeof INGEST_STORES)[number][];
type Tx = RwTx<IngestStores>;

export function normaliseSubject(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|答复|回复|回覆|转发|轉寄|转寄)\s*(?:\[\d+\])?\s*[:：]\s*)+/giu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Participant {
  email: string;
  headerName: string;
  headers: Set<'from' | 'to' | 'cc' | 'reply-to'>;
  mention: ContactMention | null;
  cls: AddressClass;
}

function hasAttachment(x: IngestInput): { yes: boolean; names: string[] } {
  const a = x.attachments;
  if (Array.isArray(a)) return { yes: a.length > 0, names: a.map((f) => f.name ?? '').filter(Boolean) };
  if (typeof a === 'number') return { yes: a > 0, names: [] };
  return { yes: a === true, names: [] };
}

export async function ingestExtraction(
  db: AccordDb,
  mailboxId: string,
  x: IngestInput | LazyIngestInput,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const mb = normaliseEmail(mailboxId);
  if (!mb) throw new Error('ingestExtraction: empty mailbox id');
  if (!x.messageId) throw new Error('ingestExtraction: empty message id');
  const now = (opts.now ?? new Date()).toISOString();
  const today = opts.today ?? now.slice(0, 10);
  return withWrite(db, [...INGEST_STORES], (tx) => ingestInTx(tx, mb, x, now, today));
}

async function ingestInTx(tx: Tx, mb: string, input: IngestInput | LazyIngestInput, now: string, today: string): Promise<IngestResult> {
  const messages = tx.objectStore('messages');
  const already = await messages.get([mb, input.messageId]);
  if (already) {
    // Seen before without a link (e.g. imported from a .eml), now read in the webmail: keep where.
    if (!already.url && input.url) await messages.put({ ...already, url: input.url });
    return { status: 'duplicate', orgIds: already.orgIds };
  }
  const x = 'extract' in input ? input.extract() : input;

  // Mailbox and its settings.
  const mailboxes = tx.objectStore('mailboxes');
  const mbox = await mailboxes.get(mb);
  await mailboxes.put({ id: mb, address: mb, createdAt: mbox?.createdAt ?? now, lastSeenAt: now });
  const settingsStore = tx.objectStore('settings');
  let settings: SettingsRecord | undefined = await settingsStore.get([mb, 'capture']);
  if (!settings) {
    settings = defaultSettings(mb);
    await settingsStore.put(settings);
  }
  const ctx = mailboxContext(mb, settings.teamDomains);
  const at = x.sentAt;

  // Everyone the message names, by address.
  const people = new Map<string, Participant>();
  const note = (email: string, name: string, header: 'from' | 'to' | 'cc' | 'reply-to' | null, mention: ContactMention | null) => {
    const e = normaliseEmail(email);
    if (!e) return;
    const cls = classifyAddress(e, ctx);
    if (cls.kind === 'invalid') return;
    let p = people.get(e);
    if (!p) {
      p = { email: e, headerName: '', headers: new Set(), mention: null, cls };
      people.set(e, p);
    }
    if (name && !p.headerName) p.headerName = name;
    if (header) p.headers.add(header);
    if (mention) {
      p.mention = mention;
      for (const h of mention.headers) p.headers.add(h);
    }
  };
  if (x.from) note(x.from.email, x.from.name, 'from', null);
  for (const a of x.to) note(a.email, a.name, 'to', null);
  for (const a of x.cc) note(a.email, a.name, 'cc', null);
  for (const c of x.contacts) note(c.email, c.name, null, c);

  const senderEmail = x.from ? normaliseEmail(x.from.email) : '';
  const sender = senderEmail ? people.get(senderEmail) ?? null : null;
  const senderInternal = sender ? sender.cls.kind === 'internal' : false;

  // Organisations of customer domains: found by any of their domains (merges keep working),
  // created on first sight.
  const orgStore = tx.objectStore('organisations');
  const orgByDomain = new Map<string, OrganisationRecord>();
  const touchedOrgs = new Map<string, OrganisationRecord>();
  // Robots and lists (person: false) never open an account; they are filed under one that exists.
  const resolveOrg = async (domain: string, create: boolean): Promise<OrganisationRecord | null> => {
    const cached = orgByDomain.get(domain);
    if (cached) return cached;
    const hits = (await orgStore.index('byDomain').getAll(domain)).filter((o) => o.mailboxId === mb);
    let org = hits[0] ?? (await orgStore.get([mb, domain]));
    if (!org) {
      if (!create) return null;
      org = {
        mailboxId: mb,
        id: domain,
        domains: [domain],
        name: orgNameFromDomain(domain),
        nameSource: 'inferred',
        relationshipOverride: null,
        projectStageOverride: null,
        originOverride: null,
        createdAt: now,
        updatedAt: now,
      };
      touchedOrgs.set(org.id, org);
    } else if (!org.domains.includes(domain)) {
      org = { ...org, domains: [...org.domains, domain], updatedAt: now };
      touchedOrgs.set(org.id, org);
    }
    orgByDomain.set(domain, org);
    return org;
  };
  const customers = [...people.values()].filter((p) => p.cls.kind === 'customer' && p.cls.domain);
  const isPerson = (p: Participant) => p.mention?.person !== false;
  for (const p of [...customers.filter(isPerson), ...customers.filter((q) => !isPerson(q))]) {
    const org = await resolveOrg(p.cls.domain!, isPerson(p));
    if (!org || !isPerson(p)) continue;
    // Display name from a signature company seen for this organisation, when we only had the domain label.
    const company = cleanCompanyName(p.mention?.company);
    if (company && org.nameSource === 'inferred' && org.name === orgNameFromDomain(org.id) && org.name !== company) {
      const renamed = { ...org, name: company, updatedAt: now };
      touchedOrgs.set(org.id, renamed);
      for (const [d, o] of orgByDomain) if (o.id === org.id) orgByDomain.set(d, renamed);
    }
  }
  for (const org of touchedOrgs.values()) await orgStore.put(org);

  // Contacts.
  const contactStore = tx.objectStore('contacts');
  const contacts = new Map<string, ContactRecord>();
  const historyStore = tx.objectStore('history');
  const neverDomains = new Set(settings.neverCaptureDomains);
  for (const p of people.values()) {
    if (p.email === ctx.address) continue; // the mailbox owner is not a contact
    const existing = await contactStore.get([mb, p.email]);
    const orgId = p.cls.kind === 'customer' && p.cls.domain ? orgByDomain.get(p.cls.domain)?.id ?? null : null;
    const person = p.mention ? p.mention.person : null;
    const captureIfNew =
      settings.autoCapture &&
      person !== false &&
      !(p.cls.kind === 'free-mail' && settings.neverCaptureFreeMail) &&
      !(p.cls.kind === 'internal' && settings.neverCaptureInternal) &&
      !(p.cls.domain !== null && neverDomains.has(p.cls.domain));
    const { record, roleChange } = mergeContact(existing, {
      mailboxId: mb,
      email: p.email,
      name: p.mention?.name || p.headerName,
      title: p.mention?.title ?? null,
      company: p.mention?.company ?? null,
      phones: p.mention?.phones ?? [],
      person,
      roleHint: p.mention?.roleHint ?? null,
      messageId: x.messageId,
      at,
      orgId,
      internal: p.cls.kind === 'internal',
      sentIt: p.email === senderEmail,
      receivedFromUs: senderInternal && (p.headers.has('to') || p.headers.has('cc')),
      captureIfNew,
      now,
    });
    await contactStore.put(record);
    contacts.set(p.email, record);
    if (roleChange) {
      const h: HistoryRecord = {
        mailboxId: mb,
        id: `${x.messageId}#role#${p.email}`,
        orgId: record.orgId,
        target: { type: 'contact', key: p.email },
        field: 'role',
        from: roleChange.from,
        to: roleChange.to,
        source: 'inferred',
        evidence: { messageId: x.messageId, quote: roleChange.evidence, at, subject: x.subject },
        at: at ?? now,
      };
      await historyStore.put(h);
    }
  }

  // The message, filed under every customer organisation on it (sender first).
  const orgIds = messageOrgIds(
    [...(x.from ? [x.from.email] : []), ...x.to.map((a) => a.email), ...x.cc.map((a) => a.email)].map(normaliseEmail),
    (e) => contacts.get(e),
  );
  const recipients = [...x.to, ...x.cc].map((a) => normaliseEmail(a.email)).filter((e) => people.has(e));
  const direction = messageDirection(senderInternal, recipients, (e) => people.get(e)?.cls.kind === 'internal');
  const message: MessageRecord = {
    mailboxId: mb,
    messageId: x.messageId,
    threadId: x.threadId,
    orgIds,
    subject: x.subject,
    sentAt: at,
    from: x.from ? { name: x.from.name, email: senderEmail } : null,
    to: x.to.map((a) => ({ name: a.name, email: normaliseEmail(a.email) })),
    cc: x.cc.map((a) => ({ name: a.name, email: normaliseEmail(a.email) })),
    direction,
    language: x.language,
    source: x.source,
    lowConfidence: x.lowConfidence,
    ingestedAt: now,
    ...(x.url ? { url: x.url } : {}),
  };
  await messages.put(message);
  const primaryOrg = orgIds[0] ?? null;

  // Signals.
  const signalStore = tx.objectStore('signals');
  for (const [i, s] of x.signals.entries()) {
    const rec: SignalRecord = {
      mailboxId: mb,
      id: `${x.messageId}#${s.kind}#${i}`,
      orgId: primaryOrg,
      messageId: x.messageId,
      kind: s.kind,
      evidence: s.evidence,
      confidence: s.confidence,
      at,
      by: senderInternal ? 'us' : 'them',
    };
    await signalStore.put(rec);
  }

  // Commitments: who owes it, to whom, under which account.
  const party = (email: string, fallbackName: string): Party => {
    const c = contacts.get(email);
    return {
      email,
      name: c?.name || fallbackName,
      internal: email === ctx.address || people.get(email)?.cls.kind === 'internal',
    };
  };
  const senderParty = x.from && senderEmail ? party(senderEmail, x.from.name) : null;
  const toParties = x.to.map((a) => normaliseEmail(a.email)).filter((e) => people.has(e)).map((e) => party(e, ''));
  const ccParties = x.cc.map((a) => normaliseEmail(a.email)).filter((e) => people.has(e)).map((e) => party(e, ''));
  const commitmentStore = tx.objectStore('commitments');
  const owners = new Set<string>(); // who owes the commitments just made
  for (const [i, m] of x.commitments.entries()) {
    const r = resolveSide(m, senderParty, { to: toParties, cc: ccParties }, ctx.address);
    if (r.ownerEmail) owners.add(r.ownerEmail);
    const orgId = commitmentOrgId(r.side, r.ownerEmail, r.counterpartEmail, (e) => contacts.get(e), primaryOrg);
    const rec: CommitmentRecord = {
      mailboxId: mb,
      id: `${x.messageId}#${i}`,
      messageId: x.messageId,
      orgId,
      kind: m.kind,
      owner: m.owner,
      side: r.side,
      ownerEmail: r.ownerEmail,
      ownerName: r.ownerName,
      counterpartEmail: r.counterpartEmail,
      text: m.text,
      due: m.due,
      dueText: m.dueText,
      status: lapsedOnArrival({ due: m.due, madeAt: at }, today) ? 'lapsed' : 'open',
      snoozedUntil: null,
      confidence: m.confidence,
      madeAt: at,
      subject: x.subject,
      deliveredBy: null,
      userEdited: [],
      updatedAt: now,
    };
    await commitmentStore.put(rec);
  }

  // Does this message deliver an open commitment of its sender? Propose; the user confirms.
  const attach = hasAttachment(x);
  const quote = findDeliveryCue(x.reply) ?? (attach.yes ? (attach.names.length ? `📎 ${attach.names.join(', ')}` : '📎') : null);
  const cueStore = tx.objectStore('cues');
  if (senderEmail && quote) {
    const cue: DeliveryCueRecord = {
      mailboxId: mb, messageId: x.messageId, threadId: x.threadId, subject: x.subject, from: senderEmail,
      senderInternal, orgId: primaryOrg, sentAt: at, quote,
    };
    await cueStore.put(cue);
    await proposeDelivery(tx, mb, cue, `${quote} ${x.reply.slice(0, 2000)}`, now, false);
  }
  // Mail read out of order: a delivery already stored may be later than the commitments just made.
  if (x.commitments.length > 0 && at !== null) {
    const later = new Map<string, DeliveryCueRecord>();
    const consider = (c: DeliveryCueRecord) => {
      if (c.messageId !== x.messageId && timeOf(c.sentAt) > timeOf(at)) later.set(c.messageId, c);
    };
    if (x.threadId) for (const c of await cueStore.index('byThread').getAll([mb, x.threadId])) consider(c);
    for (const o of owners) for (const c of await cueStore.index('bySender').getAll([mb, o])) consider(c);
    const ordered = [...later.values()].sort((a, b) => timeOf(a.sentAt) - timeOf(b.sentAt));
    for (const c of ordered) await proposeDelivery(tx, mb, c, c.quote, now, true);
  }

  return { status: 'added', orgIds };
}

/**
 * Propose `cue` as the delivery of the open commitments it seems to deliver: owed by its sender
 * (same thread or subject), or by the sender's side in the same thread; when several fit, those
 * whose words the delivery shares. `replay`: an older stored cue checked against new
 * commitments; it never re-proposes a delivery the user rejected.
 */
async function proposeDelivery(tx: Tx, mb: string, cue: DeliveryCueRecord, probe: string, now: string, replay: boolean): Promise<void> {
  const commitments = tx.objectStore('commitments');
  const messages = tx.objectStore('messages');
  const candidates = new Map<string, CommitmentRecord>();
  const open = (c: CommitmentRecord) =>
    c.status === 'open' && c.deliveredBy === null && c.messageId !== cue.messageId &&
    !(replay && c.userEdited.includes('deliveredBy')) &&
    (c.madeAt === null || cue.sentAt === null || timeOf(c.madeAt) <= timeOf(cue.sentAt));
  const subject = normaliseSubject(cue.subject);
  const threadOf = new Map<string, string | null>();
  const related = async (c: CommitmentRecord): Promise<boolean> => {
    if (subject && normaliseSubject(c.subject) === subject) return true;
    if (!cue.threadId) return false;
    if (!threadOf.has(c.messageId)) threadOf.set(c.messageId, (await messages.get([mb, c.messageId]))?.threadId ?? null);
    return threadOf.get(c.messageId) === cue.threadId;
  };
  // Owed by the sender in person.
  for (const c of await commitments.index('byOwner').getAll([mb, cue.from])) {
    if (open(c) && (await related(c))) candidates.set(c.id, c);
  }
  // Owed by the sender's side (a colleague, or nobody named) in the same thread.
  if (cue.threadId) {
    const side = cue.senderInternal ? 'ours' : 'theirs';
    for (const m of await messages.index('byThread').getAll([mb, cue.threadId])) {
      for (const c of await commitments.index('byMessage').getAll([mb, m.messageId])) {
        if (!open(c) || c.side !== side) continue;
        if (side === 'theirs' && cue.orgId !== null && c.orgId !== cue.orgId) continue;
        candidates.set(c.id, c);
      }
    }
  }
  if (candidates.size === 0) return;
  let chosen = [...candidates.values()];
  if (chosen.length > 1) {
    // The thread's subject is shared by all of them: only the words of the message itself tell them apart.
    chosen = chosen.map((c) => ({ c, s: overlapScore(c.text, probe) })).filter((v) => v.s > 0).map((v) => v.c);
  }
  for (const c of chosen) {
    await commitments.put({ ...c, deliveredBy: { messageId: cue.messageId, quote: cue.quote, at: cue.sentAt }, updatedAt: now });
  }
}
