// English due-date vocabulary as chrono Parsers (GUIDE.md "Due-date conventions").
// Calendar dates ("March 5", "5 March", "3/5", "2026-03-05") come from chrono's own parsers;
// these cover the relative and vague phrases, where chrono's readings differ from our table
// (e.g. chrono's "Friday" may be today, its "this week" is the sent day).
// dueText is the bare phrase: "by", "on", "before", "no later than" and a leading "the" of
// "the end of ..." stay outside the match.
import type { Parser } from 'chrono-node';
import { dueParser, type DueRule } from '../dates';

const B = '(?<![\\p{L}\\p{N}_])'; // word start
const E = '(?![\\p{L}\\p{N}_])'; // word end
const re = (body: string, flags = 'iu') => new RegExp(`${B}(?:${body})${E}`, flags);

export const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Abbreviations are ambiguous words ("sat", "wed"): only capitalised, after a cue word. */
const WEEKDAY_ABBR = 'Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun';

export const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  'a couple of': 2, 'couple of': 2, 'a couple': 2,
};
const NUMBER = `\\d{1,3}|a\\s+couple(?:\\s+of)?|couple\\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty`;
/** Vague counts: "in a few days" names no day. */
const FEW = 'a\\s+few|few|several|some';

function numberOf(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

const vague: DueRule = { kind: 'vague' };

export function enDueParsers(): Parser[] {
  return [
    // today, tonight, this morning, later today
    dueParser(re('(?:later\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening)'), () => ({
      rule: { kind: 'today' },
    })),
    // EOD / COB / end of (the) day: today, unless a day stands next to it (merged by a refiner)
    dueParser(
      re('eod|e\\.o\\.d\\.?|end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?day|close\\s+of\\s+(?:business|play)|end\\s+of\\s+business'),
      () => ({ rule: { kind: 'eod' } }),
    ),
    // COB only in capitals ("cob" is a word)
    dueParser(re('COB|C\\.O\\.B\\.?', 'u'), () => ({ rule: { kind: 'eod' } })),
    // (the) day after tomorrow; tomorrow (morning)
    dueParser(re('(?:the\\s+)?day\\s+after\\s+tomorrow'), () => ({ rule: { kind: 'days', n: 2 } })),
    dueParser(re('tomorrow(?:\\s+(?:morning|afternoon|evening|night|noon|lunchtime))?'), () => ({ rule: { kind: 'days', n: 1 } })),
    // weekdays: Friday; this Friday; next Friday; Friday next week; this coming Friday; last Friday
    dueParser(
      re(
        `(?:(this\\s+coming|coming|this|next|last)\\s+)?(${WEEKDAY})` +
          `(?:,?\\s+(next|this)\\s+week)?(?:\\s+(?:morning|afternoon|evening|night|noon|lunchtime))?`,
      ),
      (m) => {
        const pre = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const post = (m[3] ?? '').toLowerCase();
        const weekday = EN_WEEKDAYS[m[2]!.toLowerCase()]!;
        let mode: 'plain' | 'this' | 'next' | 'last' = 'plain';
        if (pre === 'this' || post === 'this') mode = 'this';
        if (pre === 'next' || post === 'next') mode = 'next';
        if (pre === 'last') mode = 'last';
        return { rule: { kind: 'weekday', weekday, mode } };
      },
    ),
    dueParser(
      new RegExp(`(?<=(?:[Bb]y|[Oo]n|[Bb]efore|[Uu]ntil|[Tt]ill|EOD|COB)\\s+)(?:([Tt]his|[Nn]ext)\\s+)?(${WEEKDAY_ABBR})${E}`, 'u'),
      (m) => {
        const pre = (m[1] ?? '').toLowerCase();
        const weekday = EN_WEEKDAYS[m[2]!.toLowerCase()]!;
        return { rule: { kind: 'weekday', weekday, mode: pre === 'this' ? 'this' : pre === 'next' ? 'next' : 'plain' } };
      },
    ),
    // weeks
    dueParser(re('(?:early|beginning\\s+of|start\\s+of|first\\s+thing)\\s+next\\s+week'), () => ({
      rule: { kind: 'week', offset: 1, day: 'monday' },
    })),
    dueParser(re('(?:end\\s+of\\s+|later\\s+)?next\\s+week|the\\s+week\\s+after\\s+next'), (m) => ({
      rule: { kind: 'week', offset: /after\s+next/i.test(m[0]) ? 2 : 1, day: 'friday' },
    })),
    dueParser(
      re('end\\s+of\\s+(?:the\\s+|this\\s+)?(?:work(?:ing)?\\s+)?week|(?:later\\s+)?this\\s+week|within\\s+the\\s+week|eow'),
      () => ({ rule: { kind: 'week', offset: 0, day: 'friday' } }),
    ),
    // by / before the weekend: the working week's end, as 周末前
    dueParser(new RegExp(`(?<=${B}(?:[Bb]y|[Bb]efore|[Uu]ntil)\\s+)(?:the\\s+|this\\s+)?weekend${E}`, 'iu'), () => ({
      rule: { kind: 'week', offset: 0, day: 'friday' },
    })),
    // months
    dueParser(re('end\\s+of\\s+(?:the\\s+|this\\s+)?month|month[\\s-]end|eom|(?:later\\s+)?this\\s+month|within\\s+the\\s+month'), () => ({
      rule: { kind: 'monthEnd', offset: 0 },
    })),
    dueParser(re('(?:end\\s+of\\s+)?next\\s+month|end\\s+of\\s+the\\s+following\\s+month'), () => ({
      rule: { kind: 'monthEnd', offset: 1 },
    })),
    dueParser(re(`end\\s+of\\s+(${MONTH})(?:,?\\s+(\\d{4}))?`), (m) => {
      const month = EN_MONTHS[m[1]!.toLowerCase()];
      if (!month) return null;
      return { rule: { kind: 'namedMonthEnd', month, ...(m[2] ? { year: Number(m[2]) } : {}) } };
    }),
    // quarters: Q3, end of Q3, Q3 2027, the third quarter, end of the quarter, next quarter
    dueParser(
      re('(?:end\\s+of\\s+(?:the\\s+)?)?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)(?:(?:,?\\s+(?:of\\s+)?|\\s*/\\s*)(\\d{4})|\\s*[\'’](\\d{2}))?'),
      (m) => {
        const q = m[1] ? Number(m[1]) : ORDINAL_QUARTER[(m[2] ?? '').toLowerCase()];
        if (!q) return null;
        const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : undefined;
        return { rule: { kind: 'quarter', q, ...(year !== undefined ? { year } : {}) } };
      },
    ),
    dueParser(re('(?:end\\s+of\\s+(?:the\\s+|this\\s+)?|this\\s+)quarter|quarter[\\s-]end'), () => ({
      rule: { kind: 'quarterRel', offset: 0 },
    })),
    dueParser(re('(?:end\\s+of\\s+)?next\\s+quarter'), () => ({ rule: { kind: 'quarterRel', offset: 1 } })),
    // years
    dueParser(re('end\\s+of\\s+(?:the\\s+|this\\s+)?year|year[\\s-]end|eoy'), () => ({ rule: { kind: 'yearEnd', offset: 0 } })),
    dueParser(re('end\\s+of\\s+(\\d{4})'), (m) => ({ rule: { kind: 'namedMonthEnd', month: 12, year: Number(m[1]) } })),
    // durations: in N days, within a week, in two weeks, a fortnight, N days from now,
    // within the next week (a duration: +7, unlike "next week");
    // a range ("in a day or two", "in 2-3 days") runs to its far end
    dueParser(
      re(
        `(?:(?:in|within|after|over)\\s+(?:(?<theNext>the\\s+next)\\s+)?(?:(?<count>${NUMBER}|${FEW})` +
          `(?:\\s*(?:-|–|to)\\s*(?<upto>\\d{1,3}))?\\s+)?(?<business>business\\s+|working\\s+)?` +
          `(?<unit>days?|weeks?|fortnights?|months?|hours?|minutes?|mins?)` +
          `(?:\\s+or\\s+(?<orMore>two|three|\\d{1,2}))?(?:[\'’]?\\s+time)?)` +
          `|(?<count2>${NUMBER})\\s+(?<business2>business\\s+|working\\s+)?(?<unit2>days?|weeks?|months?)\\s+from\\s+(?:now|today)` +
          `|(?:in|within)\\s+(?:a|the\\s+next)\\s+fortnight`,
      ),
      (m) => {
        const g = m.groups ?? {};
        const unit = (g.unit ?? g.unit2 ?? '').toLowerCase();
        if (!unit) return { rule: { kind: 'days', n: 14 } }; // (in|within) a fortnight
        // "within the next week" counts one; "in days" alone is no phrase
        if (!g.count && !g.count2 && !g.theNext) return null;
        const n = g.count || g.count2 ? numberOf(g.orMore ?? g.upto ?? g.count ?? g.count2 ?? '') : 1;
        if (n === null || g.business || g.business2 || /^(?:hour|minute|min)/.test(unit)) return { rule: vague };
        if (unit.startsWith('day')) return { rule: { kind: 'days', n } };
        if (unit.startsWith('week')) return { rule: { kind: 'days', n: 7 * n } };
        if (unit.startsWith('fortnight')) return { rule: { kind: 'days', n: 14 * n } };
        return { rule: { kind: 'months', n } };
      },
    ),
    // no day named: ASAP, soon, shortly, later, at your earliest convenience ...
    dueParser(
      re(
        'asap|a\\.s\\.a\\.p\\.?' +
          '|as\\s+soon\\s+as\\s+(?:possible|practicable|practical|feasible|(?:i|we|you|he|she|they)\\s+(?:can|could|(?:am|are|is)\\s+able|get\\s+(?:a|the)\\s+chance|have\\s+(?:a|the)\\s+chance))' +
          '|as\\s+(?:quickly|early|fast)\\s+as\\s+(?:possible|(?:i|we|you)\\s+can)' +
          '|(?<!as\\s)soon(?!\\s+as)|shortly' +
          '|(?<!(?:no|not|any|a|the)\\s)later(?:\\s+on)?' +
          // "later" as an adjective ("later versions") or "no later than" is no time phrase
          '(?!\\s+(?:than|versions?|releases?|stages?|phases?|steps?|models?|ones?|kernels?|patch(?:es)?|parts?|sections?|chapters?|pages?)\\b)' +
          '|at\\s+(?:your|the)\\s+earliest(?:\\s+(?:convenience|opportunity))?' +
          '|(?:in|on)\\s+a\\s+timely\\s+(?:manner|fashion|basis)|in\\s+due\\s+course' +
          '|right\\s+away|immediately|in\\s+the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks)',
      ),
      () => ({ rule: vague }),
    ),
  ];
}
