// @vitest-environment jsdom
// Gmail adapter on DOM fixtures (RECONSTRUCTED from InboxSDK/gmail.js hooks, see the fixture NOTES.md).
process.env.TZ = 'Asia/Shanghai';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { SelectorError } from '../../../lib/adapters/types';
import { gmailAdapter } from '../../../lib/adapters/gmail/adapter';
import { genericAdapter } from '../../../lib/adapters/generic/adapter';
import { loadFixture } from './contract-fixtures';

const R = 'gmail/2026-11-reconstructed';
const read = (name: string) => {
  const f = loadFixture(`${R}/${name}`);
  return { ...f, snaps: gmailAdapter.read(f.doc).map((s) => EmailSnapshotSchema.parse(s)) };
};

describe('gmail adapter', () => {
  it('reads a single message with ids, addresses, local date with offset, signature apart', () => {
    const { snaps } = read('single.html');
    expect(snaps).toHaveLength(1);
    const s = snaps[0]!;
    expect(s.source).toBe('gmail');
    expect(s.lowConfidence).toBe(false);
    expect(s.messageId).toBe((1817001000000000001n).toString(16));
    expect(s.threadId).toBe('thread-f:1817001000000000000');
    expect(s.subject).toBe('Pilot scope for the Shenzhen warehouse');
    expect(s.from).toEqual({ name: 'Li Wei', email: 'li.wei@huaxin-logistics.example' });
    expect(s.to).toEqual([{ name: 'Jing Chen', email: 'jing.chen@accordsales.example' }]);
    expect(s.cc).toEqual([]);
    // Gmail shows local time only: the page's offset (TZ=Asia/Shanghai here) is attached.
    expect(s.date).toBe('2026-11-02T10:15:00+08:00');
    expect(s.text).toContain('Could you send the revised quote by Friday?');
    expect(s.text.split('\n')[0]).toBe('Hi Jing,');
    expect(s.text).not.toContain('Procurement Manager');
    expect(s.signatureText).toContain('Procurement Manager | Huaxin Logistics');
    expect(s.quotedText).toBeNull();
  });

  it('reads a 3-message thread in the reading-pane split, oldest first, quotes apart', () => {
    const { snaps } = read('thread-3.html');
    expect(snaps.map((s) => s.from?.email)).toEqual([
      'li.wei@huaxin-logistics.example',
      'jing.chen@accordsales.example',
      'li.wei@huaxin-logistics.example',
    ]);
    expect(snaps.map((s) => s.date)).toEqual([
      '2026-11-02T10:15:00+08:00',
      '2026-11-03T09:02:00+08:00',
      '2026-11-04T16:40:00+08:00',
    ]);
    expect(new Set(snaps.map((s) => s.messageId)).size).toBe(3);
    expect(new Set(snaps.map((s) => s.threadId))).toEqual(new Set(['thread-f:1817002000000000000']));
    // The list rows (also in role=main) are not messages.
    expect(snaps.every((s) => s.subject === 'Request for proposal: cold-chain monitoring')).toBe(true);
    const [, second, third] = snaps;
    expect(second!.text).toContain('by 12 November');
    expect(second!.text).not.toContain('400 trucks');
    expect(second!.quotedText).toContain('400 trucks');
    expect(third!.text).toContain('ISO 9001');
    expect(third!.text).not.toContain('by 12 November');
    expect(third!.quotedText).toContain('by 12 November');
    expect(second!.to.map((a) => a.email)).toEqual(['li.wei@huaxin-logistics.example', 'wang.fang@huaxin-logistics.example']);
  });

  it('reads an HTML mail: hidden preheader and styles skipped, table text kept, To/Cc/Reply-To from the details table', () => {
    const s = read('html-mail.html').snaps[0]!;
    expect(s.text).toContain('USD 4,800 by 15 November 2026');
    expect(s.text).toMatch(/Standard booth 3x3 m\s+1\s+USD 6,000/);
    expect(s.text).not.toContain('preview text');
    expect(s.text).not.toContain('font-size');
    expect(s.to).toEqual([{ name: 'Jing Chen', email: 'jing.chen@accordsales.example' }]);
    expect(s.cc.map((a) => a.email)).toEqual(['wang.fang@huaxin-logistics.example', 'zhao.min@huaxin-logistics.example']);
    expect(s.replyTo).toEqual([{ name: 'Northwind Sales Ops', email: 'sales-ops@northwind-expo.example' }]);
  });

  it('reads a Chinese mail: zh-CN date, Chinese details labels, quote and signature apart', () => {
    const s = read('chinese.html').snaps[0]!;
    expect(s.subject).toBe('回复：试点方案报价');
    expect(s.from).toEqual({ name: '李伟', email: 'li.wei@huaxin-logistics.example' });
    expect(s.date).toBe('2026-11-03T15:05:00+08:00');
    expect(s.to.map((a) => a.email)).toEqual(['jing.chen@accordsales.example']);
    expect(s.cc).toEqual([{ name: '王芳', email: 'wang.fang@huaxin-logistics.example' }]);
    expect(s.text).toContain('请贵司在11月13日（周五）前把正式报价发给我们');
    expect(s.text).not.toContain('下周三之前提供正式报价');
    expect(s.quotedText).toContain('下周三之前提供正式报价');
    expect(s.quotedText).toContain('写道');
    expect(s.signatureText).toContain('采购经理 | 华信物流');
    expect(s.text).not.toContain('采购经理');
  });

  it('keeps new text and quoted text apart when the quote sits in trimmed content', () => {
    const s = read('quoted-reply.html').snaps[0]!;
    expect(s.text).toContain('open port 8883 by Friday');
    expect(s.text).not.toContain('ship the gateway');
    expect(s.quotedText).toContain('We will ship the gateway for the pilot on Friday');
    expect(s.quotedText).toContain('wrote:');
    expect(s.quotedText).not.toContain('port 8883');
  });

  it('reads collapsed messages as marked snippets, skips hidden ones, reads the expanded one in full', () => {
    const { snaps } = read('collapsed-expanded.html');
    expect(snaps).toHaveLength(3);
    expect(snaps.map((s) => s.headers['x-accord-view'] ?? 'expanded')).toEqual(['collapsed', 'collapsed', 'expanded']);
    expect(snaps[0]!.text).toContain('monitor temperature');
    expect(snaps[0]!.date).toBe('2026-11-02T10:15:00+08:00');
    expect(snaps[1]!.from?.email).toBe('jing.chen@accordsales.example');
    expect(snaps[2]!.text).toContain('purchase order next week');
    expect(snaps[2]!.headers).toEqual({});
  });

  it('reads only the shown thread when Gmail keeps an earlier view hidden in the DOM', () => {
    const { doc, snaps } = read('cached-views.html');
    expect(doc.querySelectorAll('h2.hP')).toHaveLength(2);
    expect(snaps).toHaveLength(1);
    expect(snaps[0]!.subject).toBe('Pilot scope for the Shenzhen warehouse');
    expect(snaps[0]!.threadId).toBe('thread-f:1817001000000000000');
    expect(snaps[0]!.text).not.toContain('invoices');
  });

  it('returns [] on the inbox list (no conversation open), reconstructed and the real 2014 page', () => {
    expect(read('inbox-list.html').snaps).toEqual([]);
    const real = loadFixture('gmail/2014-12-inboxsdk/inbox-2014.html');
    expect(gmailAdapter.detect(real.doc)).toBe(true);
    expect(gmailAdapter.read(real.doc)).toEqual([]);
  });

  it('names the signed-in address from the account button, else from the title, never /u/N', () => {
    expect(gmailAdapter.mailbox(loadFixture(`${R}/single.html`).doc)).toBe('jing.chen@accordsales.example');
    // inbox-list has no account button: the title gives it.
    const list = loadFixture(`${R}/inbox-list.html`);
    expect(list.doc.querySelector('[aria-label^="Google Account"]')).toBeNull();
    expect(gmailAdapter.mailbox(list.doc)).toBe('jing.chen@accordsales.example');
    const f = loadFixture(`${R}/single.html`, 'https://mail.google.com/mail/u/3/#inbox');
    f.doc.querySelector('[aria-label^="Google Account"]')!.remove();
    f.doc.title = 'Inbox - Gmail';
    expect(gmailAdapter.mailbox(f.doc)).toBeNull();
  });

  it('throws a SelectorError naming the body selector when Gmail renames its classes; generic reads the page', () => {
    const f = loadFixture(`${R}/broken-renamed-body.html`);
    expect(gmailAdapter.detect(f.doc)).toBe(true);
    let err: unknown;
    try {
      gmailAdapter.read(f.doc);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SelectorError);
    expect((err as SelectorError).selector).toBe('body');
    expect((err as SelectorError).site).toBe('gmail');
    expect((err as Error).message).not.toContain('Shenzhen');
    const g = genericAdapter.read(f.doc).map((s) => EmailSnapshotSchema.parse(s));
    expect(g).toHaveLength(1);
    expect(g[0]!.lowConfidence).toBe(true);
    expect(g[0]!.text).toContain('Could you send the revised quote by Friday?');
    expect(g[0]!.subject).toBe('Pilot scope for the Shenzhen warehouse');
    expect(g[0]!.from?.email).toBe('li.wei@huaxin-logistics.example');
  });

  it('throws a named SelectorError when the URL names a conversation but no message row is found', () => {
    const f = loadFixture(`${R}/inbox-list.html`, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLhBqXcWtNkZrJvPsDdLmHxG');
    expect(() => gmailAdapter.read(f.doc)).toThrowError(expect.objectContaining({ name: 'SelectorError', selector: 'messageRow' }));
  });

  it('finds the sender anchor for a message id', () => {
    const { doc } = loadFixture(`${R}/thread-3.html`);
    const id = (1817002000000000002n).toString(16);
    expect(gmailAdapter.senderAnchor!(doc, id)?.getAttribute('email')).toBe('jing.chen@accordsales.example');
    expect(gmailAdapter.senderAnchor!(doc, 'nope')).toBeNull();
  });

  it('does not detect other sites', () => {
    const f = loadFixture(`${R}/single.html`, 'https://outlook.office.com/mail/inbox');
    expect(gmailAdapter.detect(f.doc)).toBe(false);
  });
});

describe('gmail observe (SPA)', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('follows a replaced role=main region and ignores changes outside it', async () => {
    const { doc } = loadFixture(`${R}/thread-3.html`);
    let calls = 0;
    const stop = gmailAdapter.observe(doc, () => calls++);
    doc.querySelector('[role="navigation"]')!.appendChild(doc.createElement('div'));
    await tick();
    expect(calls).toBe(0);
    const old = doc.querySelector('[role="main"]')!;
    const fresh = doc.createElement('div');
    fresh.setAttribute('role', 'main');
    old.replaceWith(fresh);
    await tick();
    expect(calls).toBe(1);
    fresh.appendChild(doc.createElement('div'));
    await tick();
    expect(calls).toBe(2);
    stop();
  });

  it('calls back when a collapsed message is expanded', async () => {
    const { doc } = loadFixture(`${R}/collapsed-expanded.html`);
    let calls = 0;
    const stop = gmailAdapter.observe(doc, () => calls++);
    doc.querySelector('.kv')!.setAttribute('aria-expanded', 'true');
    await tick();
    expect(calls).toBe(1);
    stop();
  });
});
