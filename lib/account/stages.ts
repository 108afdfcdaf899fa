// Stage inference: the relationship ladder (account level), the project stage (deal level) and
// the project origin (proactive / tender), each with the evidence that decided it.
// PURE: works on stored records only (no DOM, no browser API, no storage).
//
// Principles:
// - a signal becomes a *cue* for a stage only when its clause carries that stage's sense
//   ("redline" is negotiation, "contract signed" is contract, a draft contract in a tender pack
//   is neither); the same clause seen again (a subject repeated on every reply, a quoted line)
//   counts once;
// - a cue's weight depends on who wrote it (a tender invitation counts when the customer sends
//   it, a quote when we send it) and on its age relative to the account's latest message, so
//   an old message read late cannot move the stage, and a finished project fades;
// - a stage is reached when its cues add up to 1 (one strong cue, or two medium ones): a later
//   stage needs real evidence; the inferred stage is the furthest stage reached, so re-reading
//   older, earlier-stage mail never regresses it;
// - user overrides always win, and the inferred value is still reported.
import type {
  AccountView, ContactRecord, Evidence, MessageRecord, ProjectOrigin, ProjectStage, RelationshipStage, SignalRecord, StageInference,
} from '../model/records';
import { PROJECT_STAGES } from '../model/records';

const DAY = 86_400_000;

const parsed = new Map<string, number>();
/** Milliseconds of an ISO date-time, or NaN (memoised: the same dates recur on every record of a message). */
export function timeMs(at: string | null | undefined): number {
  if (!at) return NaN;
  let t = parsed.get(at);
  if (t === undefined) {
    if (parsed.size > 20_000) parsed.clear();
    t = Date.parse(at);
    parsed.set(at, t);
  }
  return t;
}

