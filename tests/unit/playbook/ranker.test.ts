import { describe, expect, it } from 'vitest';
import { computeInsight } from '../../../lib/playbook/insight';
import type { NextMove } from '../../../lib/model/records';
import { MAX_MOVES, rankMoves } from '../../../lib/playbook';
import { ago, com, contact, inDays, sig, TODAY, view } from '../account/builders';

const m = (rule: string, priority: number, title = rule): NextMove => ({
  rule, priority, title: { en: title, zh: title }, reason: { en: '', zh: '' }, action: { en: '', zh: '' }, evidence: [],
});

describe('ranker', () => {
  it('sorts by priority, ties by rule id', () => {
    expect(rankMoves([m('b', 50), m('a', 50), m('c', 90)]).map((x) => x.rule)).toEqual(['c', 'a', 'b']);
  });
  it('keeps one move per rule and per title', () => {
    expect(rankMoves([m('a', 50), m('a', 60, 'other'), m('b', 40, 'a')]).map((x) => `${x.rule}:${x.priority}`)).toEqual(['a:60', 'b:40']);
  });
  it('caps the list', () => {
    const many = Array.from({ length: 20 }, (_, i) => m(`r${i}`, i));
    expect(rankMoves(many)).toHaveLength(MAX_MOVES);
    expect(rankMoves(many, 3).map((x) => x.priority)).toEqual([19, 18, 17]);
  });
  it('computeInsight: a busy account gets ranked, capped, distinct moves, overdue promise first', () => {
    const v = view({
      contacts: [contact('only@huaxin-med.com.cn', { role: 'user' })],
      commitments: [com('We will send the test report tomorrow.', { due: inDays(-4) }), com('x', { side: 'theirs', due: inDays(-2) })],
      signals: [
        sig('tender', 'Invitation to Tender: data platform', { at: ago(10) }),
        sig('qualification', 'Please provide your ISO 27001 certificate.', { at: ago(10) }),
        sig('competitor', 'We are also evaluating other vendors.', { at: ago(9) }),
        sig('price-pressure', 'Your price is too high for our budget.', { at: ago(9) }),
      ],
    });
    const moves = computeInsight(v, TODAY).nextMoves;
    expect(moves[0]!.rule).toBe('our-promise-overdue');
    expect(moves.length).toBeLessThanOrEqual(MAX_MOVES);
    expect(new Set(moves.map((x) => x.rule)).size).toBe(moves.length);
    for (let i = 1; i < moves.length; i++) expect(moves[i - 1]!.priority).toBeGreaterThanOrEqual(moves[i]!.priority);
    expect(moves.map((x) => x.rule)).toEqual(expect.arrayContaining(['passive-tender', 'qualification', 'single-threaded', 'missing-role:no-decision-maker']));
  });
});

describe('scale', () => {
  // Speed is measured by the bench, not here: this checks the result on a large account.
  it('a large account (6,000 signals, 2,000 commitments) still gives one stage with capped evidence and capped moves', () => {
    const kinds = ['pilot', 'quote', 'contract', 'meeting', 'delivery', 'price-pressure'] as const;
    const signals = Array.from({ length: 6000 }, (_, i) => sig(kinds[i % kinds.length]!, `Clause ${i} about the POC, the quotation and the redline.`, { at: ago(i % 90) }));
    const commitments = Array.from({ length: 2000 }, (_, i) => com(`Promise ${i}`, { due: inDays((i % 20) - 10) }));
    const i = computeInsight(view({ signals, commitments, contacts: [contact('a@x.com'), contact('b@x.com')] }), TODAY);
    expect(i.nextMoves.length).toBeLessThanOrEqual(MAX_MOVES);
    expect(i.project.value).toBe('negotiation');
    expect(i.project.evidence).toHaveLength(3);
  });
});
