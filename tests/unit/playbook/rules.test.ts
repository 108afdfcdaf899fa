// Each playbook rule: it fires when it should (with EN and ZH text and the evidence that
// prompted it) and stays silent when it should not.
import { describe, expect, it } from 'vitest';
import { playbookContext } from '../../../lib/playbook/insight';
import type { AccountView, NextMove } from '../../../lib/model/records';
import type { PlaybookRule } from '../../../lib/playbook';
import { competitor } from '../../../lib/playbook/competitor';
import { contractSigned } from '../../../lib/playbook/contract-signed';
import { deliveredAccepted } from '../../../lib/playbook/delivered-accepted';
import { executive } from '../../../lib/playbook/executive';
import { missingRole } from '../../../lib/playbook/missing-role';
import { openRequest } from '../../../lib/playbook/open-request';
import { ourPromiseDueSoon } from '../../../lib/playbook/our-promise-due-soon';
import { ourPromiseOverdue } from '../../../lib/playbook/our-promise-overdue';
import { pricePressure } from '../../../lib/playbook/price-pressure';
import { qualification } from '../../../lib/playbook/qualification';
import { referral } from '../../../lib/playbook/referral';
import { repeatOrders } from '../../../lib/playbook/repeat-orders';
import { silence } from '../../../lib/playbook/silence';
import { singleThreaded } from '../../../lib/playbook/single-threaded';
import { passiveTender } from '../../../lib/playbook/tender';
import { theirPromiseOverdue } from '../../../lib/playbook/their-promise-overdue';
import { ago, com, contact, inDays, msg, org, sig, TODAY, view } from '../account/builders';

const run = (rule: PlaybookRule, v: AccountView, today = TODAY): NextMove[] => rule(playbookContext(v, today));
const HAN = /[\u4e00-\u9fff]/;

/** A well-formed move: both languages filled, Chinese really Chinese, evidence with ids. */
function wellFormed(m: NextMove) {
  for (const f of [m.title, m.reason, m.action]) {
    expect(f.en.length).toBeGreaterThan(5);
    expect(f.zh).toMatch(HAN);
    expect(f.en).not.toMatch(HAN.test(m.title.en) ? /$^/ : HAN);
  }
  expect(m.evidence.length).toBeLessThanOrEqual(3);
  for (const e of m.evidence) expect(e.messageId).toBeTruthy();
}

describe('our promise overdue / due soon', () => {
  const late = com('We will send the completed security questionnaire by Wednesday.', { due: inDays(-5) });
  const lateZh = com('我们会在下周三前提交技术方案初稿', { due: inDays(-2) });
  it('fires on an open overdue promise of ours, most overdue first, quoting it', () => {
    const [m] = run(ourPromiseOverdue, view({ commitments: [lateZh, late] }));
    wellFormed(m!);
    expect(m!.rule).toBe('our-promise-overdue');
    expect(m!.title.en).toContain('security questionnaire');
    expect(m!.reason.zh).toContain('已逾期 5 天');
    expect(m!.evidence.map((e) => e.quote)).toEqual([late.text, lateZh.text]);
  });
  it('is silent when done, seemingly delivered, snoozed, theirs, or not yet due', () => {
    const silent = [
      com('x', { due: inDays(-5), status: 'done' }),
      com('x', { due: inDays(-5), deliveredBy: { messageId: '<d>', quote: 'attached', at: ago(1) } }),
      com('x', { due: inDays(-5), snoozedUntil: inDays(2) }),
      com('x', { due: inDays(-5), side: 'theirs' }),
      com('x', { due: inDays(1) }),
    ];
    expect(run(ourPromiseOverdue, view({ commitments: silent }))).toEqual([]);
  });
  it('due soon: within three days, not overdue ones, not later ones', () => {
    const [m] = run(ourPromiseDueSoon, view({ commitments: [com('名单和联系人信息我明天发给张主任。', { due: inDays(1) })] }));
    wellFormed(m!);
    expect(m!.reason.en).toContain('tomorrow');
    expect(m!.evidence[0]!.quote).toContain('张主任');
    expect(run(ourPromiseDueSoon, view({ commitments: [com('x', { due: inDays(4) }), com('y', { due: inDays(-1) })] }))).toEqual([]);
  });
});

