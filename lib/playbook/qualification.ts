// Supplier qualification / assessment asked: credentials and reference cases decide whether we
// are even considered.
import { L, latestSignals, move, orgName, recent, signalEvidence, type PlaybookRule } from './types';

export const qualification: PlaybookRule = (ctx) => {
  const sig = recent(latestSignals(ctx.view, ['qualification']), ctx.today, 90);
  if (!sig.length) return [];
  const org = orgName(ctx);
  const tender = ctx.insight.origin.value === 'tender';
  return [move('qualification', tender ? 78 : 66,
    L(`Complete ${org}'s supplier qualification`, `完成${org}的供应商资质审核`),
    L('They are checking our credentials as a supplier; a missing certificate or reference can rule us out before the solution is even compared.',
      '客户正在审核我们的供应商资质；缺少证书或案例，可能在方案比较之前就被淘汰。'),
    L('Send a complete pack: company credentials, certificates (ISO and security), financial standing, delivery record and two reference cases from similar customers.',
      '提供完整的资质材料：公司资质、认证证书（ISO、信息安全）、财务状况、交付业绩以及两个同类客户案例。'),
    sig.slice(0, 3).map((s) => signalEvidence(ctx.view, s)))];
};
