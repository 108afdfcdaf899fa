import { describe, expect, it } from 'vitest';
import { computeInsight } from '../../../lib/playbook/insight';
import { inferOrigin, inferProjectStage, inferRelationship } from '../../../lib/account/stages';
import { ago, msg, org, sig, TODAY, view } from './builders';

const stage = (v: ReturnType<typeof view>) => inferProjectStage(v).stage;

describe('project stage: each stage from its evidence', () => {
  it('no evidence: no stage, prospect, unknown origin', () => {
    const i = computeInsight(view({ messages: [msg({ subject: 'Hello' })] }), TODAY);
    expect(i.project.value).toBeNull();
    expect(i.relationship.value).toBe('prospect');
    expect(i.origin.value).toBe('unknown');
  });

  it('need: the customer describes their requirements', () => {
    expect(stage(view({ signals: [sig('requirements', 'Attached are our business requirements for the new platform.')] }))).toBe('need');
  });

  it('initiation: a project charter (立项书) in a subject or a clause', () => {
    const v = view({
      messages: [msg({ subject: '智能工厂数据平台项目立项书（草案）', direction: 'out', sentAt: ago(10) }), msg({ subject: '答复: 智能工厂数据平台项目立项书（草案）', sentAt: ago(8) })],
    });
    const p = inferProjectStage(v);
    expect(p.stage).toBe('initiation');
    expect(p.evidence[0]!.quote).toContain('立项书');
    expect(stage(view({ signals: [sig('requirements', 'The project charter lists the scope and our requirements document.')] }))).toBe('initiation');
  });

  it('evaluation: a POC / 試用 from the customer', () => {
    expect(stage(view({ signals: [sig('pilot', 'POC 測試範圍與評估標準', { at: ago(10) })] }))).toBe('evaluation');
    expect(stage(view({ signals: [sig('pilot', 'We would like to start a proof of concept next month.')] }))).toBe('evaluation');
  });

  it('a trial run after go-live (试运行) is not an evaluation', () => {
    expect(stage(view({ signals: [sig('pilot', '一期约 16 周，分数据接入、看板上线、试运行三个阶段', { by: 'us' })] }))).toBeNull();
  });

  it('proposal: a quote we send; their request alone does not move an evaluation to proposal', () => {
    const poc = sig('pilot', 'Thanks for the effort on the POC these two weeks.', { at: ago(5) });
    const ask = sig('quote', 'Please send the formal quotation and a three-year TCO by Monday.', { at: ago(3) });
    expect(stage(view({ signals: [poc, ask] }))).toBe('evaluation');
    const sent = sig('quote', 'Attached is our formal quotation NW-Q-2611.', { at: ago(1), by: 'us' });
    expect(stage(view({ signals: [poc, ask, sent] }))).toBe('proposal');
    // A technical "方案" without a price is a solution document, not a quote.
    expect(stage(view({ signals: [sig('quote', '我们会在下周三前提交技术方案初稿', { by: 'us' })] }))).toBeNull();
  });

  it('negotiation: a redline or contract terms; a draft contract in a tender pack is not', () => {
    expect(stage(view({ signals: [sig('contract', 'Attached is our redline of your Master Subscription Agreement.')] }))).toBe('negotiation');
    expect(stage(view({ signals: [sig('contract', '附件是我方合同文本，请贵司确认合同条款。')] }))).toBe('negotiation');
    const tender = view({
      signals: [
        sig('tender', 'Invitation to Tender: Enterprise Data Platform', { at: ago(12) }),
        sig('contract', 'The tender pack, with the pricing schedule and our draft contract, is attached.', { at: ago(12) }),
      ],
    });
    expect(stage(tender)).toBe('proposal');
  });

  it('contract: a signed contract (EN and ZH) or a purchase order', () => {
    expect(stage(view({ signals: [sig('contract', 'Fleet Data Platform – contract signed: kickoff and milestone plan', { by: 'us' })] }))).toBe('contract');
    expect(stage(view({ signals: [sig('contract', '合同已正式签署，感谢贵司的支持。')] }))).toBe('contract');
    expect(stage(view({ signals: [sig('purchase-order', 'PO 4500012345 has been issued.')] }))).toBe('contract');
  });

  it('delivery: acceptance from the customer, a kickoff under way', () => {
    const v = view({
      signals: [
        sig('contract', 'Contract signed: kickoff and milestone plan', { at: ago(14), by: 'us' }),
        sig('acceptance', 'On final acceptance, our superintendent should join the acceptance committee.', { at: ago(4) }),
      ],
    });
    expect(stage(v)).toBe('delivery');
    expect(inferProjectStage(v).evidence[0]!.quote).toContain('final acceptance');
  });

  it('expansion: a renewal of a running service', () => {
    expect(stage(view({ signals: [sig('renewal', '会员数据平台维保续约及 5.0 版本升级建议')] }))).toBe('expansion');
    expect(stage(view({ signals: [sig('renewal', 'Your support renewal is due on 31 December.', { by: 'us' }), sig('upgrade', 'We need 200 additional seats next year.')] }))).toBe('expansion');
  });
});

