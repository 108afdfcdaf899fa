// Account insight: stages → committee coverage and gaps → playbook of next moves.
// User overrides (relationship, project stage, origin) always win; the inferred value is still
// reported. PURE.
// It sits in the playbook layer, above the account model it reads: lib/account imports no playbook.
import { buildCommittee, committeeGaps } from '../account/committee';
import { inferOrigin, inferProjectStage, inferRelationship, seniorContacts, withOverride } from '../account/stages';
import { runPlaybook } from './index';
import type { PlaybookContext } from './types';
import type { AccountInsight, AccountView } from '../model/records';

/** Stages (with overrides) and committee: what the playbook rules read. */
export function playbookContext(view: AccountView, today: string): PlaybookContext {
  const senior = seniorContacts(view).length > 0;
  const rel = inferRelationship(view, senior);
  const proj = inferProjectStage(view);
  const orig = inferOrigin(view);
  const relationship = withOverride(rel.stage, view.org.relationshipOverride, rel.evidence);
  const project = withOverride(proj.stage, view.org.projectStageOverride, proj.evidence);
  const origin = withOverride(orig.origin, view.org.originOverride, orig.evidence);
  const committee = buildCommittee(view);
  const gaps = committeeGaps(view, committee, project.value, origin.value);
  return { view, insight: { relationship, project, origin, committee, gaps }, today };
}

export function computeInsight(view: AccountView, today: string): AccountInsight {
  const ctx = playbookContext(view, today);
  return { ...ctx.insight, nextMoves: runPlaybook(ctx) };
}