describe('their promise overdue', () => {
  it('fires on what the customer owes us, past due, offering help', () => {
    const c = com('我們會在下週一前準備好測試環境', { side: 'theirs', due: inDays(-7), ownerName: '吳建宏' });
    const [m] = run(theirPromiseOverdue, view({ commitments: [c] }));
    wellFormed(m!);
    expect(m!.title.zh).toContain('吳建宏');
    expect(m!.evidence[0]!.quote).toBe(c.text);
  });
  it('is silent for our own, for future, and for closed ones', () => {
    expect(run(theirPromiseOverdue, view({ commitments: [com('x', { due: inDays(-7) }), com('y', { side: 'theirs', due: inDays(2) }), com('z', { side: 'theirs', due: inDays(-2), status: 'dismissed' })] }))).toEqual([]);
  });
});

describe('open request made of us', () => {
  it('overdue request', () => {
    const c = com('Please confirm by Friday whether you intend to submit a bid.', { kind: 'request', owner: 'recipient', due: inDays(-10) });
    const moves = run(openRequest, view({ commitments: [c] }));
    expect(moves.map((m) => m.rule)).toEqual(['request-overdue']);
    wellFormed(moves[0]!);
  });
  it('request due within three days', () => {
    const c = com('請於下週一前提供正式報價及三年總持有成本（TCO）分析', { kind: 'request', due: inDays(0) });
    expect(run(openRequest, view({ commitments: [c] })).map((m) => m.rule)).toEqual(['request-due-soon']);
  });
  it('undated and unanswered for three days; silent once we wrote after it', () => {
    const c = com('能否在下周内安排一次线上演示？', { kind: 'request', madeAt: ago(6) });
    const [m] = run(openRequest, view({ commitments: [c], messages: [msg({ sentAt: ago(6) })] }));
    expect(m!.rule).toBe('request-unanswered');
    wellFormed(m!);
    expect(run(openRequest, view({ commitments: [c], messages: [msg({ sentAt: ago(6) }), msg({ direction: 'out', sentAt: ago(4) })] }))).toEqual([]);
    expect(run(openRequest, view({ commitments: [{ ...c, madeAt: ago(1) }] }))).toEqual([]);
  });
  it('silent for requests we made of them', () => {
    expect(run(openRequest, view({ commitments: [com('Could you send the vessel list?', { kind: 'request', side: 'theirs', due: inDays(-3) })] }))).toEqual([]);
  });
});

describe('single-threaded', () => {
  it('fires with one customer person, naming them', () => {
    const [m] = run(singleThreaded, view({ contacts: [contact('eleanor@hlb.co.uk', { name: 'Eleanor Marsh' }), contact('tenders@hlb.co.uk', { person: false })] }));
    wellFormed(m!);
    expect(m!.title.en).toContain('Eleanor Marsh');
  });
  it('silent with two people, or none', () => {
    expect(run(singleThreaded, view({ contacts: [contact('a@x.com'), contact('b@x.com')] }))).toEqual([]);
    expect(run(singleThreaded, view({ contacts: [] }))).toEqual([]);
  });
});

describe('missing role for the stage', () => {
  const poc = sig('pilot', 'POC scope and evaluation criteria', { at: ago(3) });
  const redline = sig('contract', 'Attached is our redline of your Master Subscription Agreement.', { at: ago(3) });
  it('evaluation without a technical contact, and no decision-maker', () => {
    const v = view({ signals: [poc], contacts: [contact('a@x.com', { role: 'user' }), contact('b@x.com', { role: 'purchaser' })] });
    const rules = run(missingRole, v).map((m) => m.rule);
    expect(rules).toEqual(['missing-role:no-decision-maker', 'missing-role:no-technical']);
    run(missingRole, v).forEach(wellFormed);
  });
  it('negotiation without procurement', () => {
    const v = view({ signals: [redline], contacts: [contact('a@x.com', { role: 'decision-maker' }), contact('b@x.com', { role: 'technical' })] });
    expect(run(missingRole, v).map((m) => m.rule)).toEqual(['missing-role:no-purchaser']);
  });
  it('silent when the roles the stage needs are covered', () => {
    const v = view({ signals: [redline], contacts: [contact('a@x.com', { role: 'decision-maker' }), contact('b@x.com', { role: 'purchaser' })] });
    expect(run(missingRole, v)).toEqual([]);
  });
});

