import { describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { backupToJson, exportBackup, importBackup, parseBackup } from '../../../lib/storage/backup';
import { deleteAll, deleteMailbox, editContact, fileContact, mergeOrganisations, setCommitmentStatus, setContactRole, setOrgOverrides, updateSettings } from '../../../lib/storage/edits';
import { storageSummary } from '../../../lib/storage/repo';
import { BackupError } from '../../../lib/storage/errors';
import { ALL_STORES } from '../../../lib/storage/schema';
import type { AccordDb } from '../../../lib/storage/db';
import {
  DAVID, JONAS, MAILBOX, NOW, TOM, WANG,
  enOurPromise, enPilotRequest, extraction, freeMailNote, freshDb, internalNote, zhQuoteDelivered, zhQuoteRequest,
} from './fixtures';

const OTHER = 'jonas.weber@northwind-systems.com';

async function everything(db: AccordDb) {
  const out: Record<string, unknown[]> = {};
  for (const s of ALL_STORES) out[s] = await db.getAll(s);
  return out;
}

async function richDb() {
  const { db } = await freshDb();
  for (const x of [zhQuoteRequest, zhQuoteDelivered, enPilotRequest, enOurPromise, freeMailNote, internalNote]) await ingestExtraction(db, MAILBOX, x, { now: NOW });
  await ingestExtraction(db, MAILBOX, extraction({ messageId: '<g1@brightwater-group.com>', from: { name: 'Sam', email: 'sam@brightwater-group.com' }, to: [{ name: 'Anna', email: MAILBOX }] }), { now: NOW });
  await ingestExtraction(db, OTHER, { ...enPilotRequest, to: [JONAS] }, { now: NOW });
  await updateSettings(db, MAILBOX, { autoCapture: true, neverCaptureDomains: ['competitor.com'] }, { now: NOW });
  await editContact(db, MAILBOX, TOM.email, { title: 'Chief Procurement Officer' }, { now: NOW });
  await setContactRole(db, MAILBOX, WANG.email, 'coach', { now: NOW });
  await fileContact(db, MAILBOX, DAVID.email, 'brightwater.co.uk', { now: NOW });
  await mergeOrganisations(db, MAILBOX, 'brightwater-group.com', 'brightwater.co.uk', { now: NOW });
  await setOrgOverrides(db, MAILBOX, 'huaxin-med.com.cn', { projectStageOverride: 'proposal' }, { now: NOW });
  await setCommitmentStatus(db, MAILBOX, `${enOurPromise.messageId}#0`, 'done', { now: NOW });
  return db;
}

describe('backup', () => {
  it('round trip: export → wipe → import gives identical stores (all mailboxes)', async () => {
    const db = await richDb();
    const before = await everything(db);
    const json = backupToJson(await exportBackup(db, { now: NOW }));
    await deleteAll(db);
    expect((await everything(db)).contacts).toEqual([]);
    const r = await importBackup(db, json);
    expect(r.mailboxes.sort()).toEqual([MAILBOX, OTHER].sort());
    const after = await everything(db);
    expect(after).toEqual({ ...before, meta: [] });
    // The restored database still works: idempotence and indexes survive.
    expect((await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW })).status).toBe('duplicate');
    expect(await exportBackup(db, { now: NOW })).toEqual(JSON.parse(json));
  });

  it('one mailbox: exports only its records and restores it without touching the other', async () => {
    const db = await richDb();
    const b = await exportBackup(db, { mailboxId: MAILBOX, now: NOW });
    expect(b.mailboxes.map((m) => m.id)).toEqual([MAILBOX]);
    expect(b.contacts.every((c) => c.mailboxId === MAILBOX)).toBe(true);
    const mine = await storageSummary(db, MAILBOX);
    const other = await storageSummary(db, OTHER);
    await deleteMailbox(db, MAILBOX);
    await importBackup(db, JSON.parse(backupToJson(b)));
    expect(await storageSummary(db, MAILBOX)).toEqual(mine);
    expect(await storageSummary(db, OTHER)).toEqual(other);
  });

  it('import replaces what the mailbox holds now (records made after the backup go)', async () => {
    const db = await richDb();
    const b = await exportBackup(db, { mailboxId: MAILBOX, now: NOW });
    await ingestExtraction(db, MAILBOX, extraction({ messageId: '<late@acme-robotics.com>', from: { name: 'Lee', email: 'lee@acme-robotics.com' }, to: [] }), { now: NOW });
    await importBackup(db, b);
    expect(await db.get('messages', [MAILBOX, '<late@acme-robotics.com>'])).toBeUndefined();
    expect(await db.get('organisations', [MAILBOX, 'acme-robotics.com'])).toBeUndefined();
  });

  it('accepts a file written before delivery cues existed (schema version 2)', async () => {
    const db = await richDb();
    const b = await exportBackup(db, { mailboxId: MAILBOX, now: NOW });
    const { cues: _cues, ...older } = b;
    await deleteAll(db);
    await importBackup(db, { ...older, schemaVersion: 2 });
    expect((await storageSummary(db, MAILBOX)).messages).toBe(b.messages.length);
    expect(await db.count('cues')).toBe(0);
  });

  it('refuses a bad file with a clear error and changes nothing', async () => {
    const db = await richDb();
    const before = await everything(db);
    const good = await exportBackup(db, { now: NOW });
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [JSON.stringify({ hello: 'world' }), /not an Accord backup/],
      [{ ...good, version: 99 }, /newer Accord/],
      [{ ...good, contacts: [...good.contacts.slice(0, 3), { ...good.contacts[3], captured: 'yes' }] }, /contacts\.3\.captured/],
      [{ ...good, commitments: [{ ...good.commitments[0], status: 'maybe' }] }, /commitments\.0\.status/],
      [{ ...good, messages: [...good.messages, { ...good.messages[0], mailboxId: 'stranger@x.com' }] }, /mailbox the file does not list/],
      [{ ...good, edits: undefined }, /edits/],
    ];
    for (const [input, re] of cases) {
      const err = await importBackup(db, input).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(re);
    }
    expect(await everything(db)).toEqual(before);
  });

  it('error messages name paths, never the values in the file', () => {
    try {
      parseBackup({ format: 'accord-backup', version: 1, schemaVersion: 2, exportedAt: 'x', mailboxes: [], organisations: [],
        contacts: [{ email: 'secret.person@customer.com', name: 12 }], commitments: [], messages: [], signals: [], history: [], edits: [], settings: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BackupError);
      expect((e as Error).message).not.toContain('secret.person');
    }
  });
});
