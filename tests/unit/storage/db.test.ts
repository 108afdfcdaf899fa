import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { mailboxRange, openAccordDb, withRead, withWrite } from '../../../lib/storage/db';
import { freshDb } from './fixtures';

describe('openAccordDb', () => {
  it('refuses clearly where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulate an environment without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openAccordDb()).rejects.toThrow(/IndexedDB is not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('uses the factory it is given: two factories are two separate worlds', async () => {
    const a = await openAccordDb({ name: 'same', indexedDB: new IDBFactory() });
    const b = await openAccordDb({ name: 'same', indexedDB: new IDBFactory() });
    await a.put('meta', { key: 'k', value: 1 });
    expect(await b.get('meta', 'k')).toBeUndefined();
    a.close();
    b.close();
  });
});

describe('mailbox key ranges', () => {
  it('cover exactly one mailbox, whatever the ids around it', async () => {
    const { db } = await freshDb();
    const ids = ['a@b.com', 'a@b.co', 'a@b.com.cn', 'a@b.comx', 'a@b.cn', 'A@b.com'];
    for (const m of ids) await db.put('edits', { mailboxId: m, id: 'x', at: '', action: 'settings.update', target: { store: 's', key: 'k' }, before: null, after: null });
    await db.put('edits', { mailboxId: 'a@b.com', id: '\uffff', at: '', action: 'settings.update', target: { store: 's', key: 'k' }, before: null, after: null });
    const got = await db.getAll('edits', mailboxRange('a@b.com'));
    expect(got.map((e) => [e.mailboxId, e.id])).toEqual([['a@b.com', 'x'], ['a@b.com', '\uffff']]);
  });
});

describe('transactions', () => {
  it('withWrite commits everything or, on any error, nothing', async () => {
    const { db } = await freshDb();
    await withWrite(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: 'a', value: 1 });
      await tx.objectStore('meta').put({ key: 'b', value: 2 });
    });
    await expect(withWrite(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: 'c', value: 3 });
      throw new Error('midway');
    })).rejects.toThrow('midway');
    // A failing request (duplicate key with add) aborts the whole transaction too.
    await expect(withWrite(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: 'd', value: 4 });
      await tx.objectStore('meta').add({ key: 'a', value: 9 });
    })).rejects.toThrow();
    expect((await db.getAll('meta')).map((m) => m.key)).toEqual(['a', 'b']);
    expect(await withRead(db, ['meta'], async (tx) => tx.objectStore('meta').count())).toBe(2);
  });
});
