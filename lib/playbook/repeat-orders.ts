// Repeat orders without a framework agreement: propose one, and move toward preferred supplier.
import { timeMs } from '../account/stages';
import { hasRepeatOrders, relationshipFacts } from '../account/stages';
import { L, move, orgName, type PlaybookRule } from './types';

export const repeatOrders: PlaybookRule = (ctx) => {
  const f = relationshipFacts(ctx.view);
  if (f.framework.length || !hasRepeatOrders(f)) return [];
  const r = ctx.insight.relationship.value;
  if (r === 'partner' || r === 'strategic-alliance') return [];
  const org = orgName(ctx);
  const ev = [...f.repeat, ...f.orders]
    .sort((a, b) => (timeMs(b.at) || 0) - (timeMs(a.at) || 0))
    .filter((c, i, all) => all.findIndex((d) => d.messageId === c.messageId) === i)
    .slice(0, 3)
    .map((c) => ({ messageId: c.messageId, quote: c.quote, at: c.at }));
  return [move('repeat-orders', 58,
    L(`Propose a framework agreement to ${org}`, `向${org}提议签订框架协议`),
    L('They keep ordering from us; each order repeats the same purchasing effort on their side.',
      '客户持续向我们下单，每次采购都要重复走一遍流程。'),
    L('Offer a framework agreement (agreed prices, service levels, call-off orders) that saves their procurement time and makes us their preferred supplier.',
      '提议签订框架协议（约定价格、服务水平、按需下单），为客户节省采购时间，也让我们成为其优选供应商。'),
    ev)];
};
