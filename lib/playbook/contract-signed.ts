// Contract signed (or delivery under way, not yet accepted): plan the milestones and the final
// acceptance with the customer, so delivery ends in a signed acceptance.
import { ACCEPTED, isSignedContract } from '../account/stages';
import { latestSignals, L, move, orgName, signalEvidence, type PlaybookRule } from './types';

export const contractSigned: PlaybookRule = (ctx) => {
  const stage = ctx.insight.project.value;
  if (stage !== 'contract' && stage !== 'delivery') return [];
  const { view } = ctx;
  if (view.signals.some((s) => ACCEPTED.test(s.evidence) && s.by === 'them')) return [];
  const signed = latestSignals(view, ['contract', 'purchase-order']).filter((s) => s.kind === 'purchase-order' || isSignedContract(s.evidence));
  const acceptance = latestSignals(view, ['acceptance']);
  if (!signed.length && !acceptance.length) return [];
  const org = orgName(ctx);
  return [move('contract-signed', 72,
    L(`Plan milestones and final acceptance with ${org}`, `与${org}共同规划里程碑和终验`),
    L('The contract is signed and delivery is under way; a project is only finished when the customer signs the final acceptance.',
      '合同已签署，交付正在进行；只有客户签署终验，项目才算真正完成。'),
    L('Agree the milestone plan, the acceptance criteria and the acceptance committee with them now, and put the final acceptance review in their calendar.',
      '现在就与客户确认里程碑计划、验收标准和验收小组成员，并把终验评审排进客户日程。'),
    [...acceptance, ...signed].slice(0, 3).map((s) => signalEvidence(view, s)))];
};
