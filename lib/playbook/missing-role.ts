// A committee role the current stage needs is missing: no decision-maker, an evaluation with
// no technical contact, a negotiation (or tender) with nobody in procurement.
import type { GapId } from '../account/committee';
import type { Localized } from '../model/records';
import { L, move, orgName, type PlaybookContext, type PlaybookRule } from './types';

const MOVES: Partial<Record<GapId, (org: string) => { priority: number; title: Localized; reason: Localized; action: Localized }>> = {
  'no-decision-maker': (org) => ({
    priority: 70,
    title: L(`Reach the decision-maker at ${org}`, `接触${org}的决策者`),
    reason: L('No contact with a decision-maker yet; the people who sign usually join at the end, when it is too late to shape the project.',
      '尚未接触决策者；签字的人通常到最后才参与，那时已很难影响项目方向。'),
    action: L('Ask your contact who sponsors the project and propose a short briefing for them on goals, timeline and expected results.',
      '请现有联系人引荐项目的负责领导，提议做一次简短汇报，说明目标、时间计划和预期成果。'),
  }),
  'no-technical': (org) => ({
    priority: 73,
    title: L(`Help ${org}'s technical evaluators directly`, `直接支持${org}的技术评估人员`),
    reason: L('Technical evaluation is under way but we have no technical contact.', '技术评估正在进行，但我们还没有技术联系人。'),
    action: L('Ask for the engineer who runs the tests and offer a working session with our solution architect on their criteria.',
      '请对方介绍负责测试的工程师，安排我方解决方案架构师与其按评估标准一起工作。'),
  }),
  'no-purchaser': (org) => ({
    priority: 74,
    title: L(`Bring ${org}'s procurement into the conversation`, `让${org}的采购部门参与进来`),
    reason: L('Negotiation without procurement: the contract and price will be settled by people we have not met.',
      '进入商务谈判，但尚未接触采购：合同和价格将由我们尚未接触的人来决定。'),
    action: L('Ask who in procurement owns the contract and offer them what they need to close: terms, references, a clear price breakdown.',
      '询问负责合同的采购人员，主动提供其所需材料：合同条款、客户案例和清晰的价格明细。'),
  }),
  'tender-no-purchaser': (org) => ({
    priority: 66,
    title: L(`Know who runs ${org}'s tender`, `了解${org}招标的负责人`),
    reason: L('A tender is under way but we have no contact in procurement.', '招标正在进行，但我们在采购部门没有联系人。'),
    action: L('Identify the procurement officer named in the tender documents and route clarification questions through them.',
      '找到招标文件中指定的采购联系人，通过其正式提交澄清问题。'),
  }),
};

export const missingRole: PlaybookRule = (ctx: PlaybookContext) => {
  const org = orgName(ctx);
  const out = [];
  for (const g of ctx.insight.gaps) {
    const m = MOVES[g.id as GapId];
    if (!m) continue;
    const x = m(org);
    // The stage evidence explains why the role is needed now.
    out.push(move(`missing-role:${g.id}`, x.priority, x.title, x.reason, x.action, ctx.insight.project.evidence.slice(0, 1)));
  }
  return out;
};
