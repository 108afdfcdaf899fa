// @vitest-environment jsdom
// The demo mailbox adapter on saved page states (tests/fixtures/demo/*.html, saved from the page
// by tests/fixtures/demo/save-fixtures.ts at ?today=2026-11-23, so the dates never move).
process.env.TZ = 'UTC';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema, type EmailSnapshot } from '../../../lib/model/email';
import { SelectorError } from '../../../lib/adapters/types';
import { demoAdapter } from '../../../lib/adapters/demo/adapter';
import { demoSelectors } from '../../../lib/adapters/demo/selectors';
import { FIXTURES, loadFixture } from './contract-fixtures';
import { navigate, renderDemo } from './demo-page';

const FIXTURE_TODAY = '2026-11-23';
const MAYA = 'maya.lin@northwind-analytics.com';

function read(name: string): { doc: Document; snaps: EmailSnapshot[] } {
  const { doc } = loadFixture(`demo/${name}`);
  return { doc, snaps: demoAdapter.read(doc).map((s) => EmailSnapshotSchema.parse(s)) };
}

function selectorErrorOf(fn: () => unknown): SelectorError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SelectorError) return e;
    throw e;
  }
  throw new Error('expected a SelectorError');
}

describe('demo adapter: detect and mailbox', () => {
  it('recognises the demo page on loopback only, and only with its marker', () => {
    const { doc } = loadFixture('demo/inbox.html');
    expect(demoAdapter.detect(doc)).toBe(true);
    expect(demoAdapter.detect(loadFixture('demo/inbox.html', 'http://localhost:3000/').doc)).toBe(true);
    expect(demoAdapter.detect(loadFixture('demo/inbox.html', 'https://mail.example.com/').doc)).toBe(false);
    expect(demoAdapter.detect(loadFixture('demo/inbox.html', 'https://127.0.0.1:8642/').doc)).toBe(false);
    doc.querySelector('meta[name="accord-demo-mailbox"]')!.remove();
    expect(demoAdapter.detect(doc)).toBe(false);
  });

  it('serves the loopback origins', () => {
    expect(demoAdapter.site).toBe('demo');
    expect([...demoAdapter.matches]).toEqual(['http://127.0.0.1/*']);
  });

  it('reads the signed-in address of each mailbox, lower-cased; null when the page does not show it', () => {
    expect(demoAdapter.mailbox(read('inbox.html').doc)).toBe(MAYA);
    expect(demoAdapter.mailbox(read('mailbox2-thread-rdg-intro.html').doc)).toBe('li.wei@northwind-analytics.com');
    const { doc } = loadFixture('demo/inbox.html');
    doc.querySelector('.account-email')!.setAttribute('data-email', 'Maya.Lin@Northwind-Analytics.com');
    expect(demoAdapter.mailbox(doc)).toBe(MAYA);
    doc.querySelector('[data-accord-demo="account"]')!.replaceChildren();
    expect(demoAdapter.mailbox(doc)).toBeNull();
  });
});

