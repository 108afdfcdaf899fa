// The playbook: every rule, run over the account, ranked by priority, de-duplicated and capped.
import type { NextMove } from '../model/records';
import { competitor } from './competitor';
import { contractSigned } from './contract-signed';
import { deliveredAccepted } from './delivered-accepted';
import { executive } from './executive';
import { missingRole } from './missing-role';
import { openRequest } from './open-request';
import { ourPromiseDueSoon } from './our-promise-due-soon';
import { ourPromiseOverdue } from './our-promise-overdue';
import { passiveTender } from './tender';
import { pricePressure } from './price-pressure';
import { qualification } from './qualification';
import { referral } from './referral';
import { repeatOrders } from './repeat-orders';
import { silence } from './silence';
import { singleThreaded } from './single-threaded';
import { theirPromiseOverdue } from './their-promise-overdue';
import { linkMoves, type PlaybookContext, type PlaybookRule } from './types';

export type { PlaybookContext, PlaybookRule } from './types';

export const RULES: readonly PlaybookRule[] = [
  ourPromiseOverdue, ourPromiseDueSoon, theirPromiseOverdue, openRequest, singleThreaded, missingRole,
  passiveTender, silence, contractSigned, deliveredAccepted, qualification, competitor, pricePressure,
  executive, repeatOrders, referral,
];

export const MAX_MOVES = 8;

/** Highest priority first (ties by rule id), one move per rule id and per title, at most `cap`. */
export function rankMoves(moves: NextMove[], cap = MAX_MOVES): NextMove[] {
  const sorted = [...moves].sort((a, b) => b.priority - a.priority || a.rule.localeCompare(b.rule));
  const rules = new Set<string>();
  const titles = new Set<string>();
  const out: NextMove[] = [];
  for (const m of sorted) {
    const t = m.title.en.trim().toLowerCase();
    if (rules.has(m.rule) || titles.has(t)) continue;
    rules.add(m.rule);
    titles.add(t);
    out.push(m);
    if (out.length >= cap) break;
  }
  return out;
}

export function runPlaybook(ctx: PlaybookContext, rules: readonly PlaybookRule[] = RULES, cap = MAX_MOVES): NextMove[] {
  return linkMoves(ctx.view, rankMoves(rules.flatMap((r) => r(ctx)), cap));
}