/** Whole calendar days from `from` to `to` (ISO dates or date-times, each on its own calendar date); NaN when either is missing. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number {
  if (!from || !to) return NaN;
  return Math.round((timeMs(`${from.slice(0, 10)}T00:00:00Z`) - timeMs(`${to.slice(0, 10)}T00:00:00Z`)) / -DAY);
}

export function normaliseClause(s: string): string {
  return s.toLowerCase().replace(/^(?:\s*(?:re|fw|fwd|aw|sv|回复|回覆|答复|转发|轉寄)\s*[:：]\s*)+/i, '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Clause vocabularies (on signal evidence and message subjects).

/** A project charter / initiation: 立项, business case. */
export const CHARTER = /立项|立項|project charter|business case|project initiation|项目章程|專案章程/i;
/** A signed contract, an award. */
export const SIGNED = /\b(?:contract (?:is |was |has been )?(?:signed|awarded|executed)|signed (?:the |our |your )?(?:contract|agreement|order form|MSA|SOW)|countersigned|fully executed|(?:we|you) (?:have )?signed (?:the |our |your )?(?:contract|agreement|order|PO|SOW)|awarded (?:the |this )?(?:contract|tender|bid)|contract award)\b|(?:合同|合約|协议|協議)(?:已|已经|已經)?(?:正式)?(?:签署|簽署|签订|簽訂|生效)(?!前)|已签约|已簽約|签约仪式|簽約儀式|完成签约|完成簽約|正式签约|正式簽約|中标通知|中標通知|已中标|已中標/i;
/** A confidentiality agreement: signing one is an early step, not a purchase. */
export const NDA = /\b(?:NDA|non-disclosure|confidentiality (?:agreement|undertaking))\b|保密协议|保密協議|保密合同/i;
/** A signed contract or award (not an NDA). */
export function isSignedContract(t: string): boolean {
  return SIGNED.test(t) && !NDA.test(t);
}
/** Negotiating terms: redlines, comments, commercial terms, 条款. */
export const NEGOTIATING = /\b(?:redlines?|mark-?ups?|marked-up|(?:comments|changes) (?:on|to) (?:the |our |your )?(?:agreement|contract|MSA|terms)|contract negotiations?|negotiat\w*|commercial terms|payment terms|liability cap|limitation of liability|indemnit\w+)\b|合同(?:条款|條款|文本)|条款|條款|法务意见|法務意見|商务谈判|商務談判|谈判|談判|议价|議價|合同审批|合同審批/i;
/** A real invoice (not the payment terms under negotiation). */
export const INVOICED = /\b(?:invoice (?:no\.?|number|#|is attached|attached|has been|was)|(?:sent|issued|paid|settled) (?:the |our |your )?invoice|invoiced)\b|已开票|已開票|发票已|發票已|开具发票|開具發票|请款|請款|尾款|回款/i;
/** Payment terms discussed: negotiation. */
export const PAYMENT_TERMS = /payment terms?|net \d{2}|付款方式|付款条件|付款條件|账期|帳期/i;
/** Acceptance done. */
export const ACCEPTED = /\b(?:(?:passed|completed|signed(?: off)?|approved) (?:the )?(?:final |user )?acceptance|acceptance (?:certificate )?(?:was |has been |is )?(?:signed|completed|passed|approved|granted)|(?:formally |finally )?accepted the (?:delivery|deliverables?|system|installation)|went live)\b|通过终验|通過終驗|终验通过|終驗通過|验收通过|驗收通過|通过验收|通過驗收|已验收|已驗收|完成验收|完成驗收|终验报告|終驗報告|验收报告|驗收報告/i;
/** Implementation under way. */
export const IMPLEMENTING = /\b(?:kick-?off (?:meeting|workshop)|project kick-?off|implementation (?:has )?(?:started|under way|is under way|kicked off)|(?:has|have) gone live|go-?live (?:date|plan|weekend)|deployed|rolled out|milestone plan|project plan)\b|启动会|啟動會|进场|進場|已上线|已上線|完成部署|已部署|部署进展|部署進度|里程碑/i;
/** Pricing in a quote clause (a technical "方案" alone is a solution document, not a quote). */
export const PRICING = /quot|pric|cost|TCO|\$|€|£|¥|报价|報價|价格|價格|价目|價目|费用|費用|万元|萬元|元/i;
/** A genuine evaluation (not a "trial run" after go-live). */
export const EVALUATING = /\b(?:POCs?|proof[- ]of[- ]concept|pilot|trial|test(?:ing)? (?:environment|report|plan|cases?|accounts?)|evaluation (?:licen[cs]e|meeting|criteria)|sandbox)\b|POC|概念验证|概念驗證|试用|試用|试点|試點|测试环境|測試環境|测试报告|測試報告|测试方案|測試方案|测试用例|測試用例|评估会议|評估會議|评估标准|評估標準|演示环境|演示環境|样机|樣機/i;
/** Renewal or expiry of a running service. */
export const RUNNING_SERVICE = /(?:maintenance|support|subscription|licen[cs]e|service|维保|維保|维护|維護|运维|運維|服务|服務).{0,20}(?:renew|expir|end date|到期|续|續)|(?:renew|expir|到期|续|續).{0,20}(?:maintenance|support|subscription|维保|維保|维护|維護|服务|服務)|现有.{0,6}(?:合同|维保)|現有.{0,6}(?:合約|維保)|existing (?:contract|subscription|licen[cs]es?|support)/i;
/** A framework / master purchase agreement in force. */
export const FRAMEWORK = /\bframework (?:agreement|contract)|master purchase agreement|blanket (?:order|purchase order)|call-?off order|框架协议|框架協議|框架合同|框架合約|年度采购协议|年度採購協議/i;
/** A framework proposed rather than in force. */
export const PROPOSING = /\b(?:propose|proposing|suggest|would you consider|could we|shall we|how about)\b|建议|建議|是否考虑|是否考慮|能否|可否/i;
/** Another order under the same relationship. */
export const REPEAT_ORDER = /\b(?:repeat order|re-?order|follow-?on order|second order|third order|next order|another order|additional order)\b|第[二三四五六七八九十\d]+(?:批|期|次)(?:订单|訂單|采购|採購)?|再次(?:采购|採購|订购|訂購)|追加订单|追加訂單|续购|續購|复购|複購/i;
/** Joint planning (partner level). */
export const JOINT_PLANNING = /\b(?:joint (?:planning|roadmap|business plan|account plan)|annual (?:business )?plan together|strategic (?:partnership|cooperation|roadmap)|co-?innovation)\b|联合规划|聯合規劃|战略合作|戰略合作|共同规划|共同規劃|年度合作规划|年度合作規劃/i;
/** Executive level, in a clause. */
export const EXECUTIVE = /\b(?:CEO|CIO|CFO|CTO|COO|CISO|chief [a-z]+ officer|vice[- ]president|SVP|EVP|managing director|general manager|steering committee|board of directors|executive sponsor)\b|总经理|總經理|总裁|總裁|董事长|董事長|董事会|董事會|副总|副總|高层|高層|行长|行長|院长|院長|厂长|廠長/i;

/** A senior title on a customer contact (the relationship ladder and the executive rule read it). */
export const SENIOR_TITLE = /\b(?:CEO|CIO|CFO|CTO|COO|CISO|chief|president|vice[- ]president|VP|managing director|general manager|founder)\b|总经理|總經理|总裁|總裁|董事长|董事長|副总|副總|行长|行長|院长|院長|厂长|廠長/i;

/** Customer people with a senior title who have written to us. */
export function seniorContacts(view: AccountView): ContactRecord[] {
  return view.contacts.filter((c) => !c.internal && c.person && c.messagesFrom > 0 && !!c.title && SENIOR_TITLE.test(c.title));
}
/** Tender language, in a clause. */
export const TENDERING = /\b(?:tenders?|RFP|RFQ|ITT|ITB|invitation to (?:tender|bid)|request for (?:proposals?|quotations?|tenders?)|bid(?:ders?|ding)?|suppliers registered)\b|招标|招標|投标|投標|询价|詢價|标书|標書|比选|比選|竞争性谈判|競爭性談判|竞争性磋商|競爭性磋商|开标|開標|评标|評標/i;
/** We helped define the need: proposals, requirement workshops, a charter drafted with us. */
export const WE_PROPOSED = /\b(?:we (?:propose|suggest|recommend)|our (?:proposal|recommendation)|requirements? workshop|discovery workshop|help (?:you )?(?:define|scope|shape))\b|我们建议|我們建議|我方建议|我方建議|需求调研|需求調研|协助.{0,6}(?:梳理|规划|編寫|编写)|協助.{0,6}(?:梳理|規劃|編寫)/i;

// ---------------------------------------------------------------------------------------------
// Cues.

export interface Cue {
  stage: ProjectStage;
  strength: number;
  messageId: string;
  at: string | null;
  quote: string;
  by: 'us' | 'them';
}

type Weight = { us: number; them: number };
const w = (us: number, them: number): Weight => ({ us, them });

/** The stage cues one signal carries (its kind read together with its clause). */
export function cuesOfSignal(s: SignalRecord): { stage: ProjectStage; weight: Weight }[] {
  const t = s.evidence;
  const out: { stage: ProjectStage; weight: Weight }[] = [];
  const add = (stage: ProjectStage, weight: Weight) => out.push({ stage, weight });
  if (CHARTER.test(t)) add('initiation', w(0.8, 1));
  if (isSignedContract(t)) add('contract', w(1, 1));
  if (ACCEPTED.test(t)) add('delivery', w(0.8, 1));
  if (RUNNING_SERVICE.test(t)) add('expansion', w(0.8, 0.8));
  switch (s.kind) {
    case 'requirements': add('need', w(0.6, 1)); break;
    // A conversation about their situation (an intro call, a meeting they ask for) is the need stage.
    case 'meeting': add('need', w(0.6, 0.6)); break;
    case 'pilot': if (EVALUATING.test(t)) add('evaluation', w(0.8, 1)); else if (IMPLEMENTING.test(t)) add('delivery', w(0.4, 0.5)); break;
    case 'tender': add('proposal', w(0.7, 1)); break;
    case 'quote': if (PRICING.test(t)) add('proposal', w(1, 0.7)); break;
    case 'price-pressure': add('negotiation', w(0.3, 0.6)); break;
    case 'contract':
      if (NEGOTIATING.test(t)) add('negotiation', w(0.7, 1));
      else if (!isSignedContract(t)) add('negotiation', w(0.2, 0.3));
      break;
    case 'invoice':
      if (INVOICED.test(t)) add('delivery', w(0.6, 0.6));
      else if (PAYMENT_TERMS.test(t)) add('negotiation', w(0.4, 0.5));
      break;
    case 'purchase-order': add('contract', w(0.8, 1)); break;
    // Acceptance we write about is often the plan (a charter's evaluation method); theirs is real.
    // Acceptance criteria of a POC belong to the evaluation.
    case 'acceptance': if (EVALUATING.test(t)) add('evaluation', w(0.6, 0.8)); else add('delivery', w(0.4, 0.8)); break;
    case 'delivery': add('delivery', IMPLEMENTING.test(t) ? w(0.6, 0.8) : w(0.2, 0.2)); break;
    case 'renewal': add('expansion', w(0.8, 1)); break;
    case 'maintenance': add('expansion', w(0.5, 0.5)); break;
    case 'upgrade': add('expansion', w(0.6, 0.8)); break;
    default: break;
  }
  if (s.kind !== 'pilot' && s.kind !== 'delivery' && IMPLEMENTING.test(t)) add('delivery', w(0.5, 0.6));
  return out;
}

/** Cues from message subjects the signal vocabulary does not cover (a charter, an evaluation). */
function cuesOfSubject(m: MessageRecord): { stage: ProjectStage; weight: Weight }[] {
  const out: { stage: ProjectStage; weight: Weight }[] = [];
  if (CHARTER.test(m.subject)) out.push({ stage: 'initiation', weight: w(0.8, 1) });
  return out;
}

/** Recency weight of a cue `age` days older than the account's latest message. */
export function recency(ageDays: number): number {
  if (!Number.isFinite(ageDays) || ageDays <= 45) return 1;
  if (ageDays >= 180) return 0;
  return 1 - ((ageDays - 45) / 135) * 0.8;
}

function latestAt(view: AccountView): string | null {
  let best: string | null = null;
  for (const m of view.messages) if (m.sentAt && (!best || timeMs(m.sentAt) > timeMs(best))) best = m.sentAt;
  for (const s of view.signals) if (s.at && (!best || timeMs(s.at) > timeMs(best))) best = s.at;
  return best;
}

/**
 * Every stage cue of the account, one per (stage, clause): the same clause repeated (a subject
 * on every reply) keeps the reading of whoever wrote it first (our reply to "formal quote
 * requested" does not make it a quote we sent) and its latest date (the topic is still live).
 */
// Account views are read-only snapshots (storage builds a fresh one per read), so derived facts
// are cached per view object.
const cueCache = new WeakMap<AccountView, Cue[]>();
export function collectCues(view: AccountView): Cue[] {
  const hit = cueCache.get(view);
  if (hit) return hit;
  const out = collectCuesUncached(view);
  cueCache.set(view, out);
  return out;
}

function collectCuesUncached(view: AccountView): Cue[] {
  const byKey = new Map<string, Cue>();
  const put = (c: Cue) => {
    const key = `${c.stage}\u0000${normaliseClause(c.quote)}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, c); return; }
    const older = timeMs(c.at) < timeMs(prev.at) ? c : prev;
    const newer = older === c ? prev : c;
    byKey.set(key, { ...newer, strength: older.strength, by: older.by });
  };
  for (const s of view.signals) {
    for (const { stage, weight } of cuesOfSignal(s)) {
      put({ stage, strength: weight[s.by], messageId: s.messageId, at: s.at, quote: s.evidence, by: s.by });
    }
  }
  for (const m of view.messages) {
    if (m.direction === 'internal') continue;
    const by = m.direction === 'out' ? 'us' : 'them';
    for (const { stage, weight } of cuesOfSubject(m)) {
      put({ stage, strength: weight[by], messageId: m.messageId, at: m.sentAt, quote: m.subject, by });
    }
  }
  return [...byKey.values()];
}

export function subjectOf(view: AccountView, messageId: string): string | undefined {
  return view.messages.find((m) => m.messageId === messageId)?.subject;
}

/** The webmail URL the message was read at, when known. */
export function urlOf(view: AccountView, messageId: string): string | undefined {
  return view.messages.find((m) => m.messageId === messageId)?.url ?? undefined;
}

/** The evidence with its message's webmail URL added (when it has none and the message has one). */
export function withUrl(view: AccountView, e: Evidence): Evidence {
  if (e.url) return e;
  const url = urlOf(view, e.messageId);
  return url ? { ...e, url } : e;
}

function toEvidence(view: AccountView, cues: Cue[]): Evidence[] {
  return [...cues]
    .sort((a, b) => (timeMs(b.at) || 0) - (timeMs(a.at) || 0) || b.strength - a.strength || a.quote.localeCompare(b.quote))
    .filter(((seen: Set<string>) => (c: Cue) => {
      const k = `${c.messageId}\u0000${c.quote}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })(new Set()))
    .slice(0, 3)
    .map((c) => {
      const subject = subjectOf(view, c.messageId);
      return withUrl(view, { messageId: c.messageId, quote: c.quote, at: c.at, ...(subject ? { subject } : {}) });
    });
}