describe('demo adapter: read', () => {
  it('returns nothing when no thread is open, or the thread is not in this mailbox', () => {
    expect(read('inbox.html').snaps).toEqual([]);
    expect(read('not-found.html').snaps).toEqual([]);
  });

  it('reads an English thread of 3 messages as 3 snapshots, oldest first, every field filled', () => {
    const { snaps } = read('thread-hlb-rfp.html');
    expect(snaps).toHaveLength(3);
    expect(snaps.map((s) => s.messageId)).toEqual([
      '<LO4P265MB3821A7C1.hlb114.0001@harbourline.co.uk>',
      '<SG2PR06MB5527E0B4.nw.hlb114.0002@northwind-analytics.com>',
      '<LO4P265MB3821B9D2.hlb114.0003@harbourline.co.uk>',
    ]);
    // Dates carry the sender's own offset: London at +00:00, Maya in Singapore at +08:00.
    expect(snaps.map((s) => s.date)).toEqual(['2026-11-06T09:30:00+00:00', '2026-11-10T16:40:00+08:00', '2026-11-23T08:05:00+00:00']);
    const [first, reply, last] = snaps as [EmailSnapshot, EmailSnapshot, EmailSnapshot];
    for (const s of snaps) {
      expect(s.threadId).toBe('hlb-rfp');
      expect(s.source).toBe('demo');
      expect(s.lowConfidence).toBe(false);
      expect(s.quotedText).toBeNull();
      expect(s.signatureText).toBeNull();
      expect(s.headers).toEqual({});
      expect(s.replyTo).toEqual([]);
    }
    expect(first.subject).toBe('RFP HLB-2026-114 – Enterprise Data Platform: Invitation to Tender');
    expect(reply.subject).toBe('RE: RFP HLB-2026-114 – Enterprise Data Platform: Invitation to Tender');
    expect(first.from).toEqual({ name: 'Eleanor Marsh', email: 'eleanor.marsh@harbourline.co.uk' });
    expect(first.to).toEqual([{ name: 'Maya Lin', email: MAYA }]);
    expect(first.cc).toEqual([{ name: 'Harbourline Bank e-Tendering', email: 'tenders@harbourline.co.uk' }]);
    expect(reply.from).toEqual({ name: 'Maya Lin', email: MAYA });
    expect(reply.cc.map((a) => a.email)).toEqual(['tenders@harbourline.co.uk', 'david.okafor@northwind-analytics.com']);
    // Body as shown: new text, the sender's signature, then the quoted history, not separated.
    expect(first.text).toMatch(/^Dear Ms Lin,\n\nHarbourline Bank plc invites/);
    expect(first.text).toContain('Please confirm by Friday 13 November whether you intend to submit a bid.');
    expect(first.text).toContain('Head of Procurement\nHarbourline Bank plc');
    expect(first.text).not.toContain('Original Message');
    expect(reply.text).toContain('We will send the completed security questionnaire and our ISO 27001 certificate by next Wednesday');
    expect(reply.text).toContain('Key Account Director | Strategic Accounts');
    expect(reply.text).toContain('-----Original Message-----\nFrom: Eleanor Marsh <eleanor.marsh@harbourline.co.uk>\nSent: Friday, November 6, 2026 5:30 PM');
    expect(reply.text.indexOf('Key Account Director')).toBeLessThan(reply.text.indexOf('-----Original Message-----'));
    // The last reply carries the whole history, nested.
    expect(last.text.match(/-----Original Message-----/g)).toHaveLength(2);
    expect(last.text).toContain('Could you share them by next Wednesday?');
    expect(last.text).toContain('Dear Ms Lin,');
    expect(last.text).not.toMatch(/[ \t]\n/);
  });

  it('keeps Gmail-style "On ... wrote:" history with > lines', () => {
    const { snaps } = read('thread-abl-quote.html');
    expect(snaps).toHaveLength(3);
    expect(snaps[0]!.date).toBe('2026-10-29T11:20:00-05:00');
    const last = snaps[2]!;
    expect(last.from?.email).toBe('daniel.reyes@alderbrook-logistics.com');
    expect(last.subject).toBe('Re: Northwind quote NW-Q-2611 – pricing feedback');
    expect(last.cc.map((a) => a.name)).toEqual(['Thomas Brandt', 'Karen Whitaker']);
    expect(last.text).toContain('Could you set that up within two weeks?');
    expect(last.text).toMatch(/\n-- \nDaniel Reyes\nDirector, IT Operations\n/);
    expect(last.text).toContain('On Tue, Nov 3, 2026 at 9:15 AM Maya Lin <maya.lin@northwind-analytics.com> wrote:\n> Hi Daniel,');
    expect(last.text).toContain('> I will send the formal revised quote (NW-Q-2611 rev. B) by Friday');
  });

  it('reads a Simplified Chinese thread with an Outlook 发件人 block', () => {
    const { snaps } = read('thread-hdzz-charter.html');
    expect(snaps).toHaveLength(3);
    const [first, second] = snaps as [EmailSnapshot, EmailSnapshot];
    expect(first.subject).toBe('智能工厂数据平台项目立项书（草案）');
    expect(first.to).toEqual([{ name: '张伟', email: 'zhang.wei@huadong-zhizao.com.cn' }]);
    expect(first.text).toContain('我们会在下周三前提交技术方案初稿');
    expect(first.text).toContain('林美雅 Maya Lin\n大客户总监');
    expect(second.from).toEqual({ name: '张伟', email: 'zhang.wei@huadong-zhizao.com.cn' });
    expect(second.subject).toBe('答复: 智能工厂数据平台项目立项书（草案）');
    expect(second.date).toBe('2026-11-13T17:45:00+08:00');
    expect(second.text).toContain('张伟\n信息中心 主任\n华东智造股份有限公司');
    expect(second.text).toContain('发件人: Maya Lin <maya.lin@northwind-analytics.com>\n发送时间: 2026年11月11日 10:20\n收件人: 张伟');
  });

  it('reads a Traditional Chinese thread of 4 messages with 寄件者 and 於 ... 寫道 history', () => {
    const { snaps } = read('thread-tp-poc.html');
    expect(snaps).toHaveLength(4);
    expect(new Set(snaps.map((s) => s.messageId)).size).toBe(4);
    expect(snaps.map((s) => s.from?.name)).toEqual(['吳建宏', 'Jimmy Chen', '吳建宏', 'Jimmy Chen']);
    expect(snaps[0]!.to.map((a) => a.email)).toEqual([MAYA, 'jimmy.chen@northwind-analytics.com']);
    expect(snaps[1]!.text).toContain('吳建宏 <wu.jianhong@taiwan-precision.com.tw> 於 2026年11月3日 週二 上午10:00寫道：\n> 林小姐、陳先生 您好：');
    expect(snaps[2]!.text).toContain('寄件者: Jimmy Chen <jimmy.chen@northwind-analytics.com>\n寄件日期: 2026年11月4日 下午 03:20');
    expect(snaps[3]!.text).toMatch(/^吳先生 您好：/);
    expect(snaps[3]!.text).toContain('我明天把測試報告寄給您');
    expect(snaps[3]!.text).toContain('解決方案架構師');
  });

  it('keeps Foxmail 原始邮件 history nested inside an Outlook reply', () => {
    const last = read('thread-hhls-renewal.html').snaps[2]!;
    expect(last.from).toEqual({ name: '赵敏', email: 'zhao.min@hanhai-retail.com.cn' });
    expect(last.text).toContain('请在本周五前确认合同条款并回传盖章版');
    expect(last.text).toContain('------------------ 原始邮件 ------------------\n发件人: "Maya Lin"<maya.lin@northwind-analytics.com>;');
    expect(last.text.indexOf('________________________________')).toBeLessThan(last.text.indexOf('原始邮件'));
  });

  it('the second mailbox shows only its own threads', () => {
    const { doc, snaps } = read('mailbox2-thread-rdg-intro.html');
    expect(snaps.map((s) => s.messageId)).toEqual(['<CAK2wLi7Rdg01xq@mail.gmail.com>', '<DB9PR08MB6620F3A1.rdg.0002@ridgeway-pharma.com>']);
    expect(snaps[0]!.from?.email).toBe('li.wei@northwind-analytics.com');
    const rows = Array.from(doc.querySelectorAll('[data-accord-demo="thread-list"] [data-thread-id]')).map((r) => r.getAttribute('data-thread-id'));
    expect(rows.sort()).toEqual(['lhzq-demo', 'rdg-intro']);
    expect(doc.body.textContent).not.toContain(MAYA);
    const inbox1 = Array.from(loadFixture('demo/inbox.html').doc.querySelectorAll('[data-accord-demo="thread-list"] [data-thread-id]'));
    expect(inbox1.map((r) => r.getAttribute('data-thread-id'))).not.toContain('rdg-intro');
  });

  it('returns oldest first even when a layout puts the newest message on top', () => {
    const { doc } = loadFixture('demo/thread-tp-poc.html');
    const thread = doc.querySelector('[data-accord-demo="thread"]')!;
    Array.from(thread.children).reverse().forEach((el) => thread.appendChild(el));
    expect(demoAdapter.read(doc).map((s) => s.date)).toEqual([
      '2026-11-03T10:00:00+08:00',
      '2026-11-04T15:20:00+08:00',
      '2026-11-17T18:10:00+08:00',
      '2026-11-18T09:30:00+08:00',
    ]);
  });

  it('gives the same snapshots on a second read (idempotent ingestion)', () => {
    const a = read('thread-hlb-rfp.html').snaps;
    const b = read('thread-hlb-rfp.html').snaps;
    expect(b).toEqual(a);
  });
});

