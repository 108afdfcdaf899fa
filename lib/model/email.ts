// The one definition of the shapes that cross layers. zod schemas with inferred types.
// Pure: no DOM, no browser API, no storage.
import { z } from 'zod';

export const EmailAddressSchema = z.object({
  /** Display name as written in the header (may be empty). */
  name: z.string(),
  /** Address, lower-cased. Empty when a header gave a name without an address. */
  email: z.string(),
});
export type EmailAddress = z.infer<typeof EmailAddressSchema>;

/**
 * What an adapter (or the MIME reader) hands to the extractor: one message, as data.
 * `text` is the body as a reader sees it (new text + quoted history unless the page
 * separated them, in which case the quoted part is in `quotedText`).
 */
export const EmailSnapshotSchema = z.object({
  /** RFC 822 Message-ID where known (with angle brackets), else a stable synthetic id. */
  messageId: z.string().min(1),
  threadId: z.string().nullable(),
  subject: z.string(),
  from: EmailAddressSchema.nullable(),
  replyTo: z.array(EmailAddressSchema),
  to: z.array(EmailAddressSchema),
  cc: z.array(EmailAddressSchema),
  /** ISO 8601 with the sender's offset (e.g. 2021-10-01T15:52:11+08:00), or null. */
  date: z.string().nullable(),
  text: z.string(),
  /** Quoted history, when the source already separated it from the new text. */
  quotedText: z.string().nullable(),
  /** Signature, when the source already separated it. */
  signatureText: z.string().nullable(),
  /** A few headers that matter for classification (lower-cased names): list-id, precedence, auto-submitted, x-mailer... */
  headers: z.record(z.string(), z.string()),
  /** Where this snapshot came from: 'mime', 'demo', 'gmail', 'outlook', 'roundcube', 'generic'. */
  source: z.string(),
  /** True when a fallback reader produced it (lower confidence). */
  lowConfidence: z.boolean(),
  /** The webmail URL the user can reopen this message (or its thread) at; null/absent when unknown (MIME import). */
  url: z.string().nullable().optional(),
});
export type EmailSnapshot = z.infer<typeof EmailSnapshotSchema>;
