// An executive is involved: brief them, and prepare what they need to decide.
import { EXECUTIVE, seniorContacts, timeMs } from '../account/stages';
import { roleOf } from '../account/committee';
import type { Evidence } from '../model/records';
import { L, latestSignals, move, orgName, recent, signalEvidence, type PlaybookRule } from './types';

export const executive: PlaybookRule = (ctx) => {
  const { view, today } = ctx;
  const sig = recent(latestSignals(view, [...new Set(view.signals.map((s) => s.kind))], 'them'), today, 60)
    .filter((s) => s.kind === 'executive' || EXECUTIVE.test(s.evidence));
  const seniors = seniorContacts(view);
  if (!sig.length && !seniors.length) return [];
  const org = orgName(ctx);
  const ev: Evidence[] = sig.slice(0, 3).map((s) => signalEvidence(view, s));
  const who = seniors[0] ? `${seniors[0].name} (${seniors[0].title})` : null;
  if (ev.length < 3) {
    for (const c of seniors.slice(0, 3 - ev.length)) {
      const m = view.messages.filter((x) => x.from?.email === c.email).sort((a, b) => (timeMs(b.sentAt) || 0) - (timeMs(a.sentAt) || 0))[0];
      if (m) ev.push({ messageId: m.messageId, quote: `${c.name} · ${c.title}`, at: m.sentAt, subject: m.subject });
    }
  }
  const dm = seniors.some((c) => roleOf(c) === 'decision-maker');
  return [move('executive', 71,
    L(`Prepare ${who ?? `${org}'s leadership`} for the decision`, `为${who ?? `${org}的高层`}的决策做好准备`),
    L(`Leadership is involved${dm ? ' and will decide' : ''}; they care about results, risk and cost, not features.`,
      `客户高层已参与${dm ? '并将拍板' : ''}；他们关注成果、风险和投入，而非功能细节。`),
    L('Brief them in person with a one-page summary (goals, timeline, investment, risks and how we reduce them), matched by an executive on our side.',
      '安排我方相应级别的领导当面汇报，准备一页纸摘要：目标、时间计划、投入、风险及应对措施。'),
    ev)];
};
