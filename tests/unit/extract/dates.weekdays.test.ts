// Every sent weekday against the week rules of GUIDE.md, in en, zh-Hans and zh-Hant.
// The sent dates are Mon 2026-03-02 ... Sun 2026-03-08 (one Monday-to-Sunday week); the
// following week runs Mon 03-09 ... Sun 03-15.
import { describe, expect, it } from 'vitest';
import { findDue } from '../../../lib/extract/dates';

const SENT = [
  ['Mon', '2026-03-02T09:00:00+08:00'],
  ['Tue', '2026-03-03T16:45:00-05:00'],
  ['Wed', '2026-03-04T10:30:00+00:00'],
  ['Thu', '2026-03-05T14:20:00-05:00'],
  ['Fri', '2026-03-06T17:05:00+09:00'],
  ['Sat', '2026-03-07T11:20:00-05:00'],
  ['Sun', '2026-03-08T21:40:00-05:00'],
] as const;

// expected due per sent weekday (Mon..Sun), written out by hand from the table
const RULES: Array<{ phrases: string[]; due: string[] }> = [
  {
    // a weekday alone: the next such day strictly after the sent date
    phrases: ['by Friday', '周五前', '週五前', '星期五', '礼拜五', '禮拜五'],
    due: ['03-06', '03-06', '03-06', '03-06', '03-13', '03-13', '03-13'],
  },
  {
    phrases: ['on Monday', '周一', '週一', '星期一', '礼拜一'],
    due: ['03-09', '03-09', '03-09', '03-09', '03-09', '03-09', '03-09'],
  },
  {
    phrases: ['on Sunday', '周日', '週日', '星期天', '星期日'],
    due: ['03-08', '03-08', '03-08', '03-08', '03-08', '03-08', '03-15'],
  },
  {
    phrases: ['on Wednesday', '星期三', '週三'],
    due: ['03-04', '03-04', '03-11', '03-11', '03-11', '03-11', '03-11'],
  },
  {
    // this <weekday>: that day of the sent week, even when it has passed
    phrases: ['this Friday', '本周五', '这周五', '這週五', '本週五'],
    due: ['03-06', '03-06', '03-06', '03-06', '03-06', '03-06', '03-06'],
  },
  {
    phrases: ['this Monday', '本周一', '這週一'],
    due: ['03-02', '03-02', '03-02', '03-02', '03-02', '03-02', '03-02'],
  },
  {
    // next <weekday>: that day of the following week
    phrases: ['next Friday', '下周五', '下週五', '下星期五', '下礼拜五'],
    due: ['03-13', '03-13', '03-13', '03-13', '03-13', '03-13', '03-13'],
  },
  {
    phrases: ['next Monday', '下周一', '下週一'],
    due: ['03-09', '03-09', '03-09', '03-09', '03-09', '03-09', '03-09'],
  },
  {
    // this week, end of the week, 本周, 这周, 周末前: Friday of the sent week
    phrases: ['this week', 'end of the week', '本周', '这周内', '這週內', '周末前', '週末前'],
    due: ['03-06', '03-06', '03-06', '03-06', '03-06', '03-06', '03-06'],
  },
  {
    // next week, 下周, 下週, 下礼拜, 下星期: Friday of the following week
    phrases: ['next week', '下周', '下週', '下礼拜', '下星期', '下週內'],
    due: ['03-13', '03-13', '03-13', '03-13', '03-13', '03-13', '03-13'],
  },
  {
    // early next week, 下周初: Monday of the following week
    phrases: ['early next week', '下周初', '下週初'],
    due: ['03-09', '03-09', '03-09', '03-09', '03-09', '03-09', '03-09'],
  },
  {
    phrases: ['tomorrow', '明天', '明日'],
    due: ['03-03', '03-04', '03-05', '03-06', '03-07', '03-08', '03-09'],
  },
  {
    phrases: ['the day after tomorrow', '后天', '後天'],
    due: ['03-04', '03-05', '03-06', '03-07', '03-08', '03-09', '03-10'],
  },
];

describe.each(SENT.map(([name, sentAt], i) => ({ name, sentAt, i })))('sent on $name', ({ sentAt, i }) => {
  for (const { phrases, due } of RULES) {
    it.each(phrases)('%s', (phrase) => {
      const text = `We will deliver it ${phrase}`;
      const got = findDue(text, sentAt);
      expect(got?.due).toBe(`2026-${due[i]}`);
    });
  }

  it('today, EOD, 今天, 今晚 are the sent date itself', () => {
    for (const phrase of ['today', 'EOD', 'tonight', '今天', '今晚', '今日']) {
      expect(findDue(`send it ${phrase}`, sentAt)?.due).toBe(sentAt.slice(0, 10));
    }
  });
});