describe('passive tender', () => {
  it('fires on a tender from the customer: clarify, qualification documents, delivery risk', () => {
    const v = view({ signals: [sig('tender', 'RFP HLB-2026-114 – Invitation to Tender', { at: ago(17) }), sig('qualification', '4. the completed supplier security questionnaire (Appendix D).', { at: ago(17) })] });
    const [m] = run(passiveTender, v);
    wellFormed(m!);
    expect(m!.action.en).toMatch(/clarification/);
    expect(m!.action.en).toMatch(/qualification/);
    expect(m!.action.zh).toMatch(/资质/);
    expect(m!.evidence.map((e) => e.quote)).toContain('RFP HLB-2026-114 – Invitation to Tender');
  });
  it('fires for a Chinese tender too; silent for a proactive project and after the contract', () => {
    expect(run(passiveTender, view({ signals: [sig('tender', '关于数据平台项目公开招标的通知')] }))).toHaveLength(1);
    expect(run(passiveTender, view({ signals: [sig('pilot', 'POC scope')] }))).toEqual([]);
    expect(run(passiveTender, view({ signals: [sig('tender', 'Invitation to Tender', { at: ago(60) }), sig('contract', 'We signed the contract today.', { at: ago(1) })] }))).toEqual([]);
  });
});

describe('silence', () => {
  it('fires after more than 14 days in proposal, quoting the last message', () => {
    const v = view({ signals: [sig('quote', 'Attached is our formal quotation.', { at: ago(20), by: 'us' })] });
    const [m] = run(silence, v);
    wellFormed(m!);
    expect(m!.title.en).toContain('20 days');
  });
  it('tolerates 20 days in delivery, but not 31', () => {
    const d = (n: number) => view({ signals: [sig('acceptance', 'On final acceptance, our team will review the reports.', { at: ago(n) })] });
    expect(run(silence, d(20))).toEqual([]);
    expect(run(silence, d(31))).toHaveLength(1);
  });
  it('silent with recent mail or no mail', () => {
    expect(run(silence, view({ signals: [sig('quote', 'Attached is our formal quotation.', { at: ago(3), by: 'us' })] }))).toEqual([]);
    expect(run(silence, view({}))).toEqual([]);
  });
});

describe('contract signed: plan milestones and final acceptance', () => {
  it('fires after a signed contract (EN) or an order (ZH)', () => {
    const [m] = run(contractSigned, view({ signals: [sig('contract', 'Fleet Data Platform – contract signed: kickoff and milestone plan', { by: 'us' })] }));
    wellFormed(m!);
    expect(m!.action.en).toMatch(/acceptance/);
    expect(m!.evidence[0]!.quote).toContain('contract signed');
    expect(run(contractSigned, view({ signals: [sig('contract', '合同已正式签署，下周进场实施。')] }))).toHaveLength(1);
  });
  it('silent before the contract and once the customer has accepted', () => {
    expect(run(contractSigned, view({ signals: [sig('quote', 'Attached is our formal quotation.', { by: 'us' })] }))).toEqual([]);
    expect(run(contractSigned, view({ signals: [sig('contract', 'Contract signed last month.', { at: ago(20) }), sig('acceptance', '系统已通过终验，验收报告已签字。', { at: ago(2) })] }))).toEqual([]);
  });
});

describe('delivered and accepted: maintenance, support, upgrades', () => {
  it('fires after a final acceptance (ZH) or in expansion', () => {
    const [m] = run(deliveredAccepted, view({ signals: [sig('acceptance', '会员数据平台自2025年12月通过终验以来，已经稳定运行近一年。', { by: 'us' })] }));
    wellFormed(m!);
    expect(m!.evidence[0]!.quote).toContain('通过终验');
    expect(run(deliveredAccepted, view({ signals: [sig('renewal', 'Your support renewal is due on 31 December.', { by: 'us' })] }))).toHaveLength(1);
  });
  it('silent while acceptance is only planned', () => {
    expect(run(deliveredAccepted, view({ signals: [sig('acceptance', 'Please send the draft final acceptance test plan.')] }))).toEqual([]);
  });
});

