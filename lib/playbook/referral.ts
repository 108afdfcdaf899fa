// A strong relationship with a decision-maker after we delivered: ask for a referral to peers.
import { timeMs } from '../account/stages';
import { customerPeople, roleOf } from '../account/committee';
import { RELATIONSHIP_STAGES } from '../model/records';
import { L, move, orgName, type PlaybookRule } from './types';

export const referral: PlaybookRule = (ctx) => {
  const { relationship, project } = ctx.insight;
  if (RELATIONSHIP_STAGES.indexOf(relationship.value) < RELATIONSHIP_STAGES.indexOf('vendor')) return [];
  if (project.value && !['delivery', 'expansion'].includes(project.value)) return [];
  const dm = customerPeople(ctx.view)
    .filter((c) => roleOf(c) === 'decision-maker' && c.messagesFrom >= 1 && c.messagesFrom + c.messagesTo >= 3)
    .sort((a, b) => b.messagesFrom + b.messagesTo - (a.messagesFrom + a.messagesTo))[0];
  if (!dm) return [];
  const org = orgName(ctx);
  const name = dm.name || dm.email;
  const m = ctx.view.messages.filter((x) => x.from?.email === dm.email).sort((a, b) => (timeMs(b.sentAt) || 0) - (timeMs(a.sentAt) || 0))[0];
  return [move('referral', 45,
    L(`Ask ${name} for an introduction to peers`, `请${name}引荐同行`),
    L(`${name} decides at ${org}, writes to us directly, and the project has delivered.`, `${name}是${org}的决策者，与我们直接往来，且项目已经交付。`),
    L('When you next review results together, ask whether a peer in their industry faces the same problem and would welcome an introduction; offer to host a reference visit.',
      '下次一起回顾项目成果时，询问其同行中是否有面临同样问题、愿意交流的企业，并可邀请对方来参观案例。'),
    m ? [{ messageId: m.messageId, quote: `${name}${dm.title ? ` · ${dm.title}` : ''}`, at: m.sentAt, subject: m.subject }] : [])];
};
