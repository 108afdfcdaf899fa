// The customer asked something of us and it is still open: overdue, due soon, or unanswered.
import { daysBetween, timeMs } from '../account/stages';
import { commitmentEvidence, daysToDue, isLive, L, move, orgName, quoteShort, type PlaybookRule } from './types';

/** An undated request with no reply from us after this many days counts as unanswered. */
export const UNANSWERED_DAYS = 3;

export const openRequest: PlaybookRule = (ctx) => {
  const { view, today } = ctx;
  const open = view.commitments.filter((c) => c.side === 'ours' && c.kind === 'request' && isLive(c, today));
  let lastOut = -Infinity;
  for (const m of view.messages) if (m.direction === 'out') lastOut = Math.max(lastOut, timeMs(m.sentAt) || -Infinity);
  const repliedAfter = (at: string | null) => !!at && lastOut > timeMs(at);
  const overdue = open.filter((c) => daysToDue(c, today) < 0).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const soon = open.filter((c) => { const d = daysToDue(c, today); return d >= 0 && d <= 3; }).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const unanswered = open.filter((c) => !c.due && daysBetween(c.madeAt, today) >= UNANSWERED_DAYS && !repliedAfter(c.madeAt));
  const org = orgName(ctx);
  const out = [];
  if (overdue.length) {
    const c = overdue[0]!;
    const days = -daysToDue(c, today);
    out.push(move('request-overdue', 84 + Math.min(5, days),
      L(`Answer ${org}'s request: “${quoteShort(c.text)}”`, `回复${org}的请求：“${quoteShort(c.text)}”`),
      L(`They asked for it by ${c.due} (${days} day${days === 1 ? '' : 's'} ago)${overdue.length > 1 ? `; ${overdue.length} of their requests are past due` : ''}.`,
        `对方要求在 ${c.due} 前完成（已过 ${days} 天）${overdue.length > 1 ? `；共有 ${overdue.length} 项客户请求已过期` : ''}。`),
      L('Reply today with what they asked for, or with a clear date, so their team can take the next step.',
        '今天给出答复或所需材料；如需更多时间，明确告知完成日期，方便客户安排下一步。'),
      overdue.slice(0, 3).map(commitmentEvidence)));
  }
  if (soon.length) {
    const c = soon[0]!;
    out.push(move('request-due-soon', 72,
      L(`${org} needs this by ${c.due}: “${quoteShort(c.text)}”`, `${org}需要在 ${c.due} 前收到：“${quoteShort(c.text)}”`),
      L(`Their deadline is within three days${soon.length > 1 ? `; ${soon.length} requests are due` : ''}.`, `客户的截止时间在三天之内${soon.length > 1 ? `；共有 ${soon.length} 项请求即将到期` : ''}。`),
      L('Confirm who on our side owns it and get it to them before their deadline.', '确认我方负责人，赶在客户截止时间前交付。'),
      soon.slice(0, 3).map(commitmentEvidence)));
  }
  if (unanswered.length) {
    const c = unanswered[0]!;
    out.push(move('request-unanswered', 58,
      L(`Reply to ${org}: “${quoteShort(c.text)}”`, `回复${org}：“${quoteShort(c.text)}”`),
      L(`Asked ${daysBetween(c.madeAt, today)} days ago and we have not written since.`, `对方 ${daysBetween(c.madeAt, today)} 天前提出，我们之后还没有回信。`),
      L('Acknowledge it and say when they will have an answer; an unanswered request slows their decision.', '先确认收到并告知答复时间；请求无人回应会拖慢客户的决策。'),
      unanswered.slice(0, 3).map(commitmentEvidence)));
  }
  return out;
};
