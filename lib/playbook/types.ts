// The playbook's shapes and helpers: a rule reads the account and the insight so far and
// proposes next moves that help the customer's project move. PURE.
import { timeMs } from '../account/stages';
import { isSnoozed } from '../account/commitments';
import type { Gap } from '../account/committee';
import { daysBetween, subjectOf, withUrl } from '../account/stages';
import type {
  AccountView, CommitmentRecord, CommitteeSlot, Evidence, Localized, NextMove, ProjectOrigin, ProjectStage,
  RelationshipStage, SignalRecord, StageInference,
} from '../model/records';

export interface PlaybookContext {
  view: AccountView;
  insight: {
    relationship: StageInference<RelationshipStage>;
    project: StageInference<ProjectStage | null>;
    origin: StageInference<ProjectOrigin>;
    committee: CommitteeSlot[];
    gaps: Gap[];
  };
  /** YYYY-MM-DD. */
  today: string;
}

export type PlaybookRule = (ctx: PlaybookContext) => NextMove[];

export const L = (en: string, zh: string): Localized => ({ en, zh });

export function orgName(ctx: PlaybookContext): string {
  return ctx.view.org.name;
}

export function signalEvidence(view: AccountView, s: SignalRecord): Evidence {
  const subject = subjectOf(view, s.messageId);
  return withUrl(view, { messageId: s.messageId, quote: s.evidence, at: s.at, ...(subject ? { subject } : {}) });
}

/** Without the view (rules map over it directly): its URL is added by linkMoves when the playbook runs. */
export function commitmentEvidence(c: CommitmentRecord): Evidence {
  return { messageId: c.messageId, quote: c.text, at: c.madeAt, ...(c.subject ? { subject: c.subject } : {}) };
}

/**
 * Every move's evidence linked to its message's webmail URL (issue 6): covers evidence a rule
 * built itself (commitments, the last message, a contact's first message), not only signals.
 */
export function linkMoves(view: AccountView, moves: NextMove[]): NextMove[] {
  return moves.map((m) => ({ ...m, evidence: m.evidence.map((e) => withUrl(view, e)) }));
}

/** Open, not snoozed (as of today), not seemingly delivered. */
export function isLive(c: CommitmentRecord, today: string): boolean {
  if (c.status !== 'open' || c.deliveredBy) return false;
  if (isSnoozed(c, today)) return false;
  return true;
}

/** Days from today to the due date (negative = overdue); NaN without a due date. */
export function daysToDue(c: CommitmentRecord, today: string): number {
  return c.due ? daysBetween(today, c.due) : NaN;
}

/** The newest signals of some kinds (one per clause), newest first. */
export function latestSignals(view: AccountView, kinds: readonly SignalRecord['kind'][], by?: 'us' | 'them'): SignalRecord[] {
  const seen = new Set<string>();
  return view.signals
    .filter((s) => kinds.includes(s.kind) && (!by || s.by === by))
    .sort((a, b) => (timeMs(b.at) || 0) - (timeMs(a.at) || 0) || 0)
    .filter((s) => {
      const k = s.evidence.trim().toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** Signals no older than `days` before today. */
export function recent(list: SignalRecord[], today: string, days: number): SignalRecord[] {
  return list.filter((s) => !s.at || daysBetween(s.at, today) <= days);
}

export function quoteShort(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function move(rule: string, priority: number, title: Localized, reason: Localized, action: Localized, evidence: Evidence[]): NextMove {
  return { rule, priority, title, reason, action, evidence: evidence.slice(0, 3) };
}
