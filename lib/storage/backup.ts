// JSON backup of a mailbox (or every mailbox) and a restore that brings it back exactly.
// A file is validated in full (zod, with the record schemas of lib/model/records.ts) before
// anything is written; the restore is one transaction, so a bad file changes nothing.
import { z } from 'zod';
import {
  CommitmentRecordSchema,
  ContactRecordSchema,
  MailboxRecordSchema,
  MessageRecordSchema,
  OrganisationRecordSchema,
  SignalRecordSchema,
} from '../model/records';
import { normaliseEmail } from '../account/organisations';
import { mailboxRange, withRead, withWrite, type AccordDb } from './db';
import { BackupError } from './errors';
import { DB_VERSION } from './migrations';
import { DeliveryCueRecordSchema, EditRecordSchema, HistoryRecordSchema, MAILBOX_STORES, SettingsRecordSchema } from './schema';

export const BACKUP_FORMAT = 'accord-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** Database schema version that wrote it (informational; records are validated regardless). */
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  mailboxes: z.array(MailboxRecordSchema),
  organisations: z.array(OrganisationRecordSchema),
  contacts: z.array(ContactRecordSchema),
  commitments: z.array(CommitmentRecordSchema),
  messages: z.array(MessageRecordSchema),
  signals: z.array(SignalRecordSchema),
  history: z.array(HistoryRecordSchema),
  edits: z.array(EditRecordSchema),
  settings: z.array(SettingsRecordSchema),
  /** Absent in files written before schema version 3. */
  cues: z.array(DeliveryCueRecordSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Everything one mailbox (or, without mailboxId, every mailbox) holds. */
export async function exportBackup(db: AccordDb, opts: { mailboxId?: string; now?: Date } = {}): Promise<Backup> {
  const mb = opts.mailboxId === undefined ? null : normaliseEmail(opts.mailboxId);
  return withRead(db, ['mailboxes', ...MAILBOX_STORES], async (tx) => {
    const range = mb === null ? undefined : mailboxRange(mb);
    const mailboxes = mb === null ? await tx.objectStore('mailboxes').getAll() : [await tx.objectStore('mailboxes').get(mb)].filter((m) => m !== undefined);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: DB_VERSION,
      exportedAt: (opts.now ?? new Date()).toISOString(),
      mailboxes,
      organisations: await tx.objectStore('organisations').getAll(range),
      contacts: await tx.objectStore('contacts').getAll(range),
      commitments: await tx.objectStore('commitments').getAll(range),
      messages: await tx.objectStore('messages').getAll(range),
      signals: await tx.objectStore('signals').getAll(range),
      history: await tx.objectStore('history').getAll(range),
      edits: await tx.objectStore('edits').getAll(range),
      settings: await tx.objectStore('settings').getAll(range),
      cues: await tx.objectStore('cues').getAll(range),
    } satisfies Backup;
  });
}

export function backupToJson(b: Backup): string {
  return JSON.stringify(b, null, 1);
}

function describeIssues(error: z.ZodError): string {
  // Paths only, never values: a backup holds email content.
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Parse and check a backup; throws BackupError with what is wrong (never with the file's content). */
export function parseBackup(input: string | unknown): Backup {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new BackupError('This file is not an Accord backup: it is not valid JSON.');
    }
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not an Accord backup.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError(`This backup was made by a newer Accord (backup version ${version}); update Accord to import it.`);
  }
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) throw new BackupError(`This backup is damaged and was not imported: ${describeIssues(parsed.error)}.`);
  const b = parsed.data;
  const known = new Set(b.mailboxes.map((m) => m.id));
  for (const store of MAILBOX_STORES) {
    for (const [i, r] of (b[store] as { mailboxId: string }[]).entries()) {
      if (!known.has(r.mailboxId)) throw new BackupError(`This backup is damaged and was not imported: ${store}.${i} belongs to a mailbox the file does not list.`);
    }
  }
  return b;
}

export interface ImportResult {
  mailboxes: string[];
  records: number;
}

/**
 * Restore a backup. Each mailbox in the file is replaced by its content in the file (what the
 * mailbox held before is removed first), other mailboxes are untouched. All or nothing.
 */
export async function importBackup(db: AccordDb, input: string | unknown): Promise<ImportResult> {
  const b = parseBackup(input);
  let records = 0;
  await withWrite(db, ['mailboxes', ...MAILBOX_STORES], async (tx) => {
    for (const m of b.mailboxes) {
      for (const s of MAILBOX_STORES) await tx.objectStore(s).delete(mailboxRange(m.id));
      await tx.objectStore('mailboxes').put(m);
      records++;
    }
    for (const r of b.organisations) await tx.objectStore('organisations').put(r);
    for (const r of b.contacts) await tx.objectStore('contacts').put(r);
    for (const r of b.commitments) await tx.objectStore('commitments').put(r);
    for (const r of b.messages) await tx.objectStore('messages').put(r);
    for (const r of b.signals) await tx.objectStore('signals').put(r);
    for (const r of b.history) await tx.objectStore('history').put(r);
    for (const r of b.edits) await tx.objectStore('edits').put(r);
    for (const r of b.settings) await tx.objectStore('settings').put(r);
    for (const r of b.cues) await tx.objectStore('cues').put(r);
    for (const s of MAILBOX_STORES) records += b[s].length;
  });
  return { mailboxes: b.mailboxes.map((m) => m.id), records };
}
