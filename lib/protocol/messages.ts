// The typed protocol between content scripts, extension pages and the background.
// Every message is validated with zod on arrival; unknown or malformed ones are refused.
import { z } from 'zod';
import { EmailSnapshotSchema } from '../model/email';
import { ExtractionSchema, CommitteeRoleSchema } from '../model/extraction';
import {
  CommitmentStatusSchema,
  ProjectOriginSchema,
  ProjectStageSchema,
  RelationshipStageSchema,
} from '../model/records';

const mailbox = z.string().min(3).max(320);
const id = z.string().min(1).max(1000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Messages a content script may send (the webmail tab). */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ingest'),
    mailbox,
    site: z.string().max(40),
    /**
     * The open message or thread as read from the page (oldest first). The background extracts
     * them: extraction costs ~150 ms of cold regex and parser work on a page's main thread.
     */
    snapshots: z.array(EmailSnapshotSchema).max(200),
  }),
  z.object({
    type: z.literal('view'),
    mailbox: mailbox.nullable(),
    site: z.string().max(40),
    /** Message ids of what the user has open now (empty: nothing open). */
    openMessageIds: z.array(id).max(200),
  }),
  z.object({
    type: z.literal('adapter-health'),
    site: z.string().max(40),
    ok: z.boolean(),
    /** Selector names only, never content. */
    failed: z.array(z.string().max(100)).max(50),
    fallback: z.boolean(),
  }),
  z.object({ type: z.literal('capture-contact'), mailbox, email: z.string().max(320) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Messages the extension's own pages (side panel, popup, options) may send. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-current') }),
  z.object({ type: z.literal('get-account'), mailbox, orgId: id }),
  z.object({ type: z.literal('list-accounts'), mailbox }),
  z.object({ type: z.literal('search'), mailbox, query: z.string().max(200) }),
  z.object({ type: z.literal('list-overdue'), mailbox: mailbox.nullable() }),
  z.object({ type: z.literal('list-mailboxes') }),
  z.object({ type: z.literal('commitment-status'), mailbox, id, status: CommitmentStatusSchema }),
  z.object({ type: z.literal('commitment-snooze'), mailbox, id, until: isoDate }),
  z.object({
    type: z.literal('commitment-edit'),
    mailbox,
    id,
    patch: z.object({
      text: z.string().min(1).max(2000).optional(),
      due: isoDate.nullable().optional(),
      owner: z.enum(['sender', 'recipient', 'third-party']).optional(),
      side: z.enum(['ours', 'theirs']).optional(),
    }),
  }),
  z.object({ type: z.literal('commitment-confirm-delivery'), mailbox, id }),
  z.object({ type: z.literal('contact-role'), mailbox, email: z.string().max(320), role: CommitteeRoleSchema.nullable() }),
  z.object({ type: z.literal('capture-contact'), mailbox, email: z.string().max(320) }),
  z.object({
    type: z.literal('org-stage'),
    mailbox,
    orgId: id,
    relationship: RelationshipStageSchema.nullable().optional(),
    project: ProjectStageSchema.nullable().optional(),
    origin: ProjectOriginSchema.nullable().optional(),
  }),
  z.object({ type: z.literal('org-rename'), mailbox, orgId: id, name: z.string().min(1).max(200) }),
  z.object({ type: z.literal('org-merge'), mailbox, fromId: id, intoId: id }),
  z.object({ type: z.literal('org-split'), mailbox, orgId: id, domain: z.string().min(1).max(253) }),
  z.object({ type: z.literal('contact-file'), mailbox, email: z.string().max(320), orgId: id.nullable() }),
  z.object({
    type: z.literal('contact-edit'),
    mailbox,
    email: z.string().max(320),
    patch: z.object({
      name: z.string().max(200).optional(),
      title: z.string().max(200).nullable().optional(),
      company: z.string().max(200).nullable().optional(),
      phones: z.array(z.string().max(60)).max(10).optional(),
    }),
  }),
  z.object({ type: z.literal('get-settings'), mailbox }),
  z.object({
    type: z.literal('update-settings'),
    mailbox,
    patch: z.object({
      autoCapture: z.boolean().optional(),
      neverCaptureFreeMail: z.boolean().optional(),
      neverCaptureInternal: z.boolean().optional(),
      teamDomains: z.array(z.string().min(3).max(253)).max(50).optional(),
    }),
  }),
  z.object({ type: z.literal('delete-mailbox'), mailbox }),
  /** Bulk import from the options page: a batch of extractions of saved mail. */
  z.object({ type: z.literal('ingest-batch'), mailbox, extractions: z.array(ExtractionSchema).max(500) }),
  z.object({ type: z.literal('export'), mailbox: mailbox.nullable(), format: z.enum(['backup', 'contacts-csv', 'contacts-vcard', 'commitments-ics']) }),
  z.object({ type: z.literal('restore-backup'), json: z.string().max(512 * 1024 * 1024) }),
  z.object({ type: z.literal('storage-summary'), mailbox }),
  z.object({ type: z.literal('delete-all') }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

export type AnyMessage = ContentMessage | PageMessage;

/** Every response: data or a clear error. */
export type Response<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden-sender' | 'not-found' | 'storage-full' | 'internal';

/** Broadcast from the background to open extension pages when stored data changed. */
export interface ChangedNotice {
  type: 'accord-changed';
  mailbox: string | null;
}
