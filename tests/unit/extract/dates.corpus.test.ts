// The due-date conformance set (tests/fixtures/due, Accord's own, see ATTRIBUTION.md):
// for every gold commitment, findDue(evidence, Date: header of its message) must give the
// gold due and dueText. Reports the share correct; the contract target is >= 0.95, and we
// hold every item, since each one is a row of the GUIDE table.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDue, sentLocalDate } from '../../../lib/extract/dates';

const DIR = join(__dirname, '../../fixtures/due');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 2822 Date: header -> ISO 8601 with the sender's own offset (no UTC conversion). */
function headerToIso(header: string): string {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-])(\d{2})(\d{2})/.exec(header);
  if (!m) throw new Error('unreadable Date header');
  const p = (s: string | number) => String(s).padStart(2, '0');
  const mon = MONTHS.indexOf(m[2]!) + 1;
  return `${m[3]}-${p(mon)}-${p(m[1]!)}T${p(m[4]!)}:${m[5]}:${m[6] ?? '00'}${m[7]}${m[8]}:${m[9]}`;
}

interface GoldCommitment {
  evidence: string;
  due: string | null;
  dueText: string | null;
}
interface Gold {
  file: string;
  language: string;
  sentAt: string;
  commitments: GoldCommitment[];
}

const cases = readdirSync(join(DIR, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const gold = JSON.parse(readFileSync(join(DIR, 'gold', f), 'utf8')) as Gold;
    const eml = readFileSync(join(DIR, 'messages', gold.file), 'latin1');
    const header = /^Date:[ \t]*(.+)$/im.exec(eml)?.[1] ?? '';
    return { id: f.replace(/\.json$/, ''), gold, sentAt: headerToIso(header) };
  });

describe('due-date conformance set', () => {
  it('holds 60 messages and 137 commitments', () => {
    expect(cases).toHaveLength(60);
    expect(cases.reduce((n, c) => n + c.gold.commitments.length, 0)).toBe(137);
  });

  it.each(cases)('$id: Date header read with its own offset', ({ gold, sentAt }) => {
    expect(sentAt).toBe(gold.sentAt);
    const local = sentLocalDate(sentAt);
    expect(`${local.y}-${String(local.m).padStart(2, '0')}-${String(local.d).padStart(2, '0')}`).toBe(gold.sentAt.slice(0, 10));
  });

  it.each(cases)('$id: due and dueText of every gold commitment', ({ gold, sentAt }) => {
    for (const c of gold.commitments) {
      const got = findDue(c.evidence, sentAt, gold.language);
      expect({ due: got?.due ?? null, dueText: got?.dueText ?? null }).toEqual({ due: c.due, dueText: c.dueText });
      if (got) expect(c.evidence.slice(got.index, got.index + got.length)).toBe(got.dueText);
    }
  });

  it('share correct over the set is >= 0.95', () => {
    let n = 0;
    let ok = 0;
    for (const { gold, sentAt } of cases) {
      for (const c of gold.commitments) {
        n++;
        const got = findDue(c.evidence, sentAt, gold.language);
        if ((got?.due ?? null) === c.due && (got?.dueText ?? null) === c.dueText) ok++;
      }
    }
    console.info(`due conformance: ${ok}/${n} = ${(ok / n).toFixed(3)}`);
    expect(ok / n).toBeGreaterThanOrEqual(0.95);
  });
});
