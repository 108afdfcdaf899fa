// Price pressure from the customer: answer with value and total cost, not only a discount.
import { L, latestSignals, move, orgName, recent, signalEvidence, type PlaybookRule } from './types';

export const pricePressure: PlaybookRule = (ctx) => {
  const sig = recent(latestSignals(ctx.view, ['price-pressure'], 'them'), ctx.today, 60);
  if (!sig.length) return [];
  const org = orgName(ctx);
  return [move('price-pressure', 67,
    L(`Help ${org} make the budget case`, `帮助${org}论证预算的合理性`),
    L('They are pushing on price or budget; a bare discount lowers our value without solving their approval problem.',
      '客户在价格或预算上施压；单纯降价会削弱我们的价值，却解决不了客户内部审批的难题。'),
    L('Show the total cost of ownership and the value to their project, and offer options (phasing, term, scope) that fit the budget instead of a flat discount.',
      '展示总体拥有成本和项目价值，并提供分期、合同期限或范围调整等方案来匹配预算，而不是直接打折。'),
    sig.slice(0, 3).map((s) => signalEvidence(ctx.view, s)))];
};
