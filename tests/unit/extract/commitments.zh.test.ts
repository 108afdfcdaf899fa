// Chinese commitments (Simplified and Traditional): our own sales-style sentences.
import { describe, expect, it } from 'vitest';
import { extractCommitments, type CommitmentContext } from '../../../lib/extract/commitments';

// Wednesday 2026-03-11, 10:00 in Shanghai
const ctx: CommitmentContext = { sentAt: '2026-03-11T10:00:00+08:00', language: 'zh-Hans', senderName: '王丽', recipientNames: ['张伟'] };
const run = (text: string) => extractCommitments(text, ctx);
const one = (text: string) => {
  const out = run(text);
  expect(out, text).toHaveLength(1);
  return out[0]!;
};

describe('承诺 promises', () => {
  it.each([
    ['我明天把日志发给你。', '2026-03-12'],
    ['我们会在下周三前提交方案。', '2026-03-18'],
    ['我司将于本周五前寄出样品。', '2026-03-13'],
    ['合同我今天下午发给您。', '2026-03-11'],
    ['报价单我们后天整理好发给贵司采购部。', '2026-03-13'],
    ['我們會在下週一前回覆您。', '2026-03-16'],
    ['測試報告我週五寄給你。', '2026-03-13'],
    ['我这边会尽快安排工程师上门。', null],
    ['好的，我确认一下库存。', null],
    ['稍后回复你。', null],
    ['已收到，我看完后回复你。', null],
    ['收到，我这两天抽空看一下。', null],
    ['我們將儘快與您聯絡。', null],
  ])('%s', (text, due) => {
    const c = one(text);
    expect(c.kind).toBe('promise');
    expect(c.owner).toBe('sender');
    expect(text).toContain(c.text);
    expect(c.due).toBe(due);
  });

  it('keeps a second promise with its own time phrase apart', () => {
    const out = run('样机我们明天寄出，使用说明下周一发给您。');
    expect(out.map((c) => c.due)).toEqual(['2026-03-12', '2026-03-16']);
  });

  it('names the sender\'s own colleague as a third party', () => {
    expect(one('我们的张工明天会把测试报告发给您。')).toMatchObject({ owner: 'third-party', ownerName: '张工' });
    expect(one('我们的工程师明天会把测试报告发给您。').owner).toBe('sender');
  });

  it('names a colleague as a third party', () => {
    expect(one('销售部的李经理明天会把合同草稿发给您。')).toMatchObject({ kind: 'promise', owner: 'third-party', ownerName: expect.stringContaining('李经理') });
  });
});

describe('请求 requests', () => {
  it.each([
    '请在周五前回复。',
    '麻烦帮忙测试一下新版本。',
    '烦请贵司于本月底前确认订单数量。',
    '能否请您明天提供一下发票信息？',
    '合同请于下周内签回。',
    '請貴司在下週三前提供報價。',
    '麻煩您確認一下交貨地址。',
    '你能把测试日志发给我吗？',
    '可否安排一次现场演示？',
    '希望您能尽快给我们答复。',
    '你们那边确认后告诉我一声。',
    '如果方便的话，请您明天上午给我回个电话。',
    '您明天下午有空吗？',
    '辛苦帮忙review一下这个补丁。',
    '帮忙看一下这个报错。',
  ])('%s', (text) => {
    const c = one(text);
    expect(c.kind).toBe('request');
    expect(c.owner).toBe('recipient');
    expect(text).toContain(c.text);
  });

  it('keeps a follow-on clause with the ask it continues', () => {
    const c = one('请你们准备一份预算，下周五前发给我们采购部。');
    expect(c.kind).toBe('request');
    expect(c.text).toContain('下周五前');
    expect(c.due).toBe('2026-03-20');
  });
});

describe('不是承诺 not commitments', () => {
  it.each([
    ['past action', '报价单我们上周已经寄出。'],
    ['past with 了', '我把日志发给你了。'],
    ['conditional offer', '如果贵司需要，我们也可以安排工程师现场培训。'],
    ['conditional courtesy', '如有疑问，请与我联系。'],
    ['courtesy: any questions', '有任何问题随时联系我。'],
    ['courtesy: looking forward', '期待您的回复！'],
    ['courtesy: thanks', '谢谢您的支持。'],
    ['courtesy: hard work', '辛苦了！'],
    ['quoted promise', '他说“我明天发给你”，结果没发。'],
    ['courtesy formula', '请查收附件。'],
    ['prohibition', '请勿直接回复本邮件。'],
    ['information', '贵司的平台订阅将于12月31日到期。'],
    ['meeting information', '验收会定在5月28号。'],
    ['location status', '我这周在上海出差。'],
    ['progressive status', '方案我们正在内部评审。'],
    ['information question', '你们用的是哪个版本？'],
    ['opinion', '我觉得这个方案不错。'],
    ['offer without time', '我们可以提供远程支持。'],
    ['Traditional past', '驗收報告已於週一送達資訊室。'],
    ['apply, not please', '申请表格见附件。'],
    ['estimate', '货物预计下周三到达。'],
    ['narrative about someone else', '他告诉我他明天不来了。'],
  ])('%s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('mixed text', () => {
  it('reads Chinese sentences inside an English reply and the reverse', () => {
    const reply = 'Hi Li,\n\nI will send the PoC report on Friday.\n\n另外，请您明天确认一下参会人员。\n\nThanks';
    const out = run(reply);
    expect(out.map((c) => [c.kind, c.due])).toEqual([['promise', '2026-03-13'], ['request', '2026-03-12']]);
  });

  it('joins a lead-in clause that carries the subject and modal', () => {
    const c = one('我将在假期结束后，尽快给您回复。');
    expect(c.text).toBe('我将在假期结束后，尽快给您回复。');
    expect(c.kind).toBe('promise');
  });

  it('splits space-separated auto-reply phrases', () => {
    const out = run('您的邮件我已收到 我会尽快回复 谢谢');
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe('我会尽快回复');
  });
});
