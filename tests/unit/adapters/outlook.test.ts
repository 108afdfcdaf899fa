// @vitest-environment jsdom
// Outlook on the web adapter on DOM fixtures (RECONSTRUCTED, see the fixture NOTES.md).
process.env.TZ = 'America/New_York';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { SelectorError } from '../../../lib/adapters/types';
import { outlookAdapter, outlookIdFromUrl } from '../../../lib/adapters/outlook/adapter';
import { genericAdapter } from '../../../lib/adapters/generic/adapter';
import { loadFixture } from './contract-fixtures';

const R = 'outlook/2026-11-reconstructed';
const CONV = 'AAQkADk0ZjU2YTJlLTFhYjItNDdkOC05ZmM3LWE1ZTcxYjNhNDg0NQAQAEzs7Y8o3ktIu8b0tq9/x2Q=';
const read = (name: string) => {
  const f = loadFixture(`${R}/${name}`);
  return { ...f, snaps: outlookAdapter.read(f.doc).map((s) => EmailSnapshotSchema.parse(s)) };
};

describe('outlook adapter', () => {
  it('reads a single message: persona address, recipients, local date with the page offset, signature apart', () => {
    const { snaps } = read('single.html');
    expect(snaps).toHaveLength(1);
    const s = snaps[0]!;
    expect(s.source).toBe('outlook');
    expect(s.lowConfidence).toBe(false);
    expect(s.threadId).toBe(CONV);
    expect(s.messageId).toMatch(/^outlook-synth:[0-9a-f]{16}$/);
    expect(s.subject).toBe('Pilot scope for the Shenzhen warehouse');
    expect(s.from).toEqual({ name: 'Li Wei', email: 'li.wei@huaxin-logistics.example' });
    expect(s.to).toEqual([{ name: 'Jing Chen', email: 'jing.chen@accordsales.example' }]);
    // 2 Nov 2026 is after the US DST change: New York is at -05:00.
    expect(s.date).toBe('2026-11-02T10:15:00-05:00');
    expect(s.text).toContain('Could you send the revised quote by Friday?');
    expect(s.text).not.toContain('Procurement Manager');
    expect(s.signatureText).toContain('Procurement Manager | Huaxin Logistics');
    expect(s.quotedText).toBeNull();
  });

  it('gives the same synthetic ids on a second read (idempotent ingestion)', () => {
    expect(read('thread-3.html').snaps.map((s) => s.messageId)).toEqual(read('thread-3.html').snaps.map((s) => s.messageId));
  });

  it('returns a newest-on-top conversation oldest first, each reply apart from its quoted history', () => {
    const { snaps } = read('thread-3.html');
    expect(snaps).toHaveLength(3);
    expect(snaps.map((s) => s.date)).toEqual([
      '2026-11-02T10:15:00-05:00',
      '2026-11-03T09:02:00-05:00',
      '2026-11-04T16:40:00-05:00',
    ]);
    expect(snaps.map((s) => s.from?.name)).toEqual(['Li Wei', 'Jing Chen', 'Li Wei']);
    expect(new Set(snaps.map((s) => s.messageId)).size).toBe(3);
    const [first, second, third] = snaps;
    expect(first!.quotedText).toBeNull();
    expect(second!.text).toContain('by 12 November');
    expect(second!.text).not.toContain('400 trucks');
    expect(second!.quotedText).toMatch(/^From: Li Wei/);
    expect(second!.quotedText).toContain('400 trucks');
    expect(third!.text).toContain('ISO 9001');
    expect(third!.text).not.toContain('From:');
    expect(third!.quotedText).toContain('by 12 November');
    expect(third!.cc).toEqual([{ name: 'Wang Fang', email: 'wang.fang@huaxin-logistics.example' }]);
  });

  it('reads an HTML mail: preheader and styles skipped, table text kept, To and Cc wells', () => {
    const s = read('html-mail.html').snaps[0]!;
    expect(s.text).toContain('USD 4,800 by 15 November 2026');
    expect(s.text).toMatch(/Extra badge\s+2\s+USD 400/);
    expect(s.text).not.toContain('preview text');
    expect(s.text).not.toContain('font-size');
    expect(s.to.map((a) => a.email)).toEqual(['jing.chen@accordsales.example', 'sales@accordsales.example']);
    expect(s.cc.map((a) => a.name)).toEqual(['Wang Fang', 'Zhao Min']);
  });

  it('reads a Chinese mail in the zh-CN UI (localised labels, Chinese date, Outlook quote header)', () => {
    const s = read('chinese.html').snaps[0]!;
    expect(s.subject).toBe('回复: 试点方案报价');
    expect(s.from).toEqual({ name: '李伟', email: 'li.wei@huaxin-logistics.example' });
    expect(s.to).toEqual([{ name: '陈静', email: 'jing.chen@accordsales.example' }]);
    expect(s.cc).toEqual([{ name: '王芳', email: 'wang.fang@huaxin-logistics.example' }]);
    expect(s.date).toBe('2026-11-03T15:05:00-05:00');
    expect(s.text).toContain('请贵司在11月13日（周五）前把正式报价发给我们');
    expect(s.text).not.toContain('下周三');
    expect(s.quotedText).toContain('发件人: 陈静');
    expect(s.quotedText).toContain('下周三之前提供正式报价');
    expect(s.signatureText).toContain('采购经理 | 华信物流');
    expect(s.threadId).toBe(CONV);
  });

  it('keeps new text apart from #divRplyFwdMsg and everything after it', () => {
    const s = read('quoted-reply.html').snaps[0]!;
    expect(s.text).toBe(
      'Hi Jing,\n\nThe test environment is ready. You can connect the gateway on Monday; our network team will open port 8883 by Friday.\n\nWang Fang',
    );
    expect(s.quotedText).toContain('We will ship the gateway for the pilot on Friday');
    expect(s.quotedText).toContain('An older quoted note');
    expect(s.quotedText).not.toContain('port 8883');
  });

  it('reads collapsed items as marked previews and the expanded one in full', () => {
    const { snaps } = read('collapsed-expanded.html');
    expect(snaps.map((s) => s.headers['x-accord-view'] ?? 'expanded')).toEqual(['collapsed', 'collapsed', 'expanded']);
    expect(snaps[0]!.text).toContain('monitor temperature');
    expect(snaps[1]!.from?.email).toBe('jing.chen@accordsales.example');
    expect(snaps[2]!.text).toContain('purchase order next week');
  });

  it('returns [] when no item is selected', () => {
    expect(read('no-selection.html').snaps).toEqual([]);
  });

  it('names the signed-in address: account button label, else the account line', () => {
    expect(outlookAdapter.mailbox(loadFixture(`${R}/thread-3.html`).doc)).toBe('jing.chen@accordsales.example');
    const single = loadFixture(`${R}/single.html`);
    expect(single.doc.querySelector('#O365_MainLink_Me')!.getAttribute('aria-label')).not.toContain('@');
    expect(outlookAdapter.mailbox(single.doc)).toBe('jing.chen@accordsales.example');
    single.doc.querySelector('#mectrl_currentAccount_secondary')!.remove();
    expect(outlookAdapter.mailbox(single.doc)).toBeNull();
  });

  it('throws a SelectorError naming the body when OWA drops its label and id; generic reads the page', () => {
    const f = loadFixture(`${R}/broken-renamed-body.html`);
    expect(() => outlookAdapter.read(f.doc)).toThrowError(SelectorError);
    try {
      outlookAdapter.read(f.doc);
    } catch (e) {
      expect((e as SelectorError).selector).toBe('body');
      expect((e as Error).message).not.toContain('Shenzhen');
    }
    const g = genericAdapter.read(f.doc).map((s) => EmailSnapshotSchema.parse(s));
    expect(g).toHaveLength(1);
    expect(g[0]!.text).toContain('Could you send the revised quote by Friday?');
    expect(g[0]!.subject).toBe('Pilot scope for the Shenzhen warehouse');
    expect(g[0]!.from?.email).toBe('li.wei@huaxin-logistics.example');
    expect(g[0]!.date).toBe('2026-11-02T10:15:00-05:00');
  });

  it('takes the conversation id from the selected list option when the URL has none', () => {
    const f = loadFixture(`${R}/single.html`, 'https://outlook.office.com/mail/inbox');
    const s = outlookAdapter.read(f.doc)[0]!;
    expect(s.threadId).toBe(CONV);
    expect(s.from?.email).toBe('li.wei@huaxin-logistics.example');
  });

  it('throws a named SelectorError when the URL names a conversation but no item is found', () => {
    const f = loadFixture(`${R}/no-selection.html`, `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONV)}`);
    expect(() => outlookAdapter.read(f.doc)).toThrowError(expect.objectContaining({ name: 'SelectorError', selector: 'item' }));
  });

  it('parses conversation ids from OWA routes', () => {
    expect(outlookIdFromUrl('https://outlook.office.com/mail/inbox/id/AAQk%2Fx%3D')).toBe('AAQk/x=');
    expect(outlookIdFromUrl('https://outlook.live.com/mail/0/deeplink/read/AAMk')).toBe('AAMk');
    expect(outlookIdFromUrl('https://outlook.office.com/mail/inbox')).toBeNull();
  });

  it('finds the sender anchor of a snapshot', () => {
    const { doc, snaps } = read('thread-3.html');
    expect(outlookAdapter.senderAnchor!(doc, snaps[1]!.messageId)?.getAttribute('aria-label')).toContain('jing.chen@');
  });

  it('gives every message of a thread its own sender anchor, and none for an unknown id', () => {
    const { doc, snaps } = read('thread-3.html');
    const anchors = snaps.map((x) => outlookAdapter.senderAnchor!(doc, x.messageId));
    expect(anchors.every((a) => a !== null)).toBe(true);
    expect(new Set(anchors).size).toBe(snaps.length);
    snaps.forEach((x, i) => expect(anchors[i]!.getAttribute('aria-label') ?? anchors[i]!.textContent).toContain(x.from!.email));
    expect(outlookAdapter.senderAnchor!(doc, 'outlook-synth:0000000000000000')).toBeNull();
  });
});
