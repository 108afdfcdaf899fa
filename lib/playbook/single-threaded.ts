// Selling to one person is a risk: widen the contacts on the customer's committee.
import { timeMs } from '../account/stages';
import { customerPeople } from '../account/committee';
import { L, move, orgName, type PlaybookRule } from './types';

export const singleThreaded: PlaybookRule = (ctx) => {
  const people = customerPeople(ctx.view);
  if (people.length !== 1) return [];
  const p = people[0]!;
  const org = orgName(ctx);
  const name = p.name || p.email;
  const last = ctx.view.messages
    .filter((m) => m.from?.email === p.email || m.to.some((a) => a.email === p.email))
    .sort((a, b) => (timeMs(b.sentAt) || 0) - (timeMs(a.sentAt) || 0))[0];
  return [move('single-threaded', 62,
    L(`Widen the contact at ${org} beyond ${name}`, `在${org}拓展${name}以外的联系人`),
    L(`${name} is our only contact at ${org}; if they move or are overruled, the project loses its voice.`,
      `${name}是我们在${org}唯一的联系人；一旦对方调岗或意见被否决，项目就失去了支持者。`),
    L(`Ask ${name} who else takes part in the decision (users, IT, procurement, the sponsor) and offer to help brief them.`,
      `请${name}介绍参与决策的其他人员（使用部门、IT、采购、项目负责领导），并主动协助向他们介绍方案。`),
    last ? [{ messageId: last.messageId, quote: `${name}${p.title ? ` · ${p.title}` : ''}`, at: last.sentAt, subject: last.subject }] : [])];
};
