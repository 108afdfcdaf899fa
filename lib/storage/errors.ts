// Named storage errors: callers show a clear message; nothing already stored is lost.

/** The browser refused to store more (QuotaExceededError). The transaction was aborted whole. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super('Browser storage is full: nothing was written. Free space (export and delete an old mailbox) and try again.', options);
  }
}

/** A record an edit refers to does not exist in this mailbox. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(what: string, key: string) {
    super(`${what} not found: ${key}`);
  }
}

/** A user edit that cannot be applied (e.g. merging an organisation into itself). */
export class InvalidEditError extends Error {
  override name = 'InvalidEditError';
}

/** A backup file that cannot be imported; nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const name = (e as { name?: unknown }).name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const cause = (e as { cause?: unknown }).cause;
  return cause !== undefined && cause !== e && isQuotaError(cause);
}