export interface ProjectInference {
  stage: ProjectStage | null;
  evidence: Evidence[];
  /** Weighted score per stage (for explanation and tests). */
  scores: Record<ProjectStage, number>;
}

/** Below this, a cue is a hint: hints alone never establish a stage, however many. */
export const REAL_EVIDENCE = 0.6;

/**
 * The furthest project stage whose recent cues add up to 1 and include at least one real piece
 * of evidence (else the furthest stage with one real cue).
 */
export function inferProjectStage(view: AccountView): ProjectInference {
  const latest = latestAt(view);
  const scores = Object.fromEntries(PROJECT_STAGES.map((s) => [s, 0])) as Record<ProjectStage, number>;
  const live: Cue[] = [];
  for (const c of collectCues(view)) {
    const r = recency(daysBetween(c.at, latest));
    if (r <= 0) continue;
    const strength = c.strength * r;
    scores[c.stage] += strength;
    live.push({ ...c, strength });
  }
  const EPS = 1e-9;
  const real = (s: ProjectStage) => live.some((c) => c.stage === s && c.strength >= REAL_EVIDENCE - EPS);
  let stage: ProjectStage | null = null;
  for (const s of PROJECT_STAGES) if (scores[s] >= 1 - EPS && real(s)) stage = s;
  if (!stage) {
    for (const s of PROJECT_STAGES) if (real(s)) stage = s;
  }
  const evidence = stage ? toEvidence(view, live.filter((c) => c.stage === stage)) : [];
  return { stage, evidence, scores };
}