describe('qualification asked', () => {
  it('fires on a supplier assessment, higher in a tender', () => {
    const q = sig('qualification', '请提供营业执照、资质证书和近三年业绩证明。', { at: ago(5) });
    const [m] = run(qualification, view({ signals: [q] }));
    wellFormed(m!);
    expect(m!.action.en).toMatch(/reference cases/);
    const [t] = run(qualification, view({ signals: [q, sig('tender', '公开招标公告', { at: ago(6) })] }));
    expect(t!.priority).toBeGreaterThan(m!.priority);
  });
  it('silent without it, or when it is months old', () => {
    expect(run(qualification, view({ signals: [sig('pilot', 'POC scope')] }))).toEqual([]);
    expect(run(qualification, view({ signals: [sig('qualification', 'ISO 27001 certificate', { at: ago(120) })] }))).toEqual([]);
  });
});

describe('competitor mentioned', () => {
  it('fires, with reference cases in the action', () => {
    const [m] = run(competitor, view({ signals: [sig('competitor', '我们也对比了几家友商的方案。')] }));
    wellFormed(m!);
    expect(m!.action.en).toMatch(/reference/);
    expect(m!.evidence[0]!.quote).toContain('友商');
  });
  it('silent without one', () => {
    expect(run(competitor, view({ signals: [sig('quote', 'Attached is our quotation.')] }))).toEqual([]);
  });
});

describe('price pressure', () => {
  it('fires on the customer pushing price: value and total cost', () => {
    const [m] = run(pricePressure, view({ signals: [sig('price-pressure', 'Our CFO has capped the budget at $360,000.')] }));
    wellFormed(m!);
    expect(m!.action.en).toMatch(/total cost/);
    expect(run(pricePressure, view({ signals: [sig('price-pressure', '年费请给予 3% 的优惠。')] }))).toHaveLength(1);
  });
  it('silent when only we mention the budget', () => {
    expect(run(pricePressure, view({ signals: [sig('price-pressure', 'We can phase it to fit your budget.', { by: 'us' })] }))).toEqual([]);
  });
});

describe('executive involved', () => {
  it('fires on an executive clause from the customer', () => {
    const [m] = run(executive, view({ signals: [sig('executive', 'Our CIO will join the steering committee review.')] }));
    wellFormed(m!);
    expect(m!.action.en).toMatch(/[Bb]rief/);
  });
  it('fires on a senior contact writing to us, naming them', () => {
    const boss = contact('chen.jianguo@huadong-zhizao.com.cn', { name: '陈建国', title: '总经理', role: 'decision-maker', messagesFrom: 1 });
    const v = view({ contacts: [boss], messages: [msg({ from: { name: '陈建国', email: boss.email }, subject: '数据平台项目沟通安排' })] });
    const [m] = run(executive, v);
    expect(m!.title.zh).toContain('陈建国');
    expect(m!.evidence[0]!.subject).toBe('数据平台项目沟通安排');
  });
  it('silent for managers, and for a senior person who never wrote', () => {
    const v = view({ contacts: [contact('a@x.com', { title: 'IT Project Manager', messagesFrom: 3 }), contact('b@x.com', { title: 'CEO', messagesFrom: 0 })] });
    expect(run(executive, v)).toEqual([]);
  });
});

describe('repeat orders → framework agreement', () => {
  it('fires on two orders a month apart without a framework', () => {
    const v = view({ signals: [sig('purchase-order', 'PO 4500011111 has been issued.', { at: ago(40) }), sig('purchase-order', 'PO 4500022222 has been issued.', { at: ago(5) })] });
    const [m] = run(repeatOrders, v);
    wellFormed(m!);
    expect(m!.action.zh).toContain('框架协议');
    expect(m!.evidence).toHaveLength(2);
  });
  it('silent with one order, or when a framework is already in force', () => {
    expect(run(repeatOrders, view({ signals: [sig('purchase-order', 'PO 4500011111 has been issued.')] }))).toEqual([]);
    expect(run(repeatOrders, view({ signals: [sig('purchase-order', '框架协议 HH-FW-2025-07 第三批订单')] }))).toEqual([]);
  });
});

