// A competitor is mentioned: differentiate with what matters to their project, backed by
// reference cases.
import { L, latestSignals, move, orgName, recent, signalEvidence, type PlaybookRule } from './types';

export const competitor: PlaybookRule = (ctx) => {
  const sig = recent(latestSignals(ctx.view, ['competitor']), ctx.today, 90);
  if (!sig.length) return [];
  const org = orgName(ctx);
  return [move('competitor', 64,
    L(`Help ${org} compare like for like`, `帮助${org}进行同等条件的对比`),
    L('Another supplier is in the picture; comparisons made on price alone miss what their project needs.',
      '客户同时在考虑其他供应商；只比价格，容易忽略项目真正的需求。'),
    L('Offer a side-by-side on their own requirements and a reference call with a customer who solved the same problem.',
      '按客户自己的需求提供逐项对比，并安排与解决过相同问题的客户进行案例交流。'),
    sig.slice(0, 3).map((s) => signalEvidence(ctx.view, s)))];
};
