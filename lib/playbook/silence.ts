// Silence longer than the stage allows (measured from the last message either way).
import { daysBetween, timeMs } from '../account/stages';
import type { ProjectStage } from '../model/records';
import { L, move, orgName, type PlaybookRule } from './types';

/** Days of silence each stage tolerates; the deal-making stages least. */
export const SILENCE_DAYS: Record<ProjectStage | 'none', number> = {
  none: 30, need: 30, initiation: 21, evaluation: 14, proposal: 14, negotiation: 14, contract: 21, delivery: 30, expansion: 45,
};

export const silence: PlaybookRule = (ctx) => {
  const msgs = ctx.view.messages.filter((m) => m.direction !== 'internal' && m.sentAt);
  if (!msgs.length) return [];
  const last = msgs.reduce((a, b) => (timeMs(b.sentAt) > timeMs(a.sentAt) ? b : a));
  const days = daysBetween(last.sentAt, ctx.today);
  const stage = ctx.insight.project.value;
  const limit = SILENCE_DAYS[stage ?? 'none'];
  if (!(days > limit)) return [];
  const org = orgName(ctx);
  return [move('silence', 68,
    L(`Reconnect with ${org}: ${days} days without contact`, `与${org}恢复联系：已 ${days} 天没有往来`),
    L(`The last message was ${days} days ago; at the ${stage ?? 'current'} stage more than ${limit} days of silence usually means the project has stalled or moved on without us.`,
      `最后一封邮件是 ${days} 天前；在当前阶段，沉默超过 ${limit} 天通常意味着项目停滞，或在没有我们参与的情况下推进。`),
    L('Write with something useful for their project (an answer, a relevant case, a proposed next step) and ask where things stand.',
      '带着对客户项目有价值的内容（答复、相关案例或下一步建议）去联系，并了解项目当前进展。'),
    [{ messageId: last.messageId, quote: last.subject, at: last.sentAt, subject: last.subject }])];
};
