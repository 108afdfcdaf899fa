// Buying-committee role hint from a job title (DESIGN.md §1), English and Chinese.
// PURE. The hint carries its evidence: the title text it was read from.
//
// Precedence, first match wins, and why:
//  1. vendor-side sales titles (account manager, 销售, 業務) → no hint: they are our counterparts,
//     not members of the customer's committee;
//  2. top executives (CEO, CIO, president, 总经理, 董事长, 总裁, 副总) → decision-maker: they sign,
//     whatever their function (a CTO is a decision-maker before being technical);
//  3. procurement (procurement, purchasing, buyer, sourcing, 采购, 招标) → purchaser, even for a
//     "Procurement Director": the function says who runs the tender and the price;
//  4. evaluation (QA, quality, acceptance, evaluation, 评审, 质量, 验收) → evaluator;
//  5. other senior leaders (VP, director, head of, 总监, 主任) → decision-maker;
//  6. technical (engineer, architect, developer, IT, 工程师, 架构师, 技术, 信息) → technical;
//  7. users (analyst, user, operator, operations, nurse, 操作员, 运营) → user.
import type { RoleHint, CommitteeRole } from '../model/extraction';

interface Rule { role: CommitteeRole | null; en: RegExp | null; zh: RegExp | null }

const RULES: Rule[] = [
  {
    role: null,
    en: /\b(?:sales|account (?:manager|executive|director)|key account|business development|customer success|pre-?sales|solutions? (?:manager|consultant)|recruiter)\b/i,
    zh: /销售|銷售|业务|業務|客户经理|客戶經理|大客户|大客戶|客户总监|客戶總監|商务|商務|售前|解决方案经理|解決方案經理|客户成功|客戶成功/,
  },
  {
    role: 'decision-maker',
    en: /\b(?:ceo|cio|cto|cfo|coo|cdo|chief\b[\w\s]*officer|president|chair(?:man|woman|person)?|owner|founder|co-founder|managing director|general manager|gm|executive director|board member|partner)\b/i,
    zh: /总经理|總經理|董事长|董事長|董事|总裁|總裁|副总|副總|首席|行长|行長|院长|院長|局长|局長|厂长|廠長|合伙人|合夥人|创始人|創辦人|老板|老闆/,
  },
  {
    role: 'purchaser',
    en: /\b(?:procurement|purchasing|purchaser|buyer|sourcing|supply chain|tender|contracts? (?:manager|officer|specialist))\b/i,
    zh: /采购|採購|招标|招標|采买|採買|供应链|供應鏈|物资|物資/,
  },
  {
    role: 'evaluator',
    en: /\b(?:qa|quality|acceptance|evaluation|evaluator|assessor|auditor|reviewer|compliance|validation|test(?:ing)? manager)\b/i,
    zh: /评审|評審|评估|評估|质量|質量|品质|品質|品保|质检|質檢|验收|驗收|审计|審計|专家|專家/,
  },
  {
    role: 'decision-maker',
    en: /\b(?:vp|svp|evp|avp|vice[- ]president|director|head of|head|chief)\b/i,
    zh: /总监|總監|主任|部长|部長|处长|處長|总工|總工|负责人|負責人|主管/,
  },
  {
    role: 'technical',
    en: /\b(?:engineer(?:ing)?|architect|developer|programmer|devops|sre|it|technical|technology|informatics|infrastructure|network|systems?|security|scientist|cto)\b/i,
    zh: /工程师|工程師|架构师|架構師|技术|技術|开发|開發|研发|研發|信息|資訊|资讯|IT|网络|網路|運維|运维|系统|系統/,
  },
  {
    role: 'user',
    en: /\b(?:analyst|user|operator|operations|nurse|clerk|planner|dispatcher|coordinator|accountant|specialist)\b/i,
    zh: /操作员|操作員|用户|用戶|运营|營運|运营|分析师|分析師|专员|專員|护士|護士|调度|調度|文员|文員|设备|設備/,
  },
];

/** The committee role a title suggests, with the title as evidence; null when it says nothing. */
export function roleHintFromTitle(title: string | null | undefined): RoleHint | null {
  const t = (title ?? '').trim();
  if (!t) return null;
  for (const r of RULES) {
    if ((r.en && r.en.test(t)) || (r.zh && r.zh.test(t))) {
      return r.role ? { role: r.role, evidence: t } : null;
    }
  }
  return null;
}
