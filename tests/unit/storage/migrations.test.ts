// Every migration is tested from every older version: a database written by version v is opened
// by the current code and its data must be intact and reachable through the new schema.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openAccordDb, type AccordDb } from '../../../lib/storage/db';
import { DB_VERSION, MIGRATIONS } from '../../../lib/storage/migrations';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { getAccountView, findOrgForAddress, getSettings } from '../../../lib/storage/repo';
import type { CommitmentRecord, ContactRecord, MessageRecord, OrganisationRecord } from '../../../lib/model/records';
import { defaultSettings } from '../../../lib/storage/schema';
import { ANNA, MAILBOX, NOW, TOM, zhQuoteDelivered, zhQuoteRequest } from './fixtures';

const T = '2026-10-01T08:00:00Z';

/** Records as version 1 wrote them (its stores, no settings). */
async function writeV1(db: AccordDb): Promise<void> {
  const org: OrganisationRecord = {
    mailboxId: MAILBOX, id: 'brightwater.co.uk', domains: ['brightwater.co.uk', 'brightwater-group.com'], name: 'Brightwater Utilities plc',
    nameSource: 'inferred', relationshipOverride: 'vendor', projectStageOverride: null, originOverride: null, createdAt: T, updatedAt: T,
  };
  const contact: ContactRecord = {
    mailboxId: MAILBOX, email: TOM.email, orgId: org.id, internal: false, name: 'Tom Hughes', names: [{ value: 'Tom Hughes', messageId: '<m1@bw>', at: T }],
    title: 'Head of Procurement', titles: [], company: 'Brightwater Utilities plc', phones: [], person: true, role: 'purchaser',
    roleEvidence: 'Head of Procurement', roleOverride: 'decision-maker', captured: true, capturedAt: T, firstSeenAt: T, lastSeenAt: T,
    messagesFrom: 1, messagesTo: 0, userEdited: ['title'],
  };
  const message: MessageRecord = {
    mailboxId: MAILBOX, messageId: '<m1@bw>', threadId: 'th-1', orgIds: [org.id], subject: 'Pilot', sentAt: T,
    from: { name: 'Tom Hughes', email: TOM.email }, to: [ANNA], cc: [], direction: 'in', language: 'en', source: 'gmail',
    lowConfidence: false, ingestedAt: T,
  };
  const c: CommitmentRecord = {
    mailboxId: MAILBOX, id: '<m1@bw>#0', messageId: '<m1@bw>', orgId: org.id, kind: 'promise', owner: 'sender', side: 'theirs',
    ownerEmail: TOM.email, ownerName: 'Tom Hughes', counterpartEmail: MAILBOX, text: 'I will send the site survey on Friday',
    due: '2026-10-03', dueText: 'on Friday', status: 'open', snoozedUntil: null, confidence: 0.9, madeAt: T, subject: 'Pilot',
    deliveredBy: null, userEdited: [], updatedAt: T,
  };
  await db.put('mailboxes', { id: MAILBOX, address: MAILBOX, createdAt: T, lastSeenAt: T });
  await db.put('organisations', org);
  await db.put('contacts', contact);
  await db.put('messages', message);
  await db.put('commitments', c);
}

/** Version 2 added settings: a mailbox whose user turned auto-capture on. */
async function writeV2(db: AccordDb): Promise<void> {
  await writeV1(db);
  await db.put('settings', { ...defaultSettings(MAILBOX), autoCapture: true, neverCaptureDomains: ['competitor.com'] });
}

/** One writer per older version (add one when you add a migration), and the settings it leaves. */
const WRITERS: Record<number, { write: (db: AccordDb) => Promise<void>; autoCapture: boolean }> = {
  1: { write: writeV1, autoCapture: false },
  2: { write: writeV2, autoCapture: true },
};

describe('migrations', () => {
  it('are numbered 1..N with a writer for every version before the current one', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    for (let v = 1; v < DB_VERSION; v++) expect(WRITERS[v]?.write, `writer for v${v}`).toBeTypeOf('function');
  });

  it('a fresh database gets the current version with every store', async () => {
    const db = await openAccordDb({ name: 'fresh', indexedDB: new IDBFactory() });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['commitments', 'contacts', 'cues', 'edits', 'history', 'mailboxes', 'messages', 'meta', 'organisations', 'settings', 'signals'],
    );
    db.close();
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`opens a database written by version ${from}: data intact and reachable by the new indexes`, async () => {
      const factory = new IDBFactory();
      const old = await openAccordDb({ name: 'm', indexedDB: factory, version: from });
      expect(old.version).toBe(from);
      await WRITERS[from]!.write(old);
      old.close();

      const db = await openAccordDb({ name: 'm', indexedDB: factory });
      expect(db.version).toBe(DB_VERSION);
      // v2: settings for every existing mailbox (defaults when v1 wrote it; kept when v2 did).
      expect(await getSettings(db, MAILBOX)).toMatchObject({ autoCapture: WRITERS[from]!.autoCapture, neverCaptureFreeMail: true, neverCaptureInternal: true });
      expect(await db.count('settings')).toBe(1);
      // v2: organisation by any of its domains, messages by organisation, commitments by owner/message, by thread.
      expect((await findOrgForAddress(db, MAILBOX, 'sam@brightwater-group.com'))?.id).toBe('brightwater.co.uk');
      const view = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
      expect(view?.messages.map((m) => m.messageId)).toEqual(['<m1@bw>']);
      expect(view?.contacts[0]).toMatchObject({ roleOverride: 'decision-maker', title: 'Head of Procurement', userEdited: ['title'] });
      expect(await db.getAllFromIndex('commitments', 'byOwner', [MAILBOX, TOM.email])).toHaveLength(1);
      expect(await db.getAllFromIndex('messages', 'byThread', [MAILBOX, 'th-1'])).toHaveLength(1);
      expect(view?.org.relationshipOverride).toBe('vendor');
      // And the current code works on it.
      expect((await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW })).status).toBe('added');
      expect((await ingestExtraction(db, MAILBOX, zhQuoteDelivered, { now: NOW })).status).toBe('added');
      expect((await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#0`]))?.deliveredBy).not.toBeNull();
      // v3: delivery cues are stored.
      expect(await db.count('cues')).toBe(1);
      db.close();
    });
  }

  it('a failing upgrade leaves the database at its old version with its data', async () => {
    const factory = new IDBFactory();
    const db = await openAccordDb({ name: 'f', indexedDB: factory });
    await db.put('mailboxes', { id: MAILBOX, address: MAILBOX, createdAt: T, lastSeenAt: T });
    db.close();
    await expect(openAccordDb({ name: 'f', indexedDB: factory, version: DB_VERSION + 1 })).rejects.toThrow(/No migration to version/);
    const again = await openAccordDb({ name: 'f', indexedDB: factory });
    expect(again.version).toBe(DB_VERSION);
    expect(await again.get('mailboxes', MAILBOX)).toMatchObject({ id: MAILBOX });
    again.close();
  });
});
