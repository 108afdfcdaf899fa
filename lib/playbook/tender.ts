// A passive (tender) project: the requirements were written by someone else. Clarify them
// before the deadline, check the qualification documents, weigh the delivery risk.
import { PROJECT_STAGES } from '../model/records';
import { commitmentEvidence, daysToDue, isLive, latestSignals, L, move, orgName, quoteShort, signalEvidence, type PlaybookRule } from './types';

export const passiveTender: PlaybookRule = (ctx) => {
  const { origin, project } = ctx.insight;
  if (origin.value !== 'tender') return [];
  if (project.value && PROJECT_STAGES.indexOf(project.value) > PROJECT_STAGES.indexOf('negotiation')) return [];
  const org = orgName(ctx);
  const ev = latestSignals(ctx.view, ['tender', 'requirements', 'qualification']).slice(0, 3).map((s) => signalEvidence(ctx.view, s));
  // The next date the customer set for us (a clarification, a submission), when there is one.
  const next = ctx.view.commitments
    .filter((c) => c.side === 'ours' && isLive(c, ctx.today) && daysToDue(c, ctx.today) >= 0)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))[0];
  const dl = next ? { en: ` Their next date for us: ${next.due} (“${quoteShort(next.text, 50)}”).`, zh: `客户给我们的下一个时间节点：${next.due}（“${quoteShort(next.text, 50)}”）。` } : { en: '', zh: '' };
  if (next) ev.unshift(commitmentEvidence(next));
  return [move('passive-tender', 80,
    L(`Clarify ${org}'s tender requirements before the deadline`, `在截止日前澄清${org}的招标需求`),
    L(`This is a tender: the requirements were written without us, so scope, delivery and service risks hide in them.${dl.en}`,
      `这是招标项目：需求并非与我们共同制定，范围、交付和服务风险都可能隐藏在其中。${dl.zh}`),
    L('Send clarification questions before the clarification deadline, check every qualification document the tender asks for, and weigh delivery risk (scope, timeline, penalties) before committing to a price.',
      '在澄清截止前提交澄清问题，逐项核对招标要求的资质文件，并在报价前评估交付风险（范围、工期、违约条款）。'),
    ev)];
};
