// Our promise is overdue: a broken promise costs trust. Deliver it, or agree a new date.
import { commitmentEvidence, daysToDue, isLive, L, move, orgName, quoteShort, type PlaybookRule } from './types';

export const ourPromiseOverdue: PlaybookRule = (ctx) => {
  const late = ctx.view.commitments
    .filter((c) => c.side === 'ours' && c.kind === 'promise' && isLive(c, ctx.today) && daysToDue(c, ctx.today) < 0)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  if (!late.length) return [];
  const first = late[0]!;
  const days = -daysToDue(first, ctx.today);
  const org = orgName(ctx);
  const more = late.length - 1;
  return [move('our-promise-overdue', 90 + Math.min(9, days),
    L(`Deliver what we promised ${org}: “${quoteShort(first.text)}”`, `兑现对${org}的承诺：“${quoteShort(first.text)}”`),
    L(`Due ${first.due}, ${days} day${days === 1 ? '' : 's'} ago${more ? `; ${more} more of our promises are overdue` : ''}. Their team is planning around it.`,
      `约定在 ${first.due} 完成，已逾期 ${days} 天${more ? `；另有 ${more} 项我方承诺已逾期` : ''}。客户团队的工作安排依赖于此。`),
    L('Send it today, or tell them honestly when it will arrive and what you have ready now, so their project is not held up.',
      '今天交付；如果做不到，主动说明新的完成时间和目前已有的部分，避免耽误客户项目进度。'),
    late.slice(0, 3).map(commitmentEvidence))];
};
