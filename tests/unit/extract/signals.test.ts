import { describe, expect, it } from 'vitest';
import { extractSignals } from '../../../lib/extract/signals';

const kinds = (subject: string, reply: string) => extractSignals(subject, reply).map((s) => s.kind).sort();
const one = (subject: string, reply: string, kind: string) => extractSignals(subject, reply).find((s) => s.kind === kind);

describe('extractSignals: English positives', () => {
  it('finds each kind with its clause as evidence', () => {
    const cases: [string, string, string][] = [
      ['tender', 'Thank you for the RFP pack for the branch refresh.', 'Thank you for the RFP pack for the branch refresh.'],
      ['quote', "I'll send the revised quote by Friday.", "I'll send the revised quote by Friday."],
      ['pilot', 'We would like to start a 30-day trial on the second line.', 'We would like to start a 30-day trial on the second line.'],
      ['pilot', 'Could we run a POC in April?', 'Could we run a POC in April?'],
      ['contract', 'Legal has sent back the redlines on the MSA.', 'Legal has sent back the redlines on the MSA.'],
      ['purchase-order', 'Our PO 4500021873 is attached.', 'Our PO 4500021873 is attached.'],
      ['invoice', 'Please send the invoice to accounts payable.', 'Please send the invoice to accounts payable.'],
      ['acceptance', 'The acceptance test is scheduled for May.', 'The acceptance test is scheduled for May.'],
      ['renewal', 'The subscription renewal is due in June.', 'The subscription renewal is due in June.'],
      ['maintenance', 'Does the price include the annual support contract?', 'Does the price include the annual support contract?'],
      ['upgrade', 'We are increasing the order to 300 seats.', 'We are increasing the order to 300 seats.'],
      ['competitor', 'We are also talking to Fortinet about this.', 'We are also talking to Fortinet about this.'],
      ['competitor', 'Another vendor has offered a lower rate.', 'Another vendor has offered a lower rate.'],
      ['competitor', 'Quantiva has offered a comparable scope at $338,000.', 'Quantiva has offered a comparable scope at $338,000.'],
      ['competitor', 'Blue Harbor had quoted us the same package for less.', 'Blue Harbor had quoted us the same package for less.'],
      ['competitor', 'Kestrel has offered the full rollout at €90,000.', 'Kestrel has offered the full rollout at €90,000.'],
      ['price-pressure', 'Honestly, this is too expensive for us.', 'Honestly, this is too expensive for us.'],
      ['qualification', 'Please complete the supplier qualification form.', 'Please complete the supplier qualification form.'],
      ['executive', 'Our CIO will attend the final presentation.', 'Our CIO will attend the final presentation.'],
      ['delivery', 'Please confirm the delivery schedule for May.', 'Please confirm the delivery schedule for May.'],
    ];
    for (const [kind, reply, ev] of cases) {
      const s = one('', `Hi,\n\n${reply}\n\nThanks`, kind);
      expect(s, `${kind}: ${reply}`).toBeDefined();
      expect(s!.evidence).toBe(ev);
      expect(s!.confidence).toBeGreaterThan(0.5);
    }
  });
  it('reads the subject, without its Re: prefix', () => {
    expect(one('RE: Quotation for KP-40 spindle units', 'See below.', 'quote')?.evidence).toBe('Quotation for KP-40 spindle units');
  });
  it('keeps evidence an exact substring of the subject or reply', () => {
    const reply = 'Dear Tom,\n\nWe attended the bidders\' conference on Monday. We will submit our bid bond letter in 10 days.';
    for (const s of extractSignals('Bid', reply)) expect(reply.includes(s.evidence) || 'Bid'.includes(s.evidence)).toBe(true);
  });
});

describe('extractSignals: an offer that is not a competitor', () => {
  it.each([
    'Maya has offered to walk the team through the dashboards.',
    'Daniel has offered his help with the steering committee.',
    'We have offered a comparable scope at a lower price.',
  ])('%s', (reply) => expect(kinds('', reply)).not.toContain('competitor'));
});

describe('extractSignals: Chinese positives', () => {
  it('finds deal signals in Simplified and Traditional Chinese', () => {
    expect(kinds('协同设计软件采购项目询价函', '我们会在本周五前把正式报价和实施方案发给您。')).toEqual(['delivery', 'quote', 'tender']);
    expect(one('', '测试环境已经准备好了，下周开始试用。', 'pilot')?.evidence).toBe('测试环境已经准备好了，下周开始试用。');
    expect(kinds('', '合同草稿请法务过目。')).toContain('contract');
    expect(kinds('', '验收报告我们月底前提交。')).toEqual(['acceptance']);
    expect(kinds('', '平台订阅续约事宜请尽快确认。')).toContain('renewal');
    expect(kinds('', '维保服务明年到期。')).toContain('maintenance');
    expect(kinds('', '明年计划扩容到500个用户。')).toContain('upgrade');
    expect(kinds('', '其他厂商的报价比你们低。')).toEqual(expect.arrayContaining(['competitor', 'quote']));
    expect(kinds('', '你们的价格太高，希望能降价。')).toContain('price-pressure');
    expect(kinds('', '请提供贵司的资质文件。')).toContain('qualification');
    expect(kinds('', '董事會想了解投資回收期。')).toContain('executive');
    expect(kinds('', '系统计划下月上线。')).toContain('delivery');
    expect(kinds('', '麻烦提供订单号。')).toContain('purchase-order');
    expect(kinds('', '发票已寄出。')).toContain('invoice');
  });
});

describe('extractSignals: negatives stay silent', () => {
  it('does not read engineering "test", "upgrade", "implementation" or "proposal" as deal signals', () => {
    expect(extractSignals('Re: [PATCH v3] erofs: fix', 'The unit test failed on arm64.\nI will upgrade the kernel and retest.\n\nSigned-off-by: A <a@b.c>')).toEqual([]);
    expect(extractSignals('Re: network metric', 'The implementation of the route metric is in the kernel. I reviewed the proposal for the D-Bus interface.')).toEqual([]);
    expect(extractSignals('', '测试用例跑失败了，我升级一下内核再测试。')).toEqual([]);
    expect(extractSignals('', 'Please renew the DHCP lease and check the power budget of the board.')).toEqual([]);
    expect(extractSignals('', 'Calling the function twice leaks memory; see the call trace below.')).toEqual([]);
  });
  it('ignores quoted text and negated mentions', () => {
    expect(extractSignals('', 'Sounds good.\n\nOn Mon, Bob wrote:\n> Here is our revised quote and the PO 4500021873.')).toEqual([]);
    expect(extractSignals('', 'Thanks.\n> 合同和报价见附件')).toEqual([]);
    expect(kinds('', 'We do not need a discount on this order.')).not.toContain('price-pressure');
  });
  it('in patch mail keeps at most low-confidence strong signals', () => {
    const s = extractSignals('[PATCH] docs: add RFP template', 'Signed-off-by: A <a@b.c>');
    for (const x of s) expect(x.confidence).toBeLessThanOrEqual(0.6);
  });
});
