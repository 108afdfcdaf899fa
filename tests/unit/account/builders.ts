// Small builders for hand-made account views (stage, committee and playbook tests). The clauses
// are written for these tests, in English and Chinese, in the style of key-account mail.
import type {
  AccountView, CommitmentRecord, ContactRecord, MessageRecord, OrganisationRecord, SignalRecord,
} from '../../../lib/model/records';
import type { SignalKind } from '../../../lib/model/extraction';

export const MB = 'anna.berg@northwind-systems.com';
export const TODAY = '2026-11-23';

/** ISO date-time `days` before TODAY (negative = after). */
export function ago(days: number, time = '09:00:00Z'): string {
  const d = new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}
/** YYYY-MM-DD `days` after TODAY (negative = before). */
export function inDays(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function org(p: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    mailboxId: MB, id: 'huaxin-med.com.cn', domains: ['huaxin-med.com.cn'], name: 'Huaxin Medical', nameSource: 'inferred',
    relationshipOverride: null, projectStageOverride: null, originOverride: null, createdAt: ago(100), updatedAt: ago(1), ...p,
  };
}

export function contact(email: string, p: Partial<ContactRecord> = {}): ContactRecord {
  return {
    mailboxId: MB, email, orgId: 'huaxin-med.com.cn', internal: false, name: email.split('@')[0]!, names: [], title: null, titles: [],
    company: null, phones: [], person: true, role: null, roleEvidence: null, roleOverride: null, captured: false, capturedAt: null,
    firstSeenAt: ago(60), lastSeenAt: ago(2), messagesFrom: 1, messagesTo: 1, userEdited: [], ...p,
  };
}

let seq = 0;
export function msg(p: Partial<MessageRecord> & { messageId?: string } = {}): MessageRecord {
  return {
    mailboxId: MB, messageId: p.messageId ?? `<m${++seq}@test>`, threadId: 't1', orgIds: ['huaxin-med.com.cn'], subject: 'Data platform',
    sentAt: ago(2), from: null, to: [], cc: [], direction: 'in', language: 'en', source: 'test', lowConfidence: false, ingestedAt: ago(0), ...p,
  };
}

export function sig(kind: SignalKind, evidence: string, p: Partial<SignalRecord> = {}): SignalRecord {
  const messageId = p.messageId ?? `<s${++seq}@test>`;
  return { mailboxId: MB, id: `${messageId}#${kind}#0`, orgId: 'huaxin-med.com.cn', messageId, kind, evidence, confidence: 0.85, at: ago(2), by: 'them', ...p };
}

export function com(text: string, p: Partial<CommitmentRecord> = {}): CommitmentRecord {
  const messageId = p.messageId ?? `<c${++seq}@test>`;
  return {
    mailboxId: MB, id: `${messageId}#0`, messageId, orgId: 'huaxin-med.com.cn', kind: 'promise', owner: 'sender', side: 'ours', ownerEmail: MB,
    ownerName: null, counterpartEmail: null, text, due: null, dueText: null, status: 'open', snoozedUntil: null, confidence: 0.9, madeAt: ago(5),
    subject: 'Data platform', deliveredBy: null, userEdited: [], updatedAt: ago(1), ...p,
  };
}

export function view(p: Partial<AccountView> = {}): AccountView {
  const signals = p.signals ?? [];
  // Every signal's message exists (direction by author) unless messages were given.
  const messages = p.messages ?? signals.map((s) => msg({ messageId: s.messageId, sentAt: s.at, direction: s.by === 'us' ? 'out' : 'in' }));
  return { mailboxId: MB, org: org(), contacts: [], team: [], commitments: [], ...p, messages, signals };
}