describe('demo adapter: a changed page raises a SelectorError naming the selector, never content', () => {
  const cases: [string, (doc: Document) => void][] = [
    ['reader', (doc) => doc.querySelector('main.reader')!.remove()],
    ['message', (doc) => doc.querySelectorAll('article.message').forEach((a) => a.remove())],
    ['messageId', (doc) => doc.querySelector('article.message')!.removeAttribute('data-message-id')],
    ['sender', (doc) => doc.querySelector('article.message .demo-from')!.remove()],
    ['date', (doc) => doc.querySelector('article.message time')!.remove()],
    ['body', (doc) => doc.querySelector('article.message .demo-body')!.remove()],
  ];
  for (const [name, breakPage] of cases) {
    it(`missing ${name}`, () => {
      const { doc } = loadFixture('demo/thread-hlb-rfp.html');
      breakPage(doc);
      const err = selectorErrorOf(() => demoAdapter.read(doc));
      expect(err.site).toBe('demo');
      expect(err.selector).toBe(name);
      expect(err.message).toBe(`demo: selector "${name}" matched nothing`);
    });
  }

  it('a message without its own subject line falls back to the thread subject; without both it is an error', () => {
    const { doc } = loadFixture('demo/thread-hlb-rfp.html');
    doc.querySelectorAll('.demo-msg-subject').forEach((e) => e.remove());
    expect(demoAdapter.read(doc)[1]!.subject).toBe('RFP HLB-2026-114 – Enterprise Data Platform: Invitation to Tender');
    doc.querySelector('.thread-subject')!.remove();
    expect(selectorErrorOf(() => demoAdapter.read(doc)).selector).toBe('subject');
  });
});

