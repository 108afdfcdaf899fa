import { describe, expect, it, vi } from 'vitest';
import { startContentRuntime } from '../../../lib/content/runtime';
import { SelectorError, type WebmailAdapter } from '../../../lib/adapters/types';
import type { EmailSnapshot } from '../../../lib/model/email';
import type { ContentMessage } from '../../../lib/protocol/messages';

function snap(id: string, text: string, headers: Record<string, string> = {}): EmailSnapshot {
  return {
    messageId: id, threadId: 't', subject: 's', from: { name: 'Li', email: 'li@customer.com' }, replyTo: [], to: [], cc: [],
    date: '2026-11-20T09:00:00+08:00', text, quotedText: null, signatureText: null, headers, source: 'test', lowConfidence: false,
  };
}
const doc = {} as Document;

function adapter(read: () => EmailSnapshot[], site = 'site'): WebmailAdapter {
  return { site, matches: [], detect: () => true, mailbox: () => 'me@vendor.com', read, observe: () => () => {} };
}

function setup(a: WebmailAdapter, fallback: WebmailAdapter | null = null) {
  const sent: ContentMessage[] = [];
  const send = vi.fn(async (m: ContentMessage) => {
    sent.push(m);
    return { ok: true, data: null };
  });
  const rt = startContentRuntime({ doc, adapter: a, fallback, send, debounceMs: 100_000 });
  return { rt, sent };
}

describe('content runtime', () => {
  it('sends each open message once, then only the view when nothing changed', async () => {
    const { rt, sent } = setup(adapter(() => [snap('a', 'one'), snap('b', 'two')]));
    await rt.runNow();
    await rt.runNow();
    rt.stop();
    const ingests = sent.filter((m) => m.type === 'ingest');
    expect(ingests).toHaveLength(1);
    expect(ingests[0]!.type === 'ingest' && ingests[0]!.snapshots.map((x) => x.messageId)).toEqual(['a', 'b']);
    expect(sent.filter((m) => m.type === 'view')).toHaveLength(1);
  });

  it('sends a message again only when its text grew (a longer reading of the same message)', async () => {
    let text = 'one';
    const { rt, sent } = setup(adapter(() => [snap('a', text)]));
    await rt.runNow();
    await rt.runNow();
    text = 'one, and the rest once the page finished loading';
    await rt.runNow();
    rt.stop();
    const ingests = sent.flatMap((m) => (m.type === 'ingest' ? [m.snapshots.map((x) => x.text)] : []));
    expect(ingests).toEqual([['one'], ['one, and the rest once the page finished loading']]);
  });

  it('sends again when the background did not store it (not ok)', async () => {
    const sent: ContentMessage[] = [];
    let ok = false;
    const rt = startContentRuntime({
      doc, adapter: adapter(() => [snap('a', 'one')]), fallback: null, debounceMs: 100_000,
      send: async (m) => { sent.push(m); return { ok, data: null }; },
    });
    await rt.runNow();
    ok = true;
    await rt.runNow();
    await rt.runNow();
    rt.stop();
    expect(sent.filter((m) => m.type === 'ingest')).toHaveLength(2);
  });

  it('does not store a collapsed preview, and stores the message once it is expanded', async () => {
    let collapsed = true;
    const { rt, sent } = setup(adapter(() => [snap('a', collapsed ? 'preview…' : 'the whole message', collapsed ? { 'x-accord-view': 'collapsed' } : {})]));
    await rt.runNow();
    expect(sent.filter((m) => m.type === 'ingest')).toHaveLength(0);
    expect(sent.find((m) => m.type === 'view')).toMatchObject({ openMessageIds: ['a'] });
    collapsed = false;
    await rt.runNow();
    rt.stop();
    const ingest = sent.find((m) => m.type === 'ingest');
    expect(ingest?.type === 'ingest' && ingest.snapshots[0]!.text).toBe('the whole message');
  });

  it('reports a failing selector by name and reads the page with the fallback', async () => {
    const broken = adapter(() => {
      throw new SelectorError('site', 'body');
    });
    const generic = adapter(() => [snap('g', 'generic text', {})], 'generic');
    const { rt, sent } = setup(broken, generic);
    await rt.runNow();
    rt.stop();
    expect(sent.find((m) => m.type === 'adapter-health')).toEqual({ type: 'adapter-health', site: 'site', ok: false, failed: ['body'], fallback: true });
    const ingest = sent.find((m) => m.type === 'ingest');
    expect(ingest).toMatchObject({ site: 'generic' });
  });
});
