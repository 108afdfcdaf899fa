import { describe, expect, it, vi } from 'vitest';
import { createRouter, ProtocolError, type SenderFacts } from '../../../lib/protocol/router';
import type { EmailSnapshot } from '../../../lib/model/email';

const page: SenderFacts = { ownExtension: true, extensionPage: true, tabId: null, origin: 'chrome-extension://abc' };
const tab: SenderFacts = { ownExtension: true, extensionPage: false, tabId: 7, origin: 'https://mail.google.com' };

const snapshot: EmailSnapshot = {
  messageId: '<m1@example.com>', threadId: null, subject: 'Quote', from: { name: 'Li Wang', email: 'li@customer.com' },
  replyTo: [], to: [], cc: [], date: '2026-11-20T09:00:00+08:00', text: 'Hi', quotedText: null, signatureText: null,
  headers: {}, source: 'demo', lowConfidence: false,
};

function setup(allowed = true) {
  const ingest = vi.fn(async (_msg: unknown, _ctx: unknown) => ({ status: 'added' }));
  const getCurrent = vi.fn(async () => null);
  const noop = vi.fn(async () => null);
  const handle = createRouter<object>({
    content: { ingest, view: noop, 'adapter-health': noop, 'capture-contact': noop },
    page: {
      'get-current': getCurrent,
      'get-account': async () => { throw new ProtocolError('not-found', 'no such account'); }, 'list-accounts': noop, search: noop, 'list-overdue': noop,
      'list-mailboxes': noop, 'commitment-status': noop, 'commitment-snooze': noop, 'commitment-edit': noop,
      'commitment-confirm-delivery': noop, 'contact-role': noop, 'capture-contact': noop, 'org-stage': noop,
      'delete-mailbox': noop, 'delete-all': noop, 'org-rename': noop, 'org-merge': noop, 'org-split': noop,
      'contact-file': noop, 'contact-edit': noop, 'get-settings': noop, 'update-settings': noop, 'ingest-batch': noop, export: noop, 'restore-backup': noop,
      'storage-summary': noop,
    },
    isAllowedContentOrigin: (o) => allowed && o === 'https://mail.google.com',
  });
  return { handle, ingest, getCurrent };
}

describe('protocol router', () => {
  it('dispatches a valid ingest from a content script and answers with the handler result', async () => {
    const { handle, ingest } = setup();
    const res = await handle({ type: 'ingest', mailbox: 'me@vendor.com', site: 'gmail', snapshots: [snapshot] }, tab, {});
    expect(res).toEqual({ ok: true, data: { status: 'added' } });
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(ingest.mock.calls[0]![1]).toMatchObject({ tabId: 7, origin: 'https://mail.google.com' });
  });

  it.each([
    ['null', null],
    ['a string', 'ingest'],
    ['an object without type', { mailbox: 'x@y.z' }],
    ['a numeric type', { type: 3 }],
  ])('refuses %s as malformed, storing nothing', async (_label, raw) => {
    const { handle, ingest } = setup();
    const res = await handle(raw, tab, {});
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('malformed');
    expect(ingest).not.toHaveBeenCalled();
  });

  it('refuses an unknown type with its name in the error', async () => {
    const { handle } = setup();
    const res = await handle({ type: 'drop-database' }, page, {});
    expect(res).toEqual({ ok: false, error: { code: 'unknown-type', message: 'unknown message type "drop-database"' } });
  });

  it('refuses an ingest whose snapshot is malformed and says which field, without echoing content', async () => {
    const { handle, ingest } = setup();
    const secret = 'CONFIDENTIAL PRICE 1,234,567';
    const bad = { ...snapshot, text: secret, from: { name: 'next friday', email: 42 } };
    const res = await handle({ type: 'ingest', mailbox: 'me@vendor.com', site: 'gmail', snapshots: [bad] }, tab, {});
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('malformed');
      expect(res.error.message).toContain('snapshots.0.from.email');
      expect(res.error.message).not.toContain(secret);
      expect(res.error.message).not.toContain('next friday');
    }
    expect(ingest).not.toHaveBeenCalled();
  });

  it('refuses page-only requests from a content script, and content messages from pages', async () => {
    const { handle, getCurrent, ingest } = setup();
    const r1 = await handle({ type: 'get-current' }, tab, {});
    expect(r1.ok === false && r1.error.code).toBe('forbidden-sender');
    const r2 = await handle({ type: 'ingest', mailbox: 'me@vendor.com', site: 'demo', snapshots: [] }, page, {});
    expect(r2.ok === false && r2.error.code).toBe('forbidden-sender');
    expect(getCurrent).not.toHaveBeenCalled();
    expect(ingest).not.toHaveBeenCalled();
  });

  it('refuses messages from other extensions and from origins that are not enabled webmail', async () => {
    const { handle, ingest } = setup();
    const msg = { type: 'ingest', mailbox: 'me@vendor.com', site: 'gmail', snapshots: [snapshot] };
    const r1 = await handle(msg, { ...tab, ownExtension: false }, {});
    expect(r1.ok === false && r1.error.code).toBe('forbidden-sender');
    const r2 = await handle(msg, { ...tab, origin: 'https://evil.example' }, {});
    expect(r2.ok === false && r2.error.code).toBe('forbidden-sender');
    expect(ingest).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a coded error', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'get-account', mailbox: 'me@vendor.com', orgId: 'x.com' }, page, {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such account' },
    });
  });
});
