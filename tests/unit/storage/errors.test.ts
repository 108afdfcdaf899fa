// A full disk: the browser throws QuotaExceededError. The caller gets a StorageFullError and the
// transaction aborts whole: nothing of the failed write lands, nothing stored before is lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { exportBackup, importBackup } from '../../../lib/storage/backup';
import { StorageFullError, isQuotaError } from '../../../lib/storage/errors';
import { mapStorageError, withWrite } from '../../../lib/storage/db';
import { storageSummary } from '../../../lib/storage/repo';
import { MAILBOX, NOW, enPilotRequest, freshDb, zhQuoteRequest } from './fixtures';

const proto = globalThis.IDBObjectStore.prototype;
const realPut = proto.put;

/** Make put() fail like a full disk when `when(value)` holds. */
function fillDiskWhen(when: (value: unknown) => boolean) {
  vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (when(value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.call(this, value, key);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('storage full', () => {
  it('ingest: StorageFullError, the message leaves no trace, earlier data is intact', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const before = await storageSummary(db, MAILBOX);
    const tomBefore = await db.getAll('contacts');
    // Fail on the message record: organisations and contacts were already put in the same transaction.
    fillDiskWhen((v) => (v as { messageId?: string }).messageId === zhQuoteRequest.messageId && 'direction' in (v as object));
    const err = await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/storage is full/i);
    vi.restoreAllMocks();
    expect(await storageSummary(db, MAILBOX)).toEqual(before);
    expect(await db.get('organisations', [MAILBOX, 'huaxin-med.com.cn'])).toBeUndefined();
    expect(await db.getAll('contacts')).toEqual(tomBefore);
    // Space again: the same message goes in (it was not half-recorded as a duplicate).
    expect((await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW })).status).toBe('added');
  });

  it('import: a full disk halfway leaves the mailbox as it was', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    const backup = await exportBackup(db, { now: NOW });
    const before = await storageSummary(db, MAILBOX);
    fillDiskWhen((v) => typeof v === 'object' && v !== null && 'kind' in v && 'side' in v); // a commitment
    await expect(importBackup(db, backup)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await storageSummary(db, MAILBOX)).toEqual(before);
  });

  it('a transaction that aborts with a quota error at commit maps to StorageFullError', async () => {
    const { db } = await freshDb();
    const err = await withWrite(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: 'k', value: 1 });
      throw new DOMException('quota', 'QuotaExceededError');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(await db.get('meta', 'k')).toBeUndefined();
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    const other = new Error('boom');
    expect(mapStorageError(other)).toBe(other);
  });
});
