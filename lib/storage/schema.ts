// Shapes that only the storage layer keeps: history, the user-edit log, settings and meta,
// plus the typed idb schema of the one Accord database. The shared records (organisations,
// contacts, commitments, messages, signals, mailboxes) come from lib/model/records.ts.
import { z } from 'zod';
import type { DBSchema } from 'idb';
import {
  CommitteeRoleSchema,
  EvidenceSchema,
  HistoryEntrySchema,
  ProjectOriginSchema,
  ProjectStageSchema,
  RelationshipStageSchema,
  type CommitmentRecord,
  type ContactRecord,
  type MailboxRecord,
  type MessageRecord,
  type OrganisationRecord,
  type SignalRecord,
} from '../model';

/** A change of stage, origin or role, with its evidence and date (inferred or set by the user). */
export const HistoryRecordSchema = HistoryEntrySchema.extend({
  mailboxId: z.string(),
  id: z.string(),
  /** The account the change belongs to (null for a contact filed nowhere). */
  orgId: z.string().nullable(),
  evidence: EvidenceSchema.nullable(),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export const EDIT_ACTIONS = [
  'commitment.status', 'commitment.edit', 'commitment.snooze', 'commitment.confirm-delivery',
  'commitment.reject-delivery', 'commitment.add',
  'contact.role', 'contact.edit', 'contact.capture', 'contact.file',
  'organisation.create', 'organisation.rename', 'organisation.merge', 'organisation.split-domain',
  'organisation.overrides', 'settings.update',
] as const;

/** The log of user edits: what the user changed, before and after. */
export const EditRecordSchema = z.object({
  mailboxId: z.string(),
  id: z.string(),
  at: z.string(),
  action: z.enum(EDIT_ACTIONS),
  /** Store and key of the record edited. */
  target: z.object({ store: z.string(), key: z.string() }),
  before: z.unknown(),
  after: z.unknown(),
});
export type EditRecord = z.infer<typeof EditRecordSchema>;

/** Per-mailbox settings. One record, id 'capture'. */
export const SettingsRecordSchema = z.object({
  mailboxId: z.string(),
  id: z.literal('capture'),
  /** Capture suggested contacts automatically (off by default: suggest, then capture). */
  autoCapture: z.boolean(),
  /** Never auto-capture personal (free-mail) addresses. On by default. */
  neverCaptureFreeMail: z.boolean(),
  /** Never auto-capture our own team. On by default. */
  neverCaptureInternal: z.boolean(),
  /** Further registrable domains never auto-captured. */
  neverCaptureDomains: z.array(z.string()),
  /** Further registrable domains that are our own team (e.g. a second company domain). */
  teamDomains: z.array(z.string()),
});
export type SettingsRecord = z.infer<typeof SettingsRecordSchema>;

export function defaultSettings(mailboxId: string): SettingsRecord {
  return {
    mailboxId,
    id: 'capture',
    autoCapture: false,
    neverCaptureFreeMail: true,
    neverCaptureInternal: true,
    neverCaptureDomains: [],
    teamDomains: [],
  };
}

/**
 * A message that seems to deliver something ("please find attached", "已发送，请查收", an
 * attachment), kept so a commitment ingested later (mail read out of order) can still be matched
 * to it. Only the delivering sentence is kept.
 */
export const DeliveryCueRecordSchema = z.object({
  mailboxId: z.string(),
  messageId: z.string(),
  threadId: z.string().nullable(),
  subject: z.string(),
  /** Sender address, lower-cased. */
  from: z.string(),
  senderInternal: z.boolean(),
  /** First customer organisation of the message. */
  orgId: z.string().nullable(),
  sentAt: z.string().nullable(),
  quote: z.string(),
});
export type DeliveryCueRecord = z.infer<typeof DeliveryCueRecordSchema>;

export interface MetaRecord {
  key: string;
  value: unknown;
}

type K2 = [string, string];

export interface AccordSchema extends DBSchema {
  mailboxes: { key: string; value: MailboxRecord };
  organisations: { key: K2; value: OrganisationRecord; indexes: { byMailbox: string; byDomain: string } };
  contacts: { key: K2; value: ContactRecord; indexes: { byMailbox: string; byOrg: K2 } };
  commitments: {
    key: K2;
    value: CommitmentRecord;
    indexes: { byMailbox: string; byOrg: K2; byDue: K2; byMessage: K2; byOwner: K2 };
  };
  messages: { key: K2; value: MessageRecord; indexes: { byMailbox: string; byThread: K2; byOrgId: string } };
  signals: { key: K2; value: SignalRecord; indexes: { byMailbox: string; byOrg: K2; byMessage: K2 } };
  history: { key: K2; value: HistoryRecord; indexes: { byMailbox: string; byOrg: K2 } };
  edits: { key: K2; value: EditRecord; indexes: { byMailbox: string } };
  settings: { key: K2; value: SettingsRecord };
  cues: { key: K2; value: DeliveryCueRecord; indexes: { byThread: K2; bySender: K2 } };
  meta: { key: string; value: MetaRecord };
}

/** Stores whose records carry a mailboxId and are keyed [mailboxId, id]. */
export const MAILBOX_STORES = [
  'organisations', 'contacts', 'commitments', 'messages', 'signals', 'history', 'edits', 'settings', 'cues',
] as const;
export type MailboxStore = (typeof MAILBOX_STORES)[number];
export const ALL_STORES = ['mailboxes', ...MAILBOX_STORES, 'meta'] as const;

export const RoleOrNull = CommitteeRoleSchema.nullable();
export const OverridesSchema = z.object({
  relationshipOverride: RelationshipStageSchema.nullable().optional(),
  projectStageOverride: ProjectStageSchema.nullable().optional(),
  originOverride: ProjectOriginSchema.nullable().optional(),
});
