// Delivered and accepted: the continuing sales begin. Propose maintenance, support, upgrades
// and add-ons that keep the system delivering value.
import { ACCEPTED } from '../account/stages';
import { L, latestSignals, move, orgName, signalEvidence, type PlaybookRule } from './types';

export const deliveredAccepted: PlaybookRule = (ctx) => {
  const { view } = ctx;
  const accepted = latestSignals(view, [...new Set(view.signals.map((s) => s.kind))]).filter((s) => ACCEPTED.test(s.evidence));
  const stage = ctx.insight.project.value;
  if (!accepted.length && stage !== 'expansion') return [];
  const ev = [...accepted, ...latestSignals(view, ['renewal', 'maintenance', 'upgrade'])].slice(0, 3);
  const org = orgName(ctx);
  return [move('delivered-accepted', 55,
    L(`Keep ${org}'s system delivering value: maintenance, support and upgrades`, `让${org}的系统持续创造价值：维保、支持与升级`),
    L('The project was delivered and accepted; the next value for them is in running it well and extending it.',
      '项目已交付并通过验收；客户接下来的价值在于系统稳定运行和持续扩展。'),
    L('Review how the system is used with their team, then propose the maintenance and support plan, the upgrade path and add-ons that fit their next goals.',
      '与客户团队一起回顾系统使用情况，再提出符合其下一步目标的维保与支持方案、升级路径和扩展模块。'),
    ev.map((s) => signalEvidence(view, s)))];
};
