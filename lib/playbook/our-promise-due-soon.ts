// Our promise falls due in the next three days: prepare it now.
import { commitmentEvidence, daysToDue, isLive, L, move, orgName, quoteShort, type PlaybookRule } from './types';

export const DUE_SOON_DAYS = 3;

export const ourPromiseDueSoon: PlaybookRule = (ctx) => {
  const soon = ctx.view.commitments
    .filter((c) => c.side === 'ours' && c.kind === 'promise' && isLive(c, ctx.today))
    .filter((c) => { const d = daysToDue(c, ctx.today); return d >= 0 && d <= DUE_SOON_DAYS; })
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  if (!soon.length) return [];
  const first = soon[0]!;
  const d = daysToDue(first, ctx.today);
  const org = orgName(ctx);
  const whenEn = d === 0 ? 'today' : d === 1 ? 'tomorrow' : `in ${d} days`;
  const whenZh = d === 0 ? '今天' : d === 1 ? '明天' : `${d} 天后`;
  return [move('our-promise-due-soon', 76 - d,
    L(`Prepare what we promised ${org} by ${first.due}: “${quoteShort(first.text)}”`, `准备好对${org}的承诺（${first.due} 到期）：“${quoteShort(first.text)}”`),
    L(`Due ${whenEn}${soon.length > 1 ? `; ${soon.length} of our promises fall due within ${DUE_SOON_DAYS} days` : ''}.`,
      `${whenZh}到期${soon.length > 1 ? `；共有 ${soon.length} 项我方承诺将在 ${DUE_SOON_DAYS} 天内到期` : ''}。`),
    L('Line up the people and material now so it reaches them on time and keeps their project on schedule.',
      '现在就协调好人员和材料，按时交付，让客户项目按计划推进。'),
    soon.slice(0, 3).map(commitmentEvidence))];
};
