// The one Accord database. Opened by the background worker (the only writer) and by tests
// with fake-indexeddb. Every mailbox-scoped record is keyed [mailboxId, id], so one mailbox is
// one key range.
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_VERSION, runMigrations, type UpgradeDb, type UpgradeTx } from './migrations';
import type { AccordSchema } from './schema';
import { isQuotaError, StorageFullError } from './errors';

export type AccordDb = IDBPDatabase<AccordSchema>;
export type AccordStore = StoreNames<AccordSchema>;
export type RwTx<S extends AccordStore[]> = IDBPTransaction<AccordSchema, S, 'readwrite'>;
export type RoTx<S extends AccordStore[]> = IDBPTransaction<AccordSchema, S, 'readonly' | 'readwrite'>;

export const DEFAULT_DB_NAME = 'accord';

export interface OpenOptions {
  name?: string;
  /** The IDBFactory to use (tests pass fake-indexeddb's); defaults to the global one. */
  indexedDB?: IDBFactory;
  /** Open at an older schema version (migration tests only). */
  version?: number;
}

export function openAccordDb(opts: OpenOptions = {}): Promise<AccordDb> {
  const factory = opts.indexedDB ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('IndexedDB is not available here'));
  const version = opts.version ?? DB_VERSION;
  const request = factory.open(opts.name ?? DEFAULT_DB_NAME, version);
  let migrationError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as UpgradeDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // Errors inside the versionchange transaction reject the open request (AbortError);
    // keep the cause so the caller sees what failed.
    tx.done.catch(() => undefined);
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((e: unknown) => {
      migrationError = e;
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });
  return (wrap(request) as unknown as Promise<AccordDb>).then(
    (db) => {
      // Another tab/worker wants a newer version: let it (we reopen on next use).
      db.addEventListener('versionchange', () => db.close());
      return db;
    },
    (e: unknown) => {
      throw migrationError ?? e;
    },
  );
}

/** Key range of everything a mailbox owns in a store keyed [mailboxId, ...]. */
export function mailboxRange(mailboxId: string): IDBKeyRange {
  return IDBKeyRange.bound([mailboxId], [mailboxId, []]);
}

/**
 * Run `fn` in one readwrite transaction over `stores`. Either everything `fn` wrote is committed
 * or nothing is: any error aborts the transaction. A full disk becomes StorageFullError.
 * `fn` must await only IDB requests of `tx` (anything else lets the transaction auto-commit).
 */
export async function withWrite<S extends AccordStore[], T>(
  db: AccordDb,
  stores: S,
  fn: (tx: RwTx<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  let result: T;
  try {
    result = await fn(tx);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already aborted by the failing request */
    }
    await done.catch(() => undefined);
    throw mapStorageError(e);
  }
  try {
    await done;
  } catch (e) {
    throw mapStorageError(e);
  }
  return result;
}

export async function withRead<S extends AccordStore[], T>(
  db: AccordDb,
  stores: S,
  fn: (tx: IDBPTransaction<AccordSchema, S, 'readonly'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readonly');
  const done = tx.done;
  try {
    const r = await fn(tx);
    await done;
    return r;
  } catch (e) {
    await done.catch(() => undefined);
    throw e;
  }
}

export function mapStorageError(e: unknown): unknown {
  if (isQuotaError(e)) return new StorageFullError({ cause: e });
  return e;
}
