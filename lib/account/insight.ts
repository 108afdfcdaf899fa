// Account insight: stages, committee coverage, gaps and next moves for one account.
// INTERIM: committee coverage from contact roles only; stage inference and the playbook
// replace this (see lib/account/stages.ts, lib/playbook/).
import { COMMITTEE_ROLES } from '../model/extraction';
import type { AccountInsight, AccountView } from '../model/records';

export function computeInsight(view: AccountView, _today: string): AccountInsight {
  const committee = COMMITTEE_ROLES.map((role) => ({
    role,
    contacts: view.contacts
      .filter((c) => c.person && (c.roleOverride ?? c.role) === role)
      .map((c) => ({ email: c.email, name: c.name, source: c.roleOverride ? ('user' as const) : ('inferred' as const), evidence: c.roleEvidence })),
  }));
  const rel = view.org.relationshipOverride ?? 'prospect';
  return {
    relationship: { value: rel, source: view.org.relationshipOverride ? 'user' : 'inferred', inferred: 'prospect', evidence: [] },
    project: { value: view.org.projectStageOverride ?? null, source: view.org.projectStageOverride ? 'user' : 'inferred', inferred: null, evidence: [] },
    origin: { value: view.org.originOverride ?? 'unknown', source: view.org.originOverride ? 'user' : 'inferred', inferred: 'unknown', evidence: [] },
    committee,
    gaps: [],
    nextMoves: [],
  };
}
