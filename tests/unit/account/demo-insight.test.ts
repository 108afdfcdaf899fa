// @vitest-environment jsdom
// The real pipeline on the demo mailboxes: demo page (jsdom) → demo adapter → extract() →
// ingestExtraction (fake-indexeddb) → getAccountView → computeInsight. The demo threads are what
// a sales team sees first: each account must get a sensible stage, origin and next moves.
process.env.TZ = 'UTC';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeInsight } from '../../../lib/playbook/insight';
import type { AccountInsight } from '../../../lib/model/records';
import { DEMO_TODAY, demoViews } from './demo-pipeline';

const insights = new Map<string, AccountInsight>();
const get = (domain: string) => {
  const i = insights.get(domain);
  if (!i) throw new Error(`no account for ${domain}`);
  return i;
};
const rules = (domain: string) => get(domain).nextMoves.map((m) => m.rule);

beforeAll(async () => {
  for (const mb of ['1', '2'] as const) {
    for (const [domain, v] of await demoViews(mb)) insights.set(domain, computeInsight(v, DEMO_TODAY));
  }
}, 120_000);

describe('demo mailbox 1 (Maya Lin)', () => {
  it('Harbourline (hlb-rfp): a tender at proposal stage; clarify the tender and complete the qualification', () => {
    const i = get('harbourline.co.uk');
    expect(i.origin.value).toBe('tender');
    expect(i.project.value).toBe('proposal');
    expect(i.relationship.value).toBe('prospect');
    expect(i.project.evidence.length).toBeGreaterThan(0);
    expect(rules('harbourline.co.uk')).toEqual(expect.arrayContaining(['passive-tender', 'qualification', 'our-promise-overdue']));
    expect(i.gaps.map((g) => g.id)).toContain('no-decision-maker');
  });

  it('华东智造 (hdzz-charter, hdzz-exec): proactive, at initiation; the general manager is involved', () => {
    const i = get('huadong-zhizao.com.cn');
    expect(i.origin.value).toBe('proactive');
    expect(i.project.value).toBe('initiation');
    expect(i.project.evidence.some((e) => e.quote.includes('立项书'))).toBe(true);
    expect(rules('huadong-zhizao.com.cn')).toContain('executive');
    expect(rules('huadong-zhizao.com.cn')).not.toContain('contract-signed');
  });

  it('台灣精密 (tp-poc, tp-review): evaluation (POC), not yet a proposal', () => {
    const i = get('taiwan-precision.com.tw');
    expect(i.project.value).toBe('evaluation');
    expect(i.project.evidence.some((e) => /POC/.test(e.quote))).toBe(true);
    expect(i.origin.value).not.toBe('tender');
  });

  it('Alderbrook (abl-quote, abl-msa): negotiation with procurement; price pressure and the CFO in the picture', () => {
    const i = get('alderbrook-logistics.com');
    expect(i.project.value).toBe('negotiation');
    expect(i.project.evidence.some((e) => /redline/i.test(e.quote))).toBe(true);
    expect(i.gaps.map((g) => g.id)).not.toContain('no-purchaser');
    expect(rules('alderbrook-logistics.com')).toEqual(expect.arrayContaining(['price-pressure', 'executive', 'competitor']));
    // the competitor move quotes the customer's words about Quantiva's offer
    const m = get('alderbrook-logistics.com').nextMoves.find((x) => x.rule === 'competitor')!;
    expect(m.evidence.some((e) => e.quote.includes('Quantiva'))).toBe(true);
    expect(i.relationship.value).toBe('prospect');
  });

  it('Straits Marine (sms-contract): contract signed, delivering; plan milestones and final acceptance', () => {
    const i = get('straitsmarine.com.sg');
    expect(['contract', 'delivery']).toContain(i.project.value);
    expect(i.relationship.value).toBe('vendor');
    expect(rules('straitsmarine.com.sg')).toContain('contract-signed');
    const m = get('straitsmarine.com.sg').nextMoves.find((x) => x.rule === 'contract-signed')!;
    expect(m.evidence.length).toBeGreaterThan(0);
  });

  it('瀚海零售 (hhls-renewal, hhls-framework): framework → preferred supplier; expansion; maintenance and upgrades, a referral', () => {
    const i = get('hanhai-retail.com.cn');
    expect(i.relationship.value).toBe('preferred-supplier');
    expect(i.relationship.evidence.some((e) => e.quote.includes('框架协议'))).toBe(true);
    expect(i.project.value).toBe('expansion');
    expect(rules('hanhai-retail.com.cn')).toEqual(expect.arrayContaining(['delivered-accepted', 'our-promise-overdue']));
    expect(rules('hanhai-retail.com.cn')).not.toContain('repeat-orders');
  });

  it('every move is bilingual, has a reason and an action, and the lists are capped and ranked', () => {
    for (const [, i] of insights) {
      expect(i.nextMoves.length).toBeLessThanOrEqual(8);
      for (let k = 1; k < i.nextMoves.length; k++) expect(i.nextMoves[k - 1]!.priority).toBeGreaterThanOrEqual(i.nextMoves[k]!.priority);
      for (const m of i.nextMoves) {
        for (const f of [m.title, m.reason, m.action]) {
          expect(f.en.trim()).not.toBe('');
          expect(f.zh).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });
});

describe('demo mailbox 2 (Li Wei)', () => {
  it('Ridgeway (rdg-intro): an intro call, the need stage; their CIO is interested', () => {
    const i = get('ridgeway-pharma.com');
    expect(i.project.value).toBe('need');
    expect(rules('ridgeway-pharma.com')).toContain('executive');
  });

  it('蓝海证券 (lhzq-demo): demo and test environment, evaluation; no decision-maker yet', () => {
    const i = get('lanhai-securities.com.cn');
    expect(i.project.value).toBe('evaluation');
    expect(i.gaps.map((g) => g.id)).toContain('no-decision-maker');
  });
});

describe('one thread read alone (the panel on a freshly opened email)', () => {
  const alone = async (thread: string, domain: string, today = DEMO_TODAY) => {
    const v = (await demoViews('1', today, [thread])).get(domain);
    if (!v) throw new Error(`no account for ${thread}`);
    return computeInsight(v, today);
  };

  it('each thread alone gets its own stage', async () => {
    const expectations: [string, string, string[]][] = [
      ['hlb-rfp', 'harbourline.co.uk', ['proposal']],
      ['hdzz-charter', 'huadong-zhizao.com.cn', ['initiation']],
      ['tp-poc', 'taiwan-precision.com.tw', ['evaluation']],
      ['abl-quote', 'alderbrook-logistics.com', ['proposal', 'negotiation']],
      ['abl-msa', 'alderbrook-logistics.com', ['negotiation']],
      ['sms-contract', 'straitsmarine.com.sg', ['contract', 'delivery']],
      ['hhls-renewal', 'hanhai-retail.com.cn', ['expansion']],
      ['hhls-framework', 'hanhai-retail.com.cn', ['delivery', 'expansion']],
    ];
    for (const [thread, domain, stages] of expectations) {
      const i = await alone(thread, domain);
      expect(stages, thread).toContain(i.project.value);
    }
  }, 120_000);

  it('hlb-rfp alone: tender with a tender move; sms-contract alone: the acceptance-planning move, on any day of the week', async () => {
    for (const today of [DEMO_TODAY, '2026-11-27']) {
      const hlb = await alone('hlb-rfp', 'harbourline.co.uk', today);
      expect(hlb.origin.value).toBe('tender');
      expect(hlb.nextMoves.map((m) => m.rule)).toContain('passive-tender');
      const sms = await alone('sms-contract', 'straitsmarine.com.sg', today);
      expect(sms.nextMoves.map((m) => m.rule)).toContain('contract-signed');
    }
  }, 120_000);
});
