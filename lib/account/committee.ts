// Buying-committee coverage: who we know in each of the six roles, and the gaps that matter at
// the current project stage. PURE.
//
// The user's role always wins over the inferred one; our own team and non-person addresses
// (lists, robots, tender mailboxes) are never committee members.
import { COMMITTEE_ROLES, type CommitteeRole } from '../model/extraction';
import type { AccountView, CommitteeSlot, ContactRecord, Localized, ProjectOrigin, ProjectStage } from '../model/records';
import { PROJECT_STAGES } from '../model/records';

export interface Gap { id: string; text: Localized }

export const GAP_TEXT = {
  'no-decision-maker': { en: 'No contact with a decision-maker', zh: '尚未接触决策者' },
  'no-technical': { en: 'Technical evaluation under way but no technical contact', zh: '技术评估进行中，但尚无技术联系人' },
  'no-purchaser': { en: 'Negotiation without procurement', zh: '进入商务谈判，但尚未接触采购' },
  'tender-no-purchaser': { en: 'Tender under way but no contact in procurement', zh: '招标进行中，但尚未接触采购' },
  'single-threaded': { en: 'Single-threaded: only one contact', zh: '单线联系：只有一位联系人' },
} as const satisfies Record<string, Localized>;
export type GapId = keyof typeof GAP_TEXT;

export function roleOf(c: ContactRecord): CommitteeRole | null {
  return c.roleOverride ?? c.role;
}

/** The customer's people on this account: not our team, persons only. */
export function customerPeople(view: AccountView): ContactRecord[] {
  return view.contacts.filter((c) => !c.internal && c.person);
}

export function buildCommittee(view: AccountView): CommitteeSlot[] {
  const people = customerPeople(view);
  return COMMITTEE_ROLES.map((role) => ({
    role,
    contacts: people
      .filter((c) => roleOf(c) === role)
      .map((c) => ({
        email: c.email,
        name: c.name || c.email,
        source: c.roleOverride ? ('user' as const) : ('inferred' as const),
        evidence: c.roleOverride ? null : c.roleEvidence,
      })),
  }));
}

const at = (stage: ProjectStage | null) => (stage ? PROJECT_STAGES.indexOf(stage) : -1);

/** Gaps for the current stage, most serious first. */
export function committeeGaps(view: AccountView, committee: CommitteeSlot[], stage: ProjectStage | null, origin: ProjectOrigin): Gap[] {
  const people = customerPeople(view);
  if (!people.length) return [];
  const has = (role: CommitteeRole) => committee.some((s) => s.role === role && s.contacts.length > 0);
  const ids: GapId[] = [];
  // Before delivery, the decision-maker matters at every stage: reach them early.
  if (!has('decision-maker') && at(stage) < at('delivery')) ids.push('no-decision-maker');
  if (stage === 'evaluation' && !has('technical')) ids.push('no-technical');
  if ((stage === 'negotiation' || stage === 'contract') && !has('purchaser')) ids.push('no-purchaser');
  else if (origin === 'tender' && at(stage) <= at('proposal') && !has('purchaser')) ids.push('tender-no-purchaser');
  if (people.length === 1) ids.push('single-threaded');
  return ids.map((id) => ({ id, text: { ...GAP_TEXT[id] } }));
}