describe('demo adapter: sender anchor', () => {
  it('is the slot beside the sender of that message, or null for an unknown id', () => {
    const { doc } = loadFixture('demo/thread-hlb-rfp.html');
    const id = '<SG2PR06MB5527E0B4.nw.hlb114.0002@northwind-analytics.com>';
    const anchor = demoAdapter.senderAnchor!(doc, id)!;
    expect(anchor).not.toBeNull();
    expect(anchor.closest('article')!.getAttribute('data-message-id')).toBe(id);
    expect(anchor.parentElement!.querySelector('.demo-name')!.textContent).toBe('Maya Lin');
    expect(demoAdapter.senderAnchor!(doc, '<nope@example.com>')).toBeNull();
  });
});

describe('demo adapter: selectors', () => {
  it('each selector is named, dated, and proven by an existing fixture in which its primary selector matches', () => {
    for (const [key, spec] of Object.entries(demoSelectors)) {
      expect(spec.name).toBe(key);
      expect(spec.seen).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(existsSync(join(FIXTURES, spec.fixture))).toBe(true);
      expect(loadFixture(spec.fixture).doc.querySelector(spec.css[0]!), `${key} in ${spec.fixture}`).not.toBeNull();
    }
  });
});

describe('demo adapter on the live page (jsdom)', () => {
  it('the saved fixtures are what the page renders today (re-run save-fixtures.ts when the page changes)', async () => {
    for (const [file, hash, mailbox] of [
      ['thread-hlb-rfp.html', '#/thread/hlb-rfp', '1'],
      ['thread-abl-quote.html', '#/thread/abl-quote', '1'],
      ['thread-hdzz-charter.html', '#/thread/hdzz-charter', '1'],
      ['thread-tp-poc.html', '#/thread/tp-poc', '1'],
      ['thread-hhls-renewal.html', '#/thread/hhls-renewal', '1'],
      ['mailbox2-thread-rdg-intro.html', '#/thread/rdg-intro', '2'],
    ] as const) {
      const dom = await renderDemo({ today: FIXTURE_TODAY, hash, mailbox });
      expect(demoAdapter.read(dom.window.document), file).toEqual(read(file).snaps);
      dom.window.close();
    }
  });

  it('observe() reports hash navigation and re-rendering, and stops when asked', async () => {
    const dom = await renderDemo({ today: FIXTURE_TODAY });
    const doc = dom.window.document;
    expect(demoAdapter.detect(doc)).toBe(true);
    expect(demoAdapter.read(doc)).toEqual([]);
    let calls = 0;
    const stop = demoAdapter.observe(doc, () => calls++);
    await navigate(dom, '#/thread/hdzz-exec');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBeGreaterThan(0);
    const snaps = demoAdapter.read(doc);
    expect(snaps.map((s) => s.from?.name)).toEqual(['陈建国', 'Maya Lin']);
    expect(doc.querySelector('[data-thread-id="hdzz-exec"]')!.getAttribute('aria-current')).toBe('true');
    // Clicking a list row sets the hash, as a user would.
    const before = calls;
    await new Promise<void>((done) => {
      dom.window.addEventListener('hashchange', () => setTimeout(done, 10), { once: true });
      (doc.querySelector('a.row[data-thread-id="sms-contract"]') as HTMLElement).click();
    });
    expect(dom.window.location.hash).toBe('#/thread/sms-contract');
    expect(calls).toBeGreaterThan(before);
    expect(demoAdapter.read(doc)).toHaveLength(3);
    // Back goes to the previous thread without a reload.
    await new Promise<void>((done) => {
      dom.window.addEventListener('hashchange', () => setTimeout(done, 10), { once: true });
      dom.window.history.back();
    });
    expect(dom.window.location.hash).toBe('#/thread/hdzz-exec');
    expect(demoAdapter.read(doc).map((s) => s.threadId)).toEqual(['hdzz-exec', 'hdzz-exec']);
    stop();
    const after = calls;
    await navigate(dom, '#/');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(after);
    expect(demoAdapter.read(doc)).toEqual([]);
    dom.window.close();
  });
});
