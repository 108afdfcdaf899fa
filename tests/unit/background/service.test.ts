// The background service end to end in Node: protocol → single writer → IndexedDB (fake).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../lib/background/service';
import type { EmailSnapshot } from '../../../lib/model/email';
import type { CurrentView } from '../../../lib/model/records';
import { openAccordDb } from '../../../lib/storage/db';
import * as repo from '../../../lib/storage/repo';

const MAILBOX = 'maya.lin@northwind-analytics.com';
const tab = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', origin: 'https://mail.google.com', tab: { id: 7 } };
const page = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html', tab: { id: 9 } };

/** An opened message as the Gmail adapter reads it; the background extracts it. */
function snapshot(id: string, over: Partial<EmailSnapshot> = {}): EmailSnapshot {
  return {
    messageId: id, threadId: null, subject: 'Quote NW-Q-2611', date: '2026-11-02T09:00:00+00:00',
    from: { name: 'Daniel Reyes', email: 'daniel@alderbrook.com' }, replyTo: [], to: [{ name: 'Maya Lin', email: MAILBOX }], cc: [],
    text: 'Hi Maya,\n\nCould you send the revised quote by Friday?\n\nThanks,\nDaniel Reyes\nHead of Procurement\nAlderbrook',
    quotedText: null, signatureText: null, headers: {}, source: 'gmail', lowConfidence: false, ...over,
  };
}

function setup() {
  const db = openAccordDb({ name: `svc-${Math.random()}`, indexedDB: new IDBFactory() });
  const session = new Map<string, unknown>();
  const badges: number[] = [];
  const notices: unknown[] = [];
  const svc = createBackground({
    db, runtimeId: 'ext', extensionOrigin: 'chrome-extension://ext', manifestMatches: ['https://mail.google.com/*'],
    hasOriginPermission: async () => false,
    session: { get: async (k) => session.get(k), set: async (k, v) => void session.set(k, v) },
    activeTabId: async () => 9, broadcast: (n) => notices.push(n), setBadge: (n) => badges.push(n), today: () => '2026-11-20',
  });
  return { db, svc, badges, notices };
}

describe('background service', () => {
  it('stores an ingest from a webmail tab, shows it as the current account, and counts it on the badge', async () => {
    const { db, svc, badges, notices } = setup();
    const res = await svc.handle({ type: 'ingest', mailbox: MAILBOX, site: 'gmail', snapshots: [snapshot('<a@x>')] }, tab);
    expect(res).toEqual({ ok: true, data: ['added'] });
    await svc.handle({ type: 'view', mailbox: MAILBOX, site: 'gmail', openMessageIds: ['<a@x>'] }, tab);
    const cur = (await svc.handle({ type: 'get-current' }, page)) as { ok: true; data: CurrentView };
    expect(cur.data.account?.org.id).toBe('alderbrook.com');
    expect(cur.data.account?.commitments.map((c) => c.side)).toEqual(['ours']);
    // extracted here in the background from the page's snapshot: the ask, its due date, the signature
    expect(cur.data.account?.commitments[0]).toMatchObject({ text: 'Could you send the revised quote by Friday?', due: '2026-11-06' });
    expect(cur.data.account?.contacts.find((c) => c.email === 'daniel@alderbrook.com')).toMatchObject({ title: 'Head of Procurement' });
    expect(badges.at(-1)).toBe(1);
    expect(notices.length).toBeGreaterThan(0);
    expect((await repo.listMailboxes(await db)).map((m) => m.id)).toEqual([MAILBOX]);
  });

  it('a malformed or foreign message stores nothing', async () => {
    const { db, svc } = setup();
    const bad = { ...snapshot('<b@x>'), date: 20261102 };
    expect((await svc.handle({ type: 'ingest', mailbox: MAILBOX, site: 'gmail', snapshots: [bad] }, tab)).ok).toBe(false);
    expect((await svc.handle({ type: 'ingest', mailbox: MAILBOX, site: 'x', snapshots: [snapshot('<c@x>')] }, { ...tab, origin: 'https://evil.example', url: 'https://evil.example/' })).ok).toBe(false);
    expect((await svc.handle({ type: 'ingest', mailbox: MAILBOX, site: 'x', snapshots: [snapshot('<d@x>')] }, { ...tab, id: 'other-extension' })).ok).toBe(false);
    expect(await repo.listMailboxes(await db)).toEqual([]);
  });

  it('the context menu notes a selection as our commitment on the open account, and captures a mailto: contact', async () => {
    const { db, svc } = setup();
    await svc.handle({ type: 'ingest', mailbox: MAILBOX, site: 'gmail', snapshots: [snapshot('<a@x>')] }, tab);
    await svc.handle({ type: 'view', mailbox: MAILBOX, site: 'gmail', openMessageIds: ['<a@x>'] }, tab);
    await svc.onMenu('accord-add-commitment', '  Send the security questionnaire  ', '', 7);
    const view = await repo.getAccountView(await db, MAILBOX, 'alderbrook.com');
    expect(view?.commitments.find((c) => c.id.startsWith('user:'))).toMatchObject({ text: 'Send the security questionnaire', side: 'ours', orgId: 'alderbrook.com' });
    await svc.onMenu('accord-capture-contact', '', 'mailto:daniel@alderbrook.com', 7);
    const contacts = (await repo.getAccountView(await db, MAILBOX, 'alderbrook.com'))!.contacts;
    expect(contacts.find((c) => c.email === 'daniel@alderbrook.com')?.captured).toBe(true);
  });
});

describe('tab state right after a worker start', () => {
  it('keeps an update made while another request is loading the saved tab states', async () => {
    const session = new Map<string, unknown>();
    const slow = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const svc = createBackground({
      db: openAccordDb({ name: `svc-${Math.random()}`, indexedDB: new IDBFactory() }), runtimeId: 'ext', extensionOrigin: 'chrome-extension://ext',
      manifestMatches: ['https://mail.google.com/*'], hasOriginPermission: async () => false,
      // storage.session answers slowly, as after a worker start
      session: { get: async (k) => { const v = session.get(k); await slow(20); return v; }, set: async (k, v) => void session.set(k, v) },
      activeTabId: async () => 9, broadcast: () => {}, setBadge: () => {}, today: () => '2026-11-20',
    });
    // the tab reports its health, and a moment later the panel asks: both load the tab states
    const health = svc.handle({ type: 'adapter-health', site: 'gmail', ok: false, failed: ['body'], fallback: true }, tab);
    await slow(5);
    const first = svc.handle({ type: 'get-current' }, page);
    expect((await health).ok).toBe(true);
    await first;
    const cur = (await svc.handle({ type: 'get-current' }, page)) as { ok: true; data: CurrentView };
    expect(cur.data.health).toEqual({ ok: false, failed: ['body'], fallback: true });
  });
});
