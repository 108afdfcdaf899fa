import { describe, expect, it } from 'vitest';
import { buildCommittee, committeeGaps } from '../../../lib/account/committee';
import { contact, view } from './builders';

const gapIds = (v: ReturnType<typeof view>, stage: Parameters<typeof committeeGaps>[2], origin: Parameters<typeof committeeGaps>[3] = 'unknown') =>
  committeeGaps(v, buildCommittee(v), stage, origin).map((g) => g.id);

describe('committee slots', () => {
  it('six roles; the user role wins over the inferred one; our team and non-persons are left out', () => {
    const v = view({
      contacts: [
        contact('wangfang@huaxin-med.com.cn', { name: '王芳', role: 'purchaser', roleEvidence: '采购部 经理' }),
        contact('zhangwei@huaxin-med.com.cn', { name: '张伟', role: 'technical', roleOverride: 'coach' }),
        contact('tenders@huaxin-med.com.cn', { role: 'purchaser', person: false }),
        contact('jonas@northwind-systems.com', { role: 'decision-maker', internal: true }),
      ],
    });
    const c = buildCommittee(v);
    expect(c.map((s) => s.role)).toEqual(['user', 'technical', 'purchaser', 'decision-maker', 'evaluator', 'coach']);
    expect(c.find((s) => s.role === 'purchaser')!.contacts).toEqual([{ email: 'wangfang@huaxin-med.com.cn', name: '王芳', source: 'inferred', evidence: '采购部 经理' }]);
    expect(c.find((s) => s.role === 'coach')!.contacts).toMatchObject([{ email: 'zhangwei@huaxin-med.com.cn', source: 'user' }]);
    expect(c.find((s) => s.role === 'technical')!.contacts).toEqual([]);
    expect(c.find((s) => s.role === 'decision-maker')!.contacts).toEqual([]);
  });
});

describe('committee gaps by stage', () => {
  const dm = contact('boss@huaxin-med.com.cn', { role: 'decision-maker' });
  const tech = contact('eng@huaxin-med.com.cn', { role: 'technical' });
  const buyer = contact('buyer@huaxin-med.com.cn', { role: 'purchaser' });

  it('no decision-maker, named in EN and ZH; not after delivery starts', () => {
    const v = view({ contacts: [tech, buyer] });
    const g = committeeGaps(v, buildCommittee(v), 'proposal', 'unknown');
    expect(g.find((x) => x.id === 'no-decision-maker')!.text).toEqual({ en: 'No contact with a decision-maker', zh: '尚未接触决策者' });
    expect(gapIds(v, 'delivery')).not.toContain('no-decision-maker');
    expect(gapIds(view({ contacts: [dm, tech] }), 'proposal')).not.toContain('no-decision-maker');
  });

  it('technical evaluation with no technical contact, only in evaluation', () => {
    const v = view({ contacts: [dm, buyer] });
    expect(gapIds(v, 'evaluation')).toContain('no-technical');
    expect(gapIds(v, 'proposal')).not.toContain('no-technical');
    expect(gapIds(view({ contacts: [dm, tech] }), 'evaluation')).not.toContain('no-technical');
  });

  it('negotiation without procurement; a tender without procurement', () => {
    const v = view({ contacts: [dm, tech] });
    expect(gapIds(v, 'negotiation')).toContain('no-purchaser');
    expect(gapIds(v, 'evaluation')).not.toContain('no-purchaser');
    expect(gapIds(v, 'proposal', 'tender')).toContain('tender-no-purchaser');
    expect(gapIds(view({ contacts: [dm, buyer] }), 'negotiation')).toEqual([]);
  });

  it('single-threaded: only one customer person (our team and robots do not count)', () => {
    const v = view({ contacts: [dm, contact('noreply@huaxin-med.com.cn', { person: false }), contact('me@northwind-systems.com', { internal: true })] });
    const g = committeeGaps(v, buildCommittee(v), 'evaluation', 'unknown');
    expect(g.find((x) => x.id === 'single-threaded')!.text.zh).toBe('单线联系：只有一位联系人');
    expect(gapIds(view({ contacts: [dm, tech] }), 'evaluation')).not.toContain('single-threaded');
    expect(gapIds(view({ contacts: [] }), 'evaluation')).toEqual([]);
  });
});