describe('referral from a decision-maker', () => {
  const dm = contact('wang.lei@hanhai-retail.com.cn', { name: '王磊', role: 'decision-maker', messagesFrom: 1, messagesTo: 3 });
  const accepted = sig('acceptance', '会员数据平台自2025年12月通过终验以来，已经稳定运行近一年。', { by: 'us' });
  it('fires after delivery with a two-way relationship with the decision-maker', () => {
    const [m] = run(referral, view({ contacts: [dm], signals: [accepted, sig('renewal', '维保续约', { at: ago(1) })] }));
    wellFormed(m!);
    expect(m!.title.zh).toContain('王磊');
  });
  it('silent for a prospect, or a decision-maker who never writes', () => {
    expect(run(referral, view({ contacts: [dm], signals: [sig('pilot', 'POC scope')] }))).toEqual([]);
    expect(run(referral, view({ contacts: [{ ...dm, messagesFrom: 0 }], signals: [accepted] }))).toEqual([]);
  });
});

describe('user stage overrides steer the rules', () => {
  it('an overridden origin makes a tender proactive: no tender move', () => {
    const v = view({ org: org({ originOverride: 'proactive' }), signals: [sig('tender', 'Invitation to Tender')] });
    expect(run(passiveTender, v)).toEqual([]);
  });
});

describe('explainable gaps', () => {
  it('a missing-role move carries the stage evidence; single-threaded names the last message with the contact', () => {
    const poc = sig('pilot', 'POC scope and evaluation criteria', { at: ago(3) });
    const [m] = run(missingRole, view({ signals: [poc], contacts: [contact('a@x.com', { role: 'decision-maker' })] }));
    expect(m!.rule).toBe('missing-role:no-technical');
    expect(m!.evidence[0]!.quote).toBe('POC scope and evaluation criteria');
    const p = contact('eleanor@hlb.co.uk', { name: 'Eleanor Marsh', title: 'Head of Procurement' });
    const last = msg({ from: { name: 'Eleanor Marsh', email: p.email }, subject: 'RFP clarifications', sentAt: ago(1) });
    const [s] = run(singleThreaded, view({ contacts: [p], messages: [msg({ sentAt: ago(9), from: { name: '', email: p.email } }), last] }));
    expect(s!.evidence[0]).toMatchObject({ messageId: last.messageId, subject: 'RFP clarifications', quote: 'Eleanor Marsh · Head of Procurement' });
  });
});

describe('passive tender: the next deadline', () => {
  it('names the nearest date the customer set for us, and cites it first', () => {
    const ask = com('Could you share them by next Wednesday?', { kind: 'request', due: inDays(9) });
    const later = com('Submit the bid by 15 January.', { kind: 'request', due: inDays(50) });
    const [m] = run(passiveTender, view({ commitments: [later, ask], signals: [sig('tender', 'RFP HLB-2026-114 – Invitation to Tender', { at: ago(17) })] }));
    expect(m!.reason.en).toContain(inDays(9));
    expect(m!.reason.zh).toContain(inDays(9));
    expect(m!.evidence[0]!.quote).toBe(ask.text);
    const [none] = run(passiveTender, view({ signals: [sig('tender', 'RFP HLB-2026-114 – Invitation to Tender', { at: ago(17) })] }));
    expect(none!.reason.en).not.toMatch(/next date/);
  });
});

describe('executive: titles', () => {
  it('a product owner is not an executive; a vice president is', () => {
    const po = contact('po@x.com', { title: 'Product Owner', messagesFrom: 2 });
    expect(run(executive, view({ contacts: [po] }))).toEqual([]);
    const vp = contact('vp@x.com', { name: 'Ann Lee', title: 'Vice President, Operations', messagesFrom: 1 });
    expect(run(executive, view({ contacts: [vp], messages: [msg({ from: { name: 'Ann Lee', email: vp.email } })] }))[0]!.title.en).toContain('Ann Lee');
  });
});
