// Numbered schema migrations. MIGRATIONS[n - 1] takes a database at version n - 1 to version n.
// Each runs inside the versionchange transaction; data steps may await IDB requests only.
// Never edit a shipped migration: add the next number. Every migration has a test that opens a
// database written by each older version (tests/unit/storage/migrations.test.ts).
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { defaultSettings } from './schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema of its own
   version, not the current typed one. */
export type UpgradeDb = IDBPDatabase<any>;
export type UpgradeTx = IDBPTransaction<any, any, 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

const K = (f: string) => ['mailboxId', f];

/** v1: the stores, keyed [mailboxId, id], with mailbox and account indexes. */
const v1: Migration = (db) => {
  db.createObjectStore('mailboxes', { keyPath: 'id' });
  const orgs = db.createObjectStore('organisations', { keyPath: K('id') });
  orgs.createIndex('byMailbox', 'mailboxId');
  const contacts = db.createObjectStore('contacts', { keyPath: K('email') });
  contacts.createIndex('byMailbox', 'mailboxId');
  contacts.createIndex('byOrg', K('orgId'));
  const commitments = db.createObjectStore('commitments', { keyPath: K('id') });
  commitments.createIndex('byMailbox', 'mailboxId');
  commitments.createIndex('byOrg', K('orgId'));
  commitments.createIndex('byDue', K('due'));
  const messages = db.createObjectStore('messages', { keyPath: K('messageId') });
  messages.createIndex('byMailbox', 'mailboxId');
  const signals = db.createObjectStore('signals', { keyPath: K('id') });
  signals.createIndex('byMailbox', 'mailboxId');
  signals.createIndex('byOrg', K('orgId'));
  const history = db.createObjectStore('history', { keyPath: K('id') });
  history.createIndex('byMailbox', 'mailboxId');
  history.createIndex('byOrg', K('orgId'));
  const edits = db.createObjectStore('edits', { keyPath: K('id') });
  edits.createIndex('byMailbox', 'mailboxId');
  db.createObjectStore('meta', { keyPath: 'key' });
};

/**
 * v2: cross-reference indexes needed by merge/split (organisation by any of its domains,
 * messages by any of their organisations), delivery detection (commitments by owner, by
 * message; messages by thread), and the per-mailbox settings store, with default settings
 * written for every mailbox that already exists.
 */
const v2: Migration = async (db, tx) => {
  tx.objectStore('organisations').createIndex('byDomain', 'domains', { multiEntry: true });
  const messages = tx.objectStore('messages');
  messages.createIndex('byOrgId', 'orgIds', { multiEntry: true });
  messages.createIndex('byThread', K('threadId'));
  const commitments = tx.objectStore('commitments');
  commitments.createIndex('byMessage', K('messageId'));
  commitments.createIndex('byOwner', K('ownerEmail'));
  tx.objectStore('signals').createIndex('byMessage', K('messageId'));
  db.createObjectStore('settings', { keyPath: K('id') });
  const mailboxes = (await tx.objectStore('mailboxes').getAll()) as { id: string }[];
  const settings = tx.objectStore('settings');
  for (const m of mailboxes) await settings.put(defaultSettings(m.id));
};

/**
 * v3: delivery cues, so a delivery read before the commitment it delivers still gets proposed.
 * Older messages have no stored text to derive cues from: the store starts empty.
 */
const v3: Migration = (db) => {
  const cues = db.createObjectStore('cues', { keyPath: K('messageId') });
  cues.createIndex('byThread', K('threadId'));
  cues.createIndex('bySender', K('from'));
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];
export const DB_VERSION = MIGRATIONS.length;

/** Run migrations oldVersion+1 .. newVersion in order. */
export async function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const m = MIGRATIONS[v - 1];
    if (!m) throw new Error(`No migration to version ${v}`);
    await m(db, tx);
  }
}