// ---------------------------------------------------------------------------------------------
// Origin.

export interface OriginInference { origin: ProjectOrigin; evidence: Evidence[] }

export function inferOrigin(view: AccountView): OriginInference {
  const latest = latestAt(view);
  const fresh = (at: string | null) => recency(daysBetween(at, latest)) > 0;
  // Tender: the customer invites us to bid (their tender signals), or we answer one.
  const tender = view.signals.filter((s) => fresh(s.at) && (s.kind === 'tender' || TENDERING.test(s.evidence) && s.kind === 'qualification'));
  const tenderScore = dedupe(tender).reduce((n, s) => n + (s.kind === 'tender' ? (s.by === 'them' ? 1 : 0.5) : 0.3), 0);
  if (tenderScore >= 1) {
    return { origin: 'tender', evidence: toEvidence(view, dedupe(tender).map((s) => ({ stage: 'proposal', strength: 1, messageId: s.messageId, at: s.at, quote: s.evidence, by: s.by }))) };
  }
  // Proactive: a charter drafted with us, our proposals and workshops, or we opened the conversation.
  const proactive: Cue[] = [];
  for (const s of view.signals) {
    if (!fresh(s.at) || s.by !== 'us') continue;
    if (CHARTER.test(s.evidence) || WE_PROPOSED.test(s.evidence) || s.kind === 'requirements') {
      proactive.push({ stage: 'initiation', strength: 1, messageId: s.messageId, at: s.at, quote: s.evidence, by: 'us' });
    }
  }
  const external = view.messages.filter((m) => m.direction !== 'internal' && m.sentAt && fresh(m.sentAt));
  external.sort((a, b) => timeMs(a.sentAt) - timeMs(b.sentAt));
  const first = external[0];
  for (const m of external) {
    if (m.direction === 'out' && CHARTER.test(m.subject)) {
      proactive.push({ stage: 'initiation', strength: 1, messageId: m.messageId, at: m.sentAt, quote: m.subject, by: 'us' });
      break;
    }
  }
  if (first && first.direction === 'out' && tenderScore === 0) {
    proactive.push({ stage: 'need', strength: 0.5, messageId: first.messageId, at: first.sentAt, quote: first.subject, by: 'us' });
  }
  if (proactive.length) return { origin: 'proactive', evidence: toEvidence(view, proactive) };
  return { origin: 'unknown', evidence: [] };
}

