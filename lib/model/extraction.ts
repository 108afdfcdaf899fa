import { z } from 'zod';
import { EmailAddressSchema } from './email';

export const COMMITTEE_ROLES = ['user', 'technical', 'purchaser', 'decision-maker', 'evaluator', 'coach'] as const;
export const CommitteeRoleSchema = z.enum(COMMITTEE_ROLES);
export type CommitteeRole = z.infer<typeof CommitteeRoleSchema>;

export const RoleHintSchema = z.object({
  role: CommitteeRoleSchema,
  /** The words that produced the hint (e.g. the title "采购经理"). */
  evidence: z.string(),
});
export type RoleHint = z.infer<typeof RoleHintSchema>;

export const ContactMentionSchema = z.object({
  email: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  phones: z.array(z.string()),
  /** false for mailing lists, role and robot addresses. */
  person: z.boolean(),
  /** Which header(s) named this address. */
  headers: z.array(z.enum(['from', 'to', 'cc', 'reply-to'])),
  roleHint: RoleHintSchema.nullable(),
});
export type ContactMention = z.infer<typeof ContactMentionSchema>;

export const CommitmentKindSchema = z.enum(['promise', 'request']);
export const CommitmentOwnerSchema = z.enum(['sender', 'recipient', 'third-party']);

export const CommitmentMentionSchema = z.object({
  kind: CommitmentKindSchema,
  owner: CommitmentOwnerSchema,
  /** Name of the third party when owner is 'third-party'. */
  ownerName: z.string().nullable().optional(),
  /** The clause, copied exactly from the message's new text. */
  text: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dueText: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});
export type CommitmentMention = z.infer<typeof CommitmentMentionSchema>;

export const SIGNAL_KINDS = [
  'tender', 'quote', 'pilot', 'contract', 'purchase-order', 'invoice', 'acceptance', 'renewal',
  'maintenance', 'upgrade', 'competitor', 'price-pressure', 'qualification', 'executive',
  'delivery', 'requirements', 'meeting',
] as const;
export const SignalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof SignalKindSchema>;

export const SignalSchema = z.object({
  kind: SignalKindSchema,
  /** The clause that shows it, copied from the new text or subject. */
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Signal = z.infer<typeof SignalSchema>;

export const LanguageSchema = z.string(); // 'en' | 'zh-Hans' | 'zh-Hant' | other BCP 47

export const ExtractionSchema = z.object({
  messageId: z.string(),
  threadId: z.string().nullable(),
  subject: z.string(),
  sentAt: z.string().nullable(),
  language: LanguageSchema,
  from: EmailAddressSchema.nullable(),
  to: z.array(EmailAddressSchema),
  cc: z.array(EmailAddressSchema),
  /** New text without quoted history and signature (GUIDE.md "reply"). */
  reply: z.string(),
  signature: z.string().nullable(),
  contacts: z.array(ContactMentionSchema),
  commitments: z.array(CommitmentMentionSchema),
  signals: z.array(SignalSchema),
  /** True when the text came through a fallback reader. */
  lowConfidence: z.boolean(),
  source: z.string(),
  /** Where the message was read (webmail URL), when the adapter knew it. */
  url: z.string().nullable().optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
