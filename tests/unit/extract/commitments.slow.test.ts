// Slow-input cases: long lines, many sentences and pathological repetitions must finish
// quickly (no catastrophic backtracking) and stay bounded in output.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCommitments } from '../../../lib/extract/commitments';
import { splitSentences } from '../../../lib/extract/sentences';

const ctx = { sentAt: '2026-03-11T10:00:00+08:00', language: 'en', senderName: '', recipientNames: [] };
// Unloaded, each case takes 0.1-0.3 s; the limit leaves room for a busy CI machine while still
// catching super-linear (backtracking) behaviour, which takes minutes on inputs this size.
const LIMIT_MS = 5000;
const timed = (text: string) => {
  const t0 = performance.now();
  const out = extractCommitments(text, ctx);
  return { out, ms: performance.now() - t0 };
};

describe('slow input', () => {
  // the first call pays for compiling the date parser's patterns; measure steady state
  beforeAll(() => {
    extractCommitments('I will send it tomorrow. 我明天发给你。', ctx);
  });

  it.each([
    ['a 200 kB line with no break', 'a'.repeat(200_000)],
    ['200 kB of spaces', ' '.repeat(200_000)],
    ['200 kB of dots', '.'.repeat(200_000)],
    ['repeated modal', 'we will '.repeat(25_000)],
    ['repeated ask', 'please could you '.repeat(12_000)],
    ['repeated commas', 'I will, '.repeat(25_000)],
    ['unbalanced quotes', '"I will send'.repeat(20_000)],
    ['repeated Chinese modal', '我们会在'.repeat(50_000)],
    ['repeated 请', '请'.repeat(200_000)],
    ['mixed scripts and conditions', 'If you 如果 please 请 will 会 '.repeat(8000)],
  ])('%s', (_label, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('10,000 sentences finish quickly and the output is capped', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `I will send item ${i} tomorrow.`).join(' ');
    expect(splitSentences(text)).toHaveLength(10_000);
    const { out, ms } = timed(text);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out[0]!.text).toBe('I will send item 0 tomorrow.');
  });

  it('10,000 Chinese sentences finish quickly', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `我明天把第${i}份报告发给你。`).join('');
    expect(timed(text).ms).toBeLessThan(LIMIT_MS);
  });
});