function dedupe(list: SignalRecord[]): SignalRecord[] {
  const seen = new Map<string, SignalRecord>();
  for (const s of list) {
    const k = `${s.kind}\u0000${normaliseClause(s.evidence)}`;
    const prev = seen.get(k);
    if (!prev || (prev.by === 'us' && s.by === 'them') || (prev.by === s.by && timeMs(s.at) > timeMs(prev.at))) seen.set(k, s);
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Relationship.

export interface RelationshipFacts {
  /** Clauses that show a purchase happened (signed contract, PO, invoice, acceptance, renewal). */
  purchases: Cue[];
  /** Distinct orders over time. */
  orders: Cue[];
  /** A framework agreement in force. */
  framework: Cue[];
  repeat: Cue[];
  executive: Cue[];
  joint: Cue[];
  /** Threads that carry stage cues (several projects). */
  projects: number;
}

function cueOf(s: SignalRecord, stage: ProjectStage = 'contract'): Cue {
  return { stage, strength: 1, messageId: s.messageId, at: s.at, quote: s.evidence, by: s.by };
}

const factsCache = new WeakMap<AccountView, RelationshipFacts>();
export function relationshipFacts(view: AccountView): RelationshipFacts {
  const hit = factsCache.get(view);
  if (hit) return hit;
  const out = relationshipFactsUncached(view);
  factsCache.set(view, out);
  return out;
}

function relationshipFactsUncached(view: AccountView): RelationshipFacts {
  const sig = dedupe(view.signals);
  const purchases: Cue[] = [];
  const orders: Cue[] = [];
  const framework: Cue[] = [];
  const repeat: Cue[] = [];
  const executive: Cue[] = [];
  const joint: Cue[] = [];
  for (const s of sig) {
    const t = s.evidence;
    const bought =
      isSignedContract(t) || s.kind === 'purchase-order' || (s.kind === 'invoice' && INVOICED.test(t)) ||
      ACCEPTED.test(t) || s.kind === 'renewal' || RUNNING_SERVICE.test(t);
    if (bought) purchases.push(cueOf(s));
    if (s.kind === 'purchase-order' || (s.kind === 'contract' && isSignedContract(t))) orders.push(cueOf(s));
    if (FRAMEWORK.test(t) && !PROPOSING.test(t)) framework.push(cueOf(s));
    if (REPEAT_ORDER.test(t)) repeat.push(cueOf(s));
    if (s.kind === 'executive' || EXECUTIVE.test(t)) executive.push(cueOf(s));
    if (JOINT_PLANNING.test(t)) joint.push(cueOf(s));
  }
  for (const m of view.messages) {
    if (m.direction === 'internal') continue;
    const by = m.direction === 'out' ? 'us' : 'them';
    if (FRAMEWORK.test(m.subject) && !PROPOSING.test(m.subject) && !framework.some((c) => normaliseClause(c.quote) === normaliseClause(m.subject))) {
      framework.push({ stage: 'contract', strength: 1, messageId: m.messageId, at: m.sentAt, quote: m.subject, by });
    }
  }
  const threads = new Set<string>();
  const threadOf = new Map(view.messages.map((m) => [m.messageId, m.threadId ?? m.messageId]));
  for (const c of collectCues(view)) if (c.strength >= 0.8) threads.add(threadOf.get(c.messageId) ?? c.messageId);
  return { purchases, orders, framework, repeat, executive, joint, projects: threads.size };
}

/** Two orders count as repeat orders when they are different clauses at least a week apart, or say so. */
export function hasRepeatOrders(f: RelationshipFacts): boolean {
  if (f.repeat.some((c) => f.orders.some((o) => o.messageId === c.messageId) || /订单|訂單|order|采购|採購/i.test(c.quote))) return true;
  const times = f.orders.map((o) => timeMs(o.at)).filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  return times.length >= 2 && times[times.length - 1]! - times[0]! >= 7 * DAY;
}

export interface RelationshipInference { stage: RelationshipStage; evidence: Evidence[]; facts: RelationshipFacts }

export function inferRelationship(view: AccountView, seniorContact = false): RelationshipInference {
  const f = relationshipFacts(view);
  const ev = (cues: Cue[]) => toEvidence(view, cues);
  const vendor = f.purchases.length > 0 || f.framework.length > 0;
  const preferred = f.framework.length > 0 || hasRepeatOrders(f);
  const partner = preferred && f.projects >= 2 && (f.executive.length > 0 || seniorContact) && f.joint.length > 0;
  if (partner) return { stage: 'partner', evidence: ev([...f.joint, ...f.executive]), facts: f };
  if (preferred) return { stage: 'preferred-supplier', evidence: ev([...f.framework, ...f.repeat, ...f.orders]), facts: f };
  if (vendor) return { stage: 'vendor', evidence: ev(f.purchases), facts: f };
  return { stage: 'prospect', evidence: [], facts: f };
}

/** Wrap an inferred value with the user's override (which always wins). */
export function withOverride<T>(inferred: T, override: T | null | undefined, evidence: Evidence[]): StageInference<T> {
  if (override !== null && override !== undefined) return { value: override, source: 'user', inferred, evidence };
  return { value: inferred, source: 'inferred', inferred, evidence };
}
