// The message record keeps the webmail URL where it was read, so evidence can link back (issue 6).
import { describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { MAILBOX, NOW, enPilotRequest, freshDb, zhQuoteRequest } from './fixtures';

const URL_A = 'https://mail.google.com/mail/u/0/#all/FMfcgzQbgRsTvWxYzAbCdEfGhJkLmNpQ';

describe('ingest: message url', () => {
  it('stores the url an adapter gave, and none for a message without one', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, { ...enPilotRequest, url: URL_A }, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    expect((await db.get('messages', [MAILBOX, enPilotRequest.messageId]))?.url).toBe(URL_A);
    expect((await db.get('messages', [MAILBOX, zhQuoteRequest.messageId]))?.url).toBeUndefined();
  });

  it('a message imported without a url gets one when it is later read in the webmail; a known url is kept', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const again = await ingestExtraction(db, MAILBOX, { ...enPilotRequest, url: URL_A }, { now: NOW });
    expect(again.status).toBe('duplicate');
    expect((await db.get('messages', [MAILBOX, enPilotRequest.messageId]))?.url).toBe(URL_A);
    await ingestExtraction(db, MAILBOX, { ...enPilotRequest, url: 'https://example.com/other' }, { now: NOW });
    expect((await db.get('messages', [MAILBOX, enPilotRequest.messageId]))?.url).toBe(URL_A);
  });
});
