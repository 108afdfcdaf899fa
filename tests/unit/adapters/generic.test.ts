// @vitest-environment jsdom
// The generic (Readability) reader on pages of webmails it has never seen.
process.env.TZ = 'Asia/Shanghai';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { genericAdapter } from '../../../lib/adapters/generic/adapter';
import { loadFixture } from './contract-fixtures';

const G = 'generic/2026-11';
const read = (name: string) => {
  const f = loadFixture(`${G}/${name}`);
  return { ...f, snaps: genericAdapter.read(f.doc).map((s) => EmailSnapshotSchema.parse(s)) };
};

describe('generic reader', () => {
  it('reads a labelled header table, keeps the RFC date offset, separates quote and signature', () => {
    const { snaps } = read('webmail-headers-table.html');
    expect(snaps).toHaveLength(1);
    const s = snaps[0]!;
    expect(s.source).toBe('generic');
    expect(s.lowConfidence).toBe(true);
    expect(s.threadId).toBeNull();
    expect(s.messageId).toMatch(/^generic:[0-9a-f]{16}$/);
    expect(s.subject).toBe('RE: Delivery schedule for phase 2');
    expect(s.from).toEqual({ name: 'Wang Fang', email: 'wang.fang@huaxin-logistics.example' });
    expect(s.to).toEqual([
      { name: 'Jing Chen', email: 'jing.chen@accordsales.example' },
      { name: 'Zhang, Tao', email: 'tao.zhang@accordsales.example' },
    ]);
    expect(s.cc).toEqual([{ name: 'Li Wei', email: 'li.wei@huaxin-logistics.example' }]);
    expect(s.date).toBe('2026-11-03T15:05:00+08:00');
    expect(s.text).toContain('installation checklist two days before');
    // the quoted earlier message's From:/Sent: must not become this message's headers or text
    expect(s.text).not.toContain('Could you check whether the Dongguan site is ready');
    expect(s.quotedText).toContain('Could you check whether the Dongguan site is ready');
    expect(s.signatureText).toContain('IT Project Lead');
    expect(s.text).not.toContain('Log out');
  });

  it('reads Chinese labels (发件人/收件人/抄送/时间) and a Chinese date', () => {
    const s = read('zh-webmail.html').snaps[0]!;
    expect(s.subject).toBe('关于第二期交付的安排');
    expect(s.from).toEqual({ name: '李伟', email: 'li.wei@huaxin-logistics.example' });
    expect(s.to).toEqual([{ name: '陈静', email: 'jing.chen@accordsales.example' }]);
    expect(s.cc.map((a) => a.email)).toEqual(['wang.fang@huaxin-logistics.example', 'zhao.min@huaxin-logistics.example']);
    expect(s.date).toBe('2026-11-03T15:05:00+08:00');
    expect(s.text).toContain('财务部赵敏需要在11月20日前收到修改后的合同草稿');
    expect(s.text).not.toContain('原始邮件');
    expect(s.quotedText).toContain('原始邮件');
  });

  it('falls back to a mailto: sender, a <time datetime> and the title for the subject', () => {
    const s = read('mailto-archive.html').snaps[0]!;
    expect(s.from).toEqual({ name: 'Zhao Min', email: 'zhao.min@huaxin-logistics.example' });
    expect(s.date).toBe('2026-11-04T16:40:00+08:00');
    expect(s.subject).toBe('Re: Pilot results review');
    expect(s.text).toContain('could you send it by 10 November?');
    expect(s.to).toEqual([]);
  });

  it('returns [] (never throws) on a page without a message', () => {
    expect(read('login.html').snaps).toEqual([]);
    const empty = loadFixture(`${G}/login.html`);
    empty.doc.body.remove();
    expect(() => genericAdapter.read(empty.doc)).not.toThrow();
    expect(genericAdapter.read(empty.doc)).toEqual([]);
  });

  it('returns at most one snapshot and the same id on a second read', () => {
    const a = read('webmail-headers-table.html').snaps;
    const b = read('webmail-headers-table.html').snaps;
    expect(a).toHaveLength(1);
    expect(a[0]!.messageId).toBe(b[0]!.messageId);
    // a different page (URL) gives a different id
    expect(read('zh-webmail.html').snaps[0]!.messageId).not.toBe(a[0]!.messageId);
  });

  it('does not change the page it reads (Readability runs on a clone)', () => {
    const f = loadFixture(`${G}/webmail-headers-table.html`);
    const before = f.doc.documentElement.outerHTML;
    genericAdapter.read(f.doc);
    expect(f.doc.documentElement.outerHTML).toBe(before);
  });

  it('has no mailbox', () => {
    expect(genericAdapter.mailbox(loadFixture(`${G}/zh-webmail.html`).doc)).toBeNull();
  });
});
