// Chinese: invitation/narration uses of 请, offers and service boilerplate, contact lines, and
// other clauses that look like commitments but put nothing on anyone's to-do list.
// Our own sentences (none copied from the corpus).
import { describe, expect, it } from 'vitest';
import { extractCommitments, type CommitmentContext } from '../../../lib/extract/commitments';

const ctx: CommitmentContext = { sentAt: '2026-03-11T10:00:00+08:00', language: 'zh-Hans', senderName: '王丽', recipientNames: ['张伟'] };
const run = (text: string) => extractCommitments(text, ctx);

describe('请 meaning invite / treat, or told as past', () => {
  it.each([
    ['took leave', '我请了三天假，下周一回来上班。'],
    ['treated someone last week', '上周请他吃饭的时候聊到了这个项目。'],
    ['invited relatives to dinner', '打算把几位老同学请来吃顿饭。'],
    ['请过 + treated', '我们搬家那天请过邻居喝茶。'],
    ['narrated past help', '前几天请装修师傅帮忙修了水管。'],
    ['sender treats everyone', '周末我请大家唱歌。'],
    ['请客', '这次轮到我们请客。'],
  ])('%s', (_l, text) => {
    expect(run(text)).toEqual([]);
  });

  it('still reads 请 as please, with 来电 and 过目', () => {
    expect(run('请明天来电确认发货地址。').map((c) => c.kind)).toEqual(['request']);
    expect(run('合同草稿请过目。').map((c) => c.kind)).toEqual(['request']);
    expect(run('请大家周五前提交周报。').map((c) => c.kind)).toEqual(['request']);
  });
});

describe('辛苦, 麻烦, 希望你 only ask when an action follows', () => {
  it.each([
    '这份工作很辛苦，但收获不少。',
    '辛苦一整年总算有了结果。',
    '办个手续这么麻烦吗？',
    '一群人一起出门就是麻烦。',
    '希望你早日康复！',
    '关键在于他是否能给你稳定的支持。',
    '敬请谅解。',
    '我请教一个问题，只是随便讨论。',
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('keeps the asks', () => {
    expect(run('辛苦您帮忙核对一下数量。').map((c) => c.kind)).toEqual(['request']);
    expect(run('麻烦您明天确认一下到货时间。').map((c) => c.kind)).toEqual(['request']);
    expect(run('希望您本周内给我们答复。').map((c) => c.kind)).toEqual(['request']);
    expect(run('想请教一下这个接口怎么调用。').map((c) => c.kind)).toEqual(['request']);
  });
});

describe('offers, advertising and contact lines', () => {
  it.each([
    ['offer: can be checked', '证书真伪可在官网查询或由我司陪同贵司到主管部门核对。'],
    ['offer: can do for you', '本店可为您提供上门安装服务。'],
    ['welcome to call', '欢迎来电咨询。'],
    ['details: call', '详情请电：020-12345678'],
    ['call for details', '如贵公司有需要请来电洽谈。'],
    ['contact the company', '如贵司需要请速与我公司联系。'],
    ['keep our number', '请保留我们的联系电话以备不时之需。'],
    ['delete this mail', '如有打扰，请随手删除。'],
    ['reassurance', '请各位客户放心，我们手续齐全。'],
    ['campaign duration', '本活动将持续到2026年12月。'],
    ['pledge to the public', '本公司将为广大客户提供优质服务。'],
    ['Email line', 'Email：sales@example.com'],
    ['E-mail line with spaces', 'E-MAIL ： sales@example.com'],
    ['phone line', '电话：010-87654321'],
    ['contact person line', '联系人：李先生'],
    ['address line', '地址：北京市海淀区某某路1号'],
    ['Fax line', 'FAX：(010)1234-5678'],
    ['channel note beside a number', 'QQ：12345678（不在线时请留言）'],
    ['contact if needed, with a number', '需要请联系，电话：020-12345678'],
    ['contact if needed, after a quote mark', '> 需要请联系,电话:020-12345678'],
  ])('%s', (_l, text) => {
    expect(run(text)).toEqual([]);
  });

  it('still reads an ask written into a contact line', () => {
    expect(run('Email：hr@example.com（请在邮件标题注明应聘职位）').map((c) => c.kind)).toEqual(['request']);
  });

  it('still reads a company promise to this reader', () => {
    expect(run('我们会在三个工作日内给您回复。').map((c) => c.kind)).toEqual(['promise']);
  });
});

describe('not the sender\'s future action', () => {
  it.each([
    ['passive', '明天就要被公司派去外地出差。'],
    ['negated', '我不会先给他发消息的。'],
    ['never said', '我没说一定要去做。'],
    ['habitual', '他们很少会打电话去确认。'],
    ['reported past', '当时我告诉他我会去看他。'],
    ['是…的 past', '我是3月2日提交的申请，并领取了表格。'],
    ['a state', '从那以后我的签名就一直是这句话。'],
    ['advice', '你最好尽快调整计划。'],
    ['for oneself', '周五之前给自己买一双跑鞋。'],
  ])('%s', (_l, text) => {
    expect(run(text)).toEqual([]);
  });
});
