// Something the customer owes (their promise, or what we asked of them) is overdue: follow up,
// offering help rather than chasing.
import { commitmentEvidence, daysToDue, isLive, L, move, orgName, quoteShort, type PlaybookRule } from './types';

export const theirPromiseOverdue: PlaybookRule = (ctx) => {
  const late = ctx.view.commitments
    .filter((c) => c.side === 'theirs' && isLive(c, ctx.today) && daysToDue(c, ctx.today) < 0)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  if (!late.length) return [];
  const first = late[0]!;
  const days = -daysToDue(first, ctx.today);
  const org = orgName(ctx);
  const who = first.ownerName ?? org;
  return [move('their-promise-overdue', 60 + Math.min(8, days),
    L(`Follow up with ${who}: “${quoteShort(first.text)}”`, `跟进${who}：“${quoteShort(first.text)}”`),
    L(`Expected by ${first.due}, ${days} day${days === 1 ? '' : 's'} ago${late.length > 1 ? `; ${late.length} items from ${org} are overdue` : ''}. A stalled input usually means something is blocking their side.`,
      `原定 ${first.due} 完成，已过去 ${days} 天${late.length > 1 ? `；${org}共有 ${late.length} 项待办已逾期` : ''}。对方迟迟未提供，通常说明内部遇到了阻碍。`),
    L('Send a short, friendly check-in: ask whether anything is blocking them and offer help (a template, a call, our engineer) so their project keeps moving.',
      '发一封简短友好的跟进邮件：询问是否遇到困难，并主动提供帮助（模板、电话沟通或我方工程师支持），让客户项目继续推进。'),
    late.slice(0, 3).map(commitmentEvidence))];
};
