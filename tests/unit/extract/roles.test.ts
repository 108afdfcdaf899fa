import { describe, expect, it } from 'vitest';
import { roleHintFromTitle } from '../../../lib/extract/roles';

const role = (t: string) => roleHintFromTitle(t)?.role ?? null;

describe('roleHintFromTitle', () => {
  it('reads purchasers in EN and ZH', () => {
    expect(role('Senior Procurement Manager')).toBe('purchaser');
    expect(role('Buyer')).toBe('purchaser');
    expect(role('Strategic Sourcing Lead')).toBe('purchaser');
    expect(role('采购专员')).toBe('purchaser');
    expect(role('資訊科技採購經理')).toBe('purchaser');
  });
  it('reads decision-makers', () => {
    expect(role('CEO')).toBe('decision-maker');
    expect(role('Vice President, Operations')).toBe('decision-maker');
    expect(role('Director of IT')).toBe('decision-maker');
    expect(role('Head of Infrastructure')).toBe('decision-maker');
    expect(role('总经理')).toBe('decision-maker');
    expect(role('營運副總')).toBe('decision-maker');
    expect(role('信息中心主任')).toBe('decision-maker');
  });
  it('reads technical, evaluator and user roles', () => {
    expect(role('Lead Network Architect')).toBe('technical');
    expect(role('Senior Software Engineer')).toBe('technical');
    expect(role('IT经理')).toBe('technical');
    expect(role('架构师')).toBe('technical');
    expect(role('QA Lead')).toBe('evaluator');
    expect(role('质量部经理')).toBe('evaluator');
    expect(role('Acceptance Committee Member')).toBe('evaluator');
    expect(role('Business Analyst')).toBe('user');
    expect(role('操作员')).toBe('user');
    expect(role('Plant Operations Manager')).toBe('user');
  });
  it('applies the precedence: executive > purchasing > evaluation > director > technical > user', () => {
    expect(role('CTO')).toBe('decision-maker'); // executive before technical
    expect(role('Procurement Director')).toBe('purchaser'); // function before seniority
    expect(role('采购总监')).toBe('purchaser');
    expect(role('Director of Engineering')).toBe('decision-maker');
    expect(role('QA Engineer')).toBe('evaluator');
    expect(role('Chief Procurement Officer')).toBe('decision-maker');
  });
  it('gives no hint for vendor-side sales titles or empty titles', () => {
    expect(roleHintFromTitle('Key Account Manager')).toBeNull();
    expect(roleHintFromTitle('销售总监')).toBeNull();
    expect(roleHintFromTitle('業務經理')).toBeNull();
    expect(roleHintFromTitle('')).toBeNull();
    expect(roleHintFromTitle(null)).toBeNull();
    expect(roleHintFromTitle('Realtime')).toBeNull();
  });
  it('carries the title as evidence', () => {
    expect(roleHintFromTitle('资深采购经理')).toEqual({ role: 'purchaser', evidence: '资深采购经理' });
  });
});
