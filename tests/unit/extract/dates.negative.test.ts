// What is not a due date, and input that must stay fast.
import { describe, expect, it } from 'vitest';
import { findAllDue, findDue } from '../../../lib/extract/dates';

const WED = '2026-03-04T10:00:00+08:00';

describe('numbers and words that only look like dates', () => {
  it.each([
    'version 3.5 is out',
    'please upgrade to v2/3 first',
    'the 1.2.3 release fixed it',
    'a 1/2 hour call is enough',
    'we spent 2/3 of the budget',
    'we sold 3/4 of the units',
    'see section 3/12 of the spec',
    'the ratio was 3-5 percent',
    'build 2026.03.04.1 passed',
    'path a/3/5/b was wrong',
    'we may 2x the order',
    'support for later versions',
    'no later than usual',
    'ISO 9001 audit, Windows 10 upgrade, 555-0199',
    'in 2026 we grew',
    '下周期的计划已经确定',
    '这周报写得很好',
    '版本3.5已经发布',
    '每周五例会',
    'Could you confirm who will sign the order form?',
    '[PATCH v10 2/2] i2c: aspeed: support buffer mode',
    '#4 [1/2] FROM docker.io/library/debian',
    'this is part 1/3 of the series',
    'Please reply by 2/30',
    'I will test it this weekend',
    'enjoying a weekend ride',
    'grilled corn on the cob',
    '-rw-r--r-- 1 root root 9443 4月  7 10:00 file',
  ])('%s', (text) => {
    expect(findAllDue(text, WED)).toEqual([]);
    expect(findDue(text, WED)).toBeNull();
  });

  it('an impossible day in a listing is no date, the real one next to it is', () => {
    expect(findDue('drwx 1 root root 0 Jun 21 20:29 device', WED)).toMatchObject({ dueText: 'Jun 21', due: '2026-06-21' });
  });

  it("chrono's leading 'on' stays outside dueText", () => {
    const text = 'We will ship on 5 March';
    const got = findDue(text, WED);
    expect(got).toMatchObject({ dueText: '5 March', due: '2026-03-05' });
    expect(text.slice(got!.index, got!.index + got!.length)).toBe('5 March');
  });

  it('keeps a real date next to a version number', () => {
    const got = findDue("I'll send the 3.5 release notes on Monday", WED);
    expect(got).toMatchObject({ dueText: 'Monday', due: '2026-03-09' });
  });

  it('a past-sense weekday is still a phrase (the commitments step decides)', () => {
    expect(findDue("Friday's meeting was great", WED)).toMatchObject({ dueText: 'Friday', due: '2026-03-06' });
    expect(findDue('we met last Friday', WED)).toMatchObject({ dueText: 'last Friday', due: '2026-02-27' });
  });

  it('a weekday abbreviation counts only after a cue word', () => {
    expect(findDue('we sat down with the team', WED)).toBeNull();
    expect(findDue('please reply by Fri', WED)).toMatchObject({ dueText: 'Fri', due: '2026-03-06' });
  });

  it('business days and hours name no day, but keep their text', () => {
    expect(findDue('we will reply within 3 business days', WED)).toMatchObject({ dueText: 'within 3 business days', due: null });
    expect(findDue('我们将在24小时之内给您回复', WED)).toMatchObject({ dueText: '24小时之内', due: null });
    expect(findDue('我们将在五个工作日内给予答复', WED)).toMatchObject({ dueText: '五个工作日内', due: null });
  });
});

describe('slow input', () => {
  const cases: Array<[string, string]> = [
    ['digits and slashes, spaced', Array.from({ length: 40_000 }, (_, i) => `${i % 13}/${i % 31}`).join(' ').slice(0, 200_000)],
    ['digits and slashes, unbroken', '1234567890/'.repeat(20_000).slice(0, 200_000)],
    ['dotted numbers', '1.2.3.4 '.repeat(25_000)],
    ['colons', '1:2:3:'.repeat(33_000)],
    ['CJK numerals', '一二三四五六七八九十'.repeat(20_000)],
    ['one long word', 'a'.repeat(200_000)],
    ['prepositions without an end', 'in in within a a the end of of next '.repeat(6_000)],
  ];
  it.each(cases)('a 200 kB line of %s returns fast', (_name, line) => {
    const start = performance.now();
    findAllDue(line, WED);
    findDue(line, WED);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('still finds the phrase after a long run of noise', () => {
    const noise = '12/34/56 '.repeat(20_000);
    const text = `${noise}\nPlease send the quote by Friday`;
    const got = findDue(text, WED);
    expect(got).toMatchObject({ dueText: 'Friday', due: '2026-03-06' });
    expect(text.slice(got!.index, got!.index + got!.length)).toBe('Friday');
  });
});
