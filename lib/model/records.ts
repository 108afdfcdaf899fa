// Stored records and the account view: the shapes shared by storage, the account model,
// the playbook, the protocol and the views. Every record carries its mailbox id.
import { z } from 'zod';
import { CommitteeRoleSchema, CommitmentKindSchema, CommitmentOwnerSchema, SignalKindSchema } from './extraction';
import { EmailAddressSchema } from './email';

export const RELATIONSHIP_STAGES = ['prospect', 'vendor', 'preferred-supplier', 'partner', 'strategic-alliance'] as const;
export const RelationshipStageSchema = z.enum(RELATIONSHIP_STAGES);
export type RelationshipStage = z.infer<typeof RelationshipStageSchema>;

export const PROJECT_STAGES = ['need', 'initiation', 'evaluation', 'proposal', 'negotiation', 'contract', 'delivery', 'expansion'] as const;
export const ProjectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof ProjectStageSchema>;

export const ProjectOriginSchema = z.enum(['proactive', 'tender', 'unknown']);
export type ProjectOrigin = z.infer<typeof ProjectOriginSchema>;

/** A pointer to the message and clause that prove an inference. */
export const EvidenceSchema = z.object({
  messageId: z.string(),
  quote: z.string(),
  /** ISO date-time of the message. */
  at: z.string().nullable(),
  subject: z.string().optional(),
  /** Webmail URL of the message, when known (render only http/https). */
  url: z.string().nullable().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A value seen in a message: kept with where and when, newest first. */
export const SeenSchema = z.object({ value: z.string(), messageId: z.string(), at: z.string().nullable() });
export type Seen = z.infer<typeof SeenSchema>;

export const MailboxRecordSchema = z.object({
  id: z.string(), // the mailbox address, lower-cased
  address: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
});
export type MailboxRecord = z.infer<typeof MailboxRecordSchema>;

export const OrganisationRecordSchema = z.object({
  mailboxId: z.string(),
  /** Registrable domain (e.g. example.co.uk), or 'user:<slug>' for a user-made organisation. */
  id: z.string(),
  domains: z.array(z.string()),
  name: z.string(),
  nameSource: z.enum(['inferred', 'user']),
  /** User overrides: always win over inference. */
  relationshipOverride: RelationshipStageSchema.nullable(),
  projectStageOverride: ProjectStageSchema.nullable(),
  originOverride: ProjectOriginSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationRecord = z.infer<typeof OrganisationRecordSchema>;

export const ContactRecordSchema = z.object({
  mailboxId: z.string(),
  email: z.string(),
  /** Organisation id, or null for free-mail people not filed by the user, and for our own team. */
  orgId: z.string().nullable(),
  /** True when the address belongs to the mailbox's own organisation ("our team"). */
  internal: z.boolean(),
  name: z.string(),
  names: z.array(SeenSchema),
  title: z.string().nullable(),
  titles: z.array(SeenSchema),
  company: z.string().nullable(),
  phones: z.array(z.string()),
  person: z.boolean(),
  /** Inferred committee role with its evidence. */
  role: CommitteeRoleSchema.nullable(),
  roleEvidence: z.string().nullable(),
  /** Set by the user; wins over `role`. */
  roleOverride: CommitteeRoleSchema.nullable(),
  /** Suggested until the user captures it (or auto-capture is on). */
  captured: z.boolean(),
  capturedAt: z.string().nullable(),
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** Messages this contact sent to us / received from us. */
  messagesFrom: z.number().int(),
  messagesTo: z.number().int(),
  /** Fields the user edited (name, title, phones...): never overwritten by extraction. */
  userEdited: z.array(z.string()),
});
export type ContactRecord = z.infer<typeof ContactRecordSchema>;

/**
 * 'lapsed': already long past when Accord first read it (imported history, an old email opened
 * again): kept as history, never counted overdue; the user can reopen it.
 */
export const CommitmentStatusSchema = z.enum(['open', 'done', 'dismissed', 'lapsed']);
export type CommitmentStatus = z.infer<typeof CommitmentStatusSchema>;

export const CommitmentRecordSchema = z.object({
  mailboxId: z.string(),
  /** `${messageId}#${index}` for extracted ones, `user:<uuid>` for ones the user added. */
  id: z.string(),
  messageId: z.string(),
  orgId: z.string().nullable(),
  kind: CommitmentKindSchema,
  owner: CommitmentOwnerSchema,
  /** 'ours': our side owes it; 'theirs': the customer owes it. */
  side: z.enum(['ours', 'theirs']),
  /** Who owes it (address when known) and to whom. */
  ownerEmail: z.string().nullable(),
  ownerName: z.string().nullable(),
  counterpartEmail: z.string().nullable(),
  text: z.string(),
  due: z.string().nullable(),
  dueText: z.string().nullable(),
  status: CommitmentStatusSchema,
  snoozedUntil: z.string().nullable(),
  confidence: z.number(),
  /** ISO date-time of the message that made it. */
  madeAt: z.string().nullable(),
  subject: z.string(),
  /** A later message that seems to deliver it; the user confirms. */
  deliveredBy: z.object({ messageId: z.string(), quote: z.string(), at: z.string().nullable() }).nullable(),
  userEdited: z.array(z.string()),
  updatedAt: z.string(),
});
export type CommitmentRecord = z.infer<typeof CommitmentRecordSchema>;

export const MessageRecordSchema = z.object({
  mailboxId: z.string(),
  messageId: z.string(),
  threadId: z.string().nullable(),
  orgIds: z.array(z.string()),
  subject: z.string(),
  sentAt: z.string().nullable(),
  from: EmailAddressSchema.nullable(),
  to: z.array(EmailAddressSchema),
  cc: z.array(EmailAddressSchema),
  /** in: from a customer to us; out: from us to a customer; internal: our team only. */
  direction: z.enum(['in', 'out', 'internal']),
  language: z.string(),
  source: z.string(),
  lowConfidence: z.boolean(),
  ingestedAt: z.string(),
  /** Webmail URL where the message was read, when known. */
  url: z.string().nullable().optional(),
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

export const SignalRecordSchema = z.object({
  mailboxId: z.string(),
  id: z.string(), // `${messageId}#${kind}#${index}`
  orgId: z.string().nullable(),
  messageId: z.string(),
  kind: SignalKindSchema,
  evidence: z.string(),
  confidence: z.number(),
  at: z.string().nullable(),
  /** Who wrote the message: 'us' or 'them'. */
  by: z.enum(['us', 'them']),
});
export type SignalRecord = z.infer<typeof SignalRecordSchema>;

/** Everything the intelligence layer and the views need about one account. */
export interface AccountView {
  mailboxId: string;
  org: OrganisationRecord;
  contacts: ContactRecord[];
  /** Our own team members seen on this account's threads. */
  team: ContactRecord[];
  commitments: CommitmentRecord[];
  messages: MessageRecord[];
  signals: SignalRecord[];
}

export type Localized = { en: string; zh: string };

export interface StageInference<T> {
  value: T;
  source: 'inferred' | 'user';
  /** What inference would say when the user overrode it. */
  inferred: T;
  evidence: Evidence[];
}

export interface CommitteeSlot {
  role: z.infer<typeof CommitteeRoleSchema>;
  contacts: { email: string; name: string; source: 'inferred' | 'user'; evidence: string | null }[];
}

export interface NextMove {
  /** Rule id, e.g. 'our-promise-overdue'. */
  rule: string;
  /** Higher first. */
  priority: number;
  title: Localized;
  reason: Localized;
  action: Localized;
  evidence: Evidence[];
}

export interface AccountInsight {
  relationship: StageInference<RelationshipStage>;
  project: StageInference<ProjectStage | null>;
  origin: StageInference<ProjectOrigin>;
  committee: CommitteeSlot[];
  /** Named gaps, e.g. "no contact with a decision-maker". */
  gaps: { id: string; text: Localized }[];
  nextMoves: NextMove[];
}

/** A stage or role change of an account, inferred or made by the user (newest first in views). */
export const HistoryEntrySchema = z.object({
  /** What changed: an organisation (id) or a contact (email). */
  target: z.object({ type: z.enum(['organisation', 'contact']), key: z.string() }),
  field: z.enum(['role', 'relationship', 'projectStage', 'origin']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  source: z.enum(['inferred', 'user']),
  /** ISO date-time of the change (the message date for inferred ones). */
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the side panel and popup show for the email open in the webmail tab. */
export interface CurrentView {
  mailbox: string | null;
  site: string | null;
  /** Adapter health for the tab: failed selector names, and whether the generic reader took over. */
  health: { ok: boolean; failed: string[]; fallback: boolean } | null;
  lowConfidence: boolean;
  openMessageIds: string[];
  /** The customer account of the open email, or null (nothing open, internal or free-mail only). */
  account: AccountView | null;
  insight: AccountInsight | null;
  /** Stage and role changes of the account, newest first. */
  history?: HistoryEntry[];
  /** People on the open email who belong to no organisation (free-mail), for filing. */
  unfiled: ContactRecord[];
  /** Overdue commitments in this mailbox across all accounts. */
  overdue: CommitmentRecord[];
  /** Today's date (ISO) as the background computed overdue against. */
  today: string;
}

export interface AccountSummary {
  orgId: string;
  name: string;
  domains: string[];
  contacts: number;
  open: number;
  overdue: number;
  lastContactAt: string | null;
}
