// Commitment logic that needs no storage: whose side owes a commitment, its state against a
// given day, and whether a later message seems to deliver it. Pure: `today` is always a
// parameter (ISO date), never the clock.
import type { CommitmentMention } from '../model/extraction';
import type { CommitmentRecord } from '../model/records';

export const DUE_SOON_DAYS = 7;

export type CommitmentState = 'overdue' | 'due-soon' | 'open' | 'snoozed' | 'done' | 'dismissed' | 'lapsed';

/** A commitment due this many days before Accord first reads it is history, not a task. */
export const LAPSED_DUE_DAYS = 30;
/** The same for one with no due date, counted from the message that made it. */
export const LAPSED_UNDATED_DAYS = 90;

/**
 * Was it already long past when first read? Importing two years of mail must not bring back
 * hundreds of "overdue" promises nobody can act on; a live email is never lapsed.
 */
export function lapsedOnArrival(c: Pick<CommitmentRecord, 'due' | 'madeAt'>, today: string): boolean {
  if (c.due !== null) return c.due < addDays(today, -LAPSED_DUE_DAYS);
  return c.madeAt !== null && c.madeAt.slice(0, 10) < addDays(today, -LAPSED_UNDATED_DAYS);
}

/** Add days to an ISO date (YYYY-MM-DD), in UTC so no time zone shifts it. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isSnoozed(c: Pick<CommitmentRecord, 'snoozedUntil'>, today: string): boolean {
  return c.snoozedUntil !== null && c.snoozedUntil.slice(0, 10) > today;
}

export function commitmentState(
  c: Pick<CommitmentRecord, 'status' | 'due' | 'snoozedUntil'>,
  today: string,
  soonDays = DUE_SOON_DAYS,
): CommitmentState {
  if (c.status === 'done') return 'done';
  if (c.status === 'dismissed') return 'dismissed';
  if (c.status === 'lapsed') return 'lapsed';
  if (isSnoozed(c, today)) return 'snoozed';
  if (c.due !== null && c.due < today) return 'overdue';
  if (c.due !== null && c.due <= addDays(today, soonDays)) return 'due-soon';
  return 'open';
}

export function isOverdue(c: Pick<CommitmentRecord, 'status' | 'due' | 'snoozedUntil'>, today: string): boolean {
  return commitmentState(c, today) === 'overdue';
}

export interface Party {
  email: string;
  name: string;
  internal: boolean;
}

export interface SideResolution {
  side: 'ours' | 'theirs';
  ownerEmail: string | null;
  ownerName: string | null;
  counterpartEmail: string | null;
}

/**
 * Who owes a commitment. A promise is owed by the sender; a request by the recipient(s); a
 * third party named by the clause is matched by name to a participant when possible, else taken
 * to be on the sender's side (people mostly commit their own colleagues).
 * 'ours' when our side owes it: a promise by our sender, or a request made of us by a customer.
 */
export function resolveSide(
  m: Pick<CommitmentMention, 'kind' | 'owner' | 'ownerName'>,
  sender: Party | null,
  recipients: { to: Party[]; cc: Party[] },
  mailboxAddress: string,
): SideResolution {
  const senderInternal = sender ? sender.internal : false;
  const pickRecipient = (internal: boolean): Party | null => {
    const pool = [...recipients.to, ...recipients.cc].filter((p) => p.internal === internal);
    if (internal) return pool.find((p) => p.email === mailboxAddress) ?? pool[0] ?? null;
    return pool[0] ?? null;
  };
  if (m.owner === 'sender') {
    const counterpart = pickRecipient(!senderInternal) ?? pickRecipient(senderInternal);
    return {
      side: senderInternal ? 'ours' : 'theirs',
      ownerEmail: sender?.email ?? null,
      ownerName: sender?.name || null,
      counterpartEmail: counterpart?.email ?? null,
    };
  }
  if (m.owner === 'recipient') {
    // Asked of the To recipients: of the other side when it is there (ours: the mailbox first),
    // else of whoever is in To (a colleague asked in front of the customer); Cc only when To is empty.
    const prefer = (pool: Party[]): Party | null => {
      const other = pool.filter((p) => p.internal !== senderInternal);
      const list = other.length ? other : pool;
      return list.find((p) => p.email === mailboxAddress) ?? list[0] ?? null;
    };
    const owner = prefer(recipients.to) ?? prefer(recipients.cc);
    const ownerInternal = owner ? owner.internal : !senderInternal;
    return {
      side: ownerInternal ? 'ours' : 'theirs',
      ownerEmail: owner?.email ?? (ownerInternal ? mailboxAddress : null),
      ownerName: owner?.name || null,
      counterpartEmail: sender?.email ?? null,
    };
  }
  // third party
  const name = (m.ownerName ?? '').trim();
  const everyone = [...(sender ? [sender] : []), ...recipients.to, ...recipients.cc];
  const match = name ? everyone.find((p) => p.name && namesMatch(p.name, name)) : undefined;
  if (match) {
    const counterpart = pickRecipient(!match.internal);
    return {
      side: match.internal ? 'ours' : 'theirs',
      ownerEmail: match.email,
      ownerName: name || match.name,
      counterpartEmail: counterpart?.email ?? sender?.email ?? null,
    };
  }
  const counterpart = pickRecipient(!senderInternal);
  return {
    side: senderInternal ? 'ours' : 'theirs',
    ownerEmail: null,
    ownerName: name || null,
    counterpartEmail: counterpart?.email ?? null,
  };
}