describe('project stage: noisy signals', () => {
  it('a later stage needs real evidence: weak hints do not add up', () => {
    const v = view({
      signals: [
        sig('delivery', 'A phased rollout is acceptable.', { at: ago(10) }),
        sig('delivery', 'What lead time should we expect?', { at: ago(8) }),
        sig('delivery', 'Would a phased rollout starting with finance work?', { at: ago(6), by: 'us' }),
        sig('delivery', 'Delivery timeline is flexible.', { at: ago(5) }),
        sig('pilot', 'We would like a POC first.', { at: ago(5) }),
      ],
    });
    expect(stage(v)).toBe('evaluation');
  });

  it('a subject repeated on every reply counts once, read as its first author wrote it', () => {
    const them = sig('quote', '數據平台評估會議（下週三）及正式報價', { at: ago(3) });
    const ours = sig('quote', 'RE: 數據平台評估會議（下週三）及正式報價', { at: ago(0), by: 'us' });
    const poc = sig('pilot', '感謝貴公司這兩週在 POC 的投入', { at: ago(3) });
    const p = inferProjectStage(view({ signals: [poc, them, ours] }));
    expect(p.stage).toBe('evaluation');
    expect(p.scores.proposal).toBeCloseTo(0.7);
  });

  it('does not regress when an older, earlier-stage message is read late', () => {
    const signed = sig('contract', 'We signed the contract today.', { at: ago(3) });
    const base = view({ signals: [signed] });
    expect(stage(base)).toBe('contract');
    const late = sig('quote', 'Attached is our revised quote.', { at: ago(40), by: 'us' });
    expect(stage(view({ signals: [signed, late] }))).toBe('contract');
  });

  it('a finished project fades: evidence half a year older than the latest mail no longer decides', () => {
    const old = sig('contract', 'We signed the contract today.', { at: ago(400) });
    const now = sig('pilot', 'We would like to run a POC of the new module.', { at: ago(2) });
    expect(stage(view({ signals: [old, now] }))).toBe('evaluation');
  });

  it('evidence is newest first, at most three, with message and date', () => {
    const v = view({
      signals: [1, 2, 3, 4].map((d) => sig('pilot', `POC week ${d} results attached.`, { at: ago(d * 2) })),
    });
    const e = inferProjectStage(v).evidence;
    expect(e).toHaveLength(3);
    expect(e.map((x) => x.quote)).toEqual(['POC week 1 results attached.', 'POC week 2 results attached.', 'POC week 3 results attached.']);
    expect(e[0]!.messageId).toBeTruthy();
    expect(e[0]!.at).toBe(ago(2));
  });
});

describe('origin', () => {
  it('tender: an invitation to tender from the customer (EN and ZH)', () => {
    const o = inferOrigin(view({ signals: [sig('tender', 'RFP HLB-2026-114 – Invitation to Tender')] }));
    expect(o.origin).toBe('tender');
    expect(o.evidence[0]!.quote).toContain('Invitation to Tender');
    expect(inferOrigin(view({ signals: [sig('tender', '关于数据平台项目公开招标的通知')] })).origin).toBe('tender');
  });

  it('a tender mentioned only by us once is not enough', () => {
    expect(inferOrigin(view({ signals: [sig('tender', 'We could also answer a tender if you run one.', { by: 'us' })], messages: [msg({ direction: 'in' })] })).origin).toBe('unknown');
  });

  it('proactive: a charter drafted with us, or we opened the conversation', () => {
    const charter = view({ messages: [msg({ subject: '智能工厂数据平台项目立项书（草案）', direction: 'out', sentAt: ago(10) })] });
    expect(inferOrigin(charter).origin).toBe('proactive');
    const opened = view({ messages: [msg({ subject: 'Idea for your fleet data', direction: 'out', sentAt: ago(10) }), msg({ sentAt: ago(8) })] });
    expect(inferOrigin(opened).origin).toBe('proactive');
  });

  it('unknown: the customer wrote first and no tender', () => {
    expect(inferOrigin(view({ messages: [msg({ sentAt: ago(10) }), msg({ direction: 'out', sentAt: ago(8) })] })).origin).toBe('unknown');
  });
});

