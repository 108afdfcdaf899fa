// The due-date conformance set (tests/fixtures/due, Accord's own mail): every labelled
// commitment's evidence, offered alone, is found with the gold kind, owner and due date.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../../lib/extract/commitments';

const dir = fileURLToPath(new URL('../../fixtures/due/gold/', import.meta.url));
interface Gold { sentAt: string; language: string; commitments: { kind: string; owner: string; evidence: string; due: string | null }[] }
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => {
  const g = JSON.parse(readFileSync(dir + f, 'utf8')) as Gold;
  return g.commitments.map((c, i) => ({ id: `${f.replace('.json', '')}#${i + 1}`, sentAt: g.sentAt, language: g.language, ...c }));
});

describe('due set evidence', () => {
  it('covers the set', () => {
    expect(cases.length).toBe(137);
  });
  it.each(cases)('$id', (c) => {
    const out = extractCommitments(c.evidence, { sentAt: c.sentAt, language: c.language, senderName: '', recipientNames: [] });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: c.kind, owner: c.owner, due: c.due });
  });
});