/** "Bob" matches "Bob Smith"; "王经理" matches "王伟"; case and spacing ignored. */
export function namesMatch(full: string, mention: string): boolean {
  const f = full.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const m = mention.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!f || !m) return false;
  if (f === m) return true;
  const tokens = f.split(/[ ,.]+/).filter(Boolean);
  if (tokens.includes(m)) return true;
  // Chinese: same surname plus a title (王经理, 李总, 张工) or the given name alone.
  if (/^\p{Script=Han}/u.test(f) && /^\p{Script=Han}/u.test(m)) {
    if (/^\p{Script=Han}(经理|經理|总|總|工|老师|老師|先生|女士|小姐|主任|博士)$/u.test(m)) return f[0] === m[0];
    if (f.length >= 2 && f.slice(1) === m) return true;
  }
  return false;
}

/** Words that say "this message delivers something". EN and ZH (Simplified and Traditional). */
const DELIVERY_CUES: RegExp[] = [
  /\b(?:please\s+)?find\s+(?:the\s+)?(?:attached|enclosed|below)\b/i,
  /\bplease\s+find\b/i,
  /\battached\s+(?:is|are|please|you)\b/i,
  /\b(?:i(?:'ve| have)?|we(?:'ve| have)?)\s+(?:just\s+)?attached\b/i,
  /\battached\b/i,
  /\benclosed\b/i,
  /\bhere\s+(?:is|are)\b/i,
  /\bhere'?s\b/i,
  /\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|shared|uploaded)\b/i,
  /\bjust\s+sent\b/i,
  /已发送|已發送|已发出|已發出|已寄出|已经发|已經發|已发给|已發給/u,
  /附件|附上|随附|隨附|见附|見附/u,
  /发给您了|發給您了|发给你了|發給你了|发您了|發您了|请查收|請查收|请查阅|請查閱/u,
];

/** The sentence of `text` that carries a delivery cue, or null. Never logs the text. */
export function findDeliveryCue(text: string): string | null {
  if (!text) return null;
  const sentences = text
    .split(/(?<=[.!?。！？；;\n])\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sentences) {
    if (DELIVERY_CUES.some((re) => re.test(s))) return s.length > 240 ? `${s.slice(0, 237)}...` : s;
  }
  return null;
}

/** Words shared by a commitment and a delivery sentence (latin words ≥ 3 letters, Han bigrams). */
export function overlapScore(a: string, b: string): number {
  const grams = (s: string): Set<string> => {
    const out = new Set<string>();
    const t = s.normalize('NFKC').toLowerCase();
    for (const w of t.match(/[a-z0-9]{3,}/g) ?? []) if (!STOP.has(w)) out.add(w.replace(/s$/, ''));
    for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    }
    return out;
  };
  const ga = grams(a);
  let n = 0;
  for (const g of grams(b)) if (ga.has(g)) n++;
  return n;
}

const STOP = new Set([
  'the', 'and', 'for', 'you', 'your', 'will', 'send', 'sent', 'please', 'find', 'attached', 'here',
  'with', 'this', 'that', 'our', 'can', 'could', 'would', 'shall', 'have', 'has', 'are', 'is', 'by',
  'next', 'week', 'today', 'tomorrow', 'friday', 'monday', 'end', 'over', 'all', 'from', 'let', 'know',
]);

type ContactLookup = (email: string) => { orgId: string | null; internal: boolean } | undefined;

/** The customer organisations of a message, in header order (sender first): our team and unfiled free-mail add none. */
export function messageOrgIds(addresses: readonly string[], contact: ContactLookup): string[] {
  const out: string[] = [];
  for (const e of addresses) {
    const c = contact(e);
    if (c && !c.internal && c.orgId && !out.includes(c.orgId)) out.push(c.orgId);
  }
  return out;
}

/** The account a commitment belongs to: the customer side of it (owner when theirs, counterpart when ours). */
export function commitmentOrgId(
  side: 'ours' | 'theirs',
  ownerEmail: string | null,
  counterpartEmail: string | null,
  contact: ContactLookup,
  primaryOrg: string | null,
): string | null {
  const orgOf = (e: string | null) => {
    if (!e) return null;
    const c = contact(e);
    return c && !c.internal ? c.orgId : null;
  };
  const first = side === 'theirs' ? orgOf(ownerEmail) ?? orgOf(counterpartEmail) : orgOf(counterpartEmail) ?? orgOf(ownerEmail);
  return first ?? primaryOrg;
}

/** A message's direction: from the customer ('in'), from us to anyone outside ('out'), or among us. */
export function messageDirection(
  senderIsOurs: boolean,
  recipients: readonly string[],
  isOurs: (email: string) => boolean,
): 'in' | 'out' | 'internal' {
  if (!senderIsOurs) return 'in';
  return recipients.every(isOurs) ? 'internal' : 'out';
}