describe('relationship ladder', () => {
  it('prospect until a purchase; payment terms under negotiation are not a purchase', () => {
    expect(inferRelationship(view({ signals: [sig('invoice', 'Payment terms: our standard is net 60.')] })).stage).toBe('prospect');
  });

  it('vendor: a signed contract, a PO, an acceptance or a renewal', () => {
    expect(inferRelationship(view({ signals: [sig('contract', 'Contract signed: kickoff plan', { by: 'us' })] })).stage).toBe('vendor');
    expect(inferRelationship(view({ signals: [sig('acceptance', '会员数据平台自2025年12月通过终验以来运行稳定', { by: 'us' })] })).stage).toBe('vendor');
    expect(inferRelationship(view({ signals: [sig('renewal', 'Your subscription renewal is due in January.', { by: 'us' })] })).stage).toBe('vendor');
  });

  it('preferred supplier: a framework agreement in force, or repeat orders over time', () => {
    const fw = inferRelationship(view({ signals: [sig('purchase-order', '框架协议 HH-FW-2025-07 第三批订单（华南区 45 家门店）')] }));
    expect(fw.stage).toBe('preferred-supplier');
    expect(fw.evidence[0]!.quote).toContain('框架协议');
    const two = view({ signals: [sig('purchase-order', 'PO 4500011111 has been issued.', { at: ago(60) }), sig('purchase-order', 'PO 4500022222 has been issued.', { at: ago(5) })] });
    expect(inferRelationship(two).stage).toBe('preferred-supplier');
  });

  it('the same order re-read on every reply is not a repeat order; a proposed framework is not one in force', () => {
    const same = view({ signals: [sig('purchase-order', 'PO 4500011111 has been issued.', { at: ago(20) }), sig('purchase-order', 'PO 4500011111 has been issued.', { at: ago(5), by: 'us' })] });
    expect(inferRelationship(same).stage).toBe('vendor');
    const proposed = view({ signals: [sig('contract', 'We propose a framework agreement for next year.', { by: 'us' })] });
    expect(inferRelationship(proposed).stage).toBe('prospect');
  });

  it('partner: several projects, executive access and joint planning; never strategic alliance by inference', () => {
    const v = view({
      messages: [msg({ messageId: '<a>', threadId: 'p1', sentAt: ago(30) }), msg({ messageId: '<b>', threadId: 'p2', sentAt: ago(10) }), msg({ messageId: '<c>', threadId: 'p3', sentAt: ago(5) })],
      signals: [
        sig('purchase-order', '框架协议 HH-FW-2025-07 第三批订单', { messageId: '<a>', at: ago(30) }),
        sig('renewal', '维保续约合同', { messageId: '<b>', at: ago(10) }),
        sig('executive', '我们总经理希望参加明年的联合规划会议', { messageId: '<c>', at: ago(5) }),
      ],
    });
    expect(inferRelationship(v).stage).toBe('partner');
    const noJoint = view({ ...v, signals: v.signals.slice(0, 2) });
    expect(inferRelationship(noJoint).stage).toBe('preferred-supplier');
  });
});

describe('user overrides always win, the inferred value is still reported', () => {
  it('relationship, project stage and origin', () => {
    const v = view({
      org: org({ relationshipOverride: 'strategic-alliance', projectStageOverride: 'negotiation', originOverride: 'proactive' }),
      signals: [sig('tender', 'Invitation to Tender: data platform'), sig('pilot', 'POC scope and criteria')],
    });
    const i = computeInsight(v, TODAY);
    expect(i.relationship).toMatchObject({ value: 'strategic-alliance', source: 'user', inferred: 'prospect' });
    expect(i.project).toMatchObject({ value: 'negotiation', source: 'user', inferred: 'proposal' });
    expect(i.origin).toMatchObject({ value: 'proactive', source: 'user', inferred: 'tender' });
    const plain = computeInsight(view({ signals: v.signals }), TODAY);
    expect(plain.project).toMatchObject({ value: 'proposal', source: 'inferred', inferred: 'proposal' });
  });

  it('the playbook works from the overridden stage', () => {
    const v = view({ org: org({ projectStageOverride: 'contract' }), signals: [sig('contract', 'Contract signed today.', { by: 'us' })] });
    expect(computeInsight(v, TODAY).nextMoves.map((m) => m.rule)).toContain('contract-signed');
  });
});

describe('project stage: the need stage from a conversation', () => {
  it('an intro call or a meeting is the need stage when nothing later is shown', () => {
    expect(stage(view({ signals: [sig('meeting', 'Follow-up: clinical trial data platform – intro call', { by: 'us' })] }))).toBe('need');
    expect(stage(view({ signals: [sig('meeting', '想请贵司安排一次产品演示'), sig('pilot', '测试环境我们会在下周三前准备好')] }))).toBe('evaluation');
  });
});

describe('project stage: look-alikes', () => {
  it('a signed NDA is not a contract (EN and ZH)', () => {
    expect(stage(view({ signals: [sig('contract', 'We have signed the NDA, so you can share the architecture.')] }))).not.toBe('contract');
    expect(stage(view({ signals: [sig('contract', '保密协议已签署，请发送技术资料。')] }))).not.toBe('contract');
    expect(inferRelationship(view({ signals: [sig('contract', '保密协议已签署。')] })).stage).toBe('prospect');
  });

  it('acceptance criteria of a POC keep an evaluation in evaluation', () => {
    const v = view({
      signals: [
        sig('pilot', 'POC scope and evaluation criteria', { at: ago(9) }),
        sig('acceptance', 'The POC acceptance criteria are in the attachment.', { at: ago(8) }),
        sig('acceptance', 'We will review the POC test report against the acceptance criteria.', { at: ago(3) }),
      ],
    });
    expect(stage(v)).toBe('evaluation');
  });
});
