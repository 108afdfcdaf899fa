// Due-date resolver: finds time phrases in a clause and resolves them against the
// sender's local date, following GUIDE.md "Due-date conventions". PURE (plain Node).
//
// Built on chrono-node's engine: each locale contributes chrono Parsers (our vocabulary,
// see locales/en-dates.ts and locales/zh-dates.ts) that emit a DueRule; chrono's own
// strict parsers contribute calendar dates ("March 5", "3/5", "3月5日", "2026-03-05").
// Refiners (chrono style) then keep only calendar-explicit chrono results, apply the
// table's year rule, drop version-like numbers, merge "EOD" with a day, and remove overlaps.
// locale entry points only: the package root would also bundle a dozen other languages
import { Chrono, strict as enStrict } from 'chrono-node/en';
import { hans, hant } from 'chrono-node/zh';
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { enDueParsers } from './locales/en-dates';
import { zhDueParsers } from './locales/zh-dates';

export interface DueMatch {
  due: string | null;
  dueText: string;
  index: number;
  length: number;
}

/** A calendar date (month 1-12). */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** What a time phrase means, independent of the language it was written in. */
export type DueRule =
  | { kind: 'today' }
  | { kind: 'days'; n: number }
  | { kind: 'months'; n: number }
  /** plain: next such weekday strictly after; this: in the sent Mon-Sun week; next: the following week; last: the previous week. */
  | { kind: 'weekday'; weekday: number; mode: 'plain' | 'this' | 'next' | 'last'; weeks?: number }
  | { kind: 'week'; offset: number; day: 'friday' | 'monday' }
  | { kind: 'monthEnd'; offset: number }
  /** a day of the sent month (offset 0) or of a later one, clamped to its last day */
  | { kind: 'monthDay'; offset: number; day: number }
  /** end of a named month (1-12), year as written or by the date rule */
  | { kind: 'namedMonthEnd'; month: number; year?: number }
  | { kind: 'quarter'; q: number; year?: number }
  | { kind: 'quarterRel'; offset: number }
  | { kind: 'yearEnd'; offset: number }
  /** a due-less phrase: ASAP, soon, 尽快 ... */
  | { kind: 'vague' }
  /** end of day / EOD alone: today, but a weekday or date next to it wins */
  | { kind: 'eod' };


const DAY_MS = 86_400_000;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function toDayNumber(x: YMD): number {
  return Math.round(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}
function fromDayNumber(n: number): YMD {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export function addDays(x: YMD, n: number): YMD {
  return fromDayNumber(toDayNumber(x) + n);
}
export function weekdayOf(x: YMD): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}
function lastDayOfMonth(y: number, m: number): YMD {
  // day 0 of the next month is the last day of this one
  const dt = new Date(Date.UTC(y, m, 0));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function monthShift(y: number, m: number, offset: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + offset;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
/** Monday of the Monday-to-Sunday week that holds x. */
function mondayOf(x: YMD): YMD {
  return addDays(x, -((weekdayOf(x) + 6) % 7));
}
export function isoOf(x: YMD): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(x.y, 4)}-${p(x.m, 2)}-${p(x.d, 2)}`;
}
function isValidYMD(x: YMD): boolean {
  if (x.m < 1 || x.m > 12 || x.d < 1) return false;
  return x.d <= lastDayOfMonth(x.y, x.m).d;
}

/**
 * The sender's local calendar date, read from the sentAt string as written (ISO 8601 with
 * offset, or an RFC 2822 Date: header), never through a UTC conversion. weekday: Sunday = 0.
 * Throws RangeError when the string carries no date.
 */
export function sentLocalDate(sentAt: string): { y: number; m: number; d: number; weekday: number } {
  const s = sentAt.trim();
  let ymd: YMD | null = null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) {
    ymd = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  } else {
    // RFC 2822: [Day, ] D Mon YYYY ...
    const rfc = /(?:^|[\s,])(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b/.exec(s);
    const mon = rfc ? MONTHS[rfc[2]!.toLowerCase()] : undefined;
    if (rfc && mon) {
      let y = Number(rfc[3]);
      if (rfc[3]!.length === 2) y += y < 50 ? 2000 : 1900;
      ymd = { y, m: mon, d: Number(rfc[1]) };
    }
  }
  if (!ymd || !isValidYMD(ymd)) throw new RangeError('sentAt carries no calendar date');
  return { ...ymd, weekday: weekdayOf(ymd) };
}

/** A month/day with no year: the sent year, or the next year if that lies more than 60 days in the past. */
export function yearForMonthDay(anchor: YMD, month: number, day: number): number {
  const candidate = { y: anchor.y, m: month, d: day };
  if (!isValidYMD(candidate)) return anchor.y; // e.g. Feb 29 in a common year: keep the sent year
  return toDayNumber(anchor) - toDayNumber(candidate) > 60 ? anchor.y + 1 : anchor.y;
}

/** The due date of a rule, or null for phrases that name no day (ASAP, soon ...). */
export function resolveRule(rule: DueRule, anchor: YMD): YMD | null {
  switch (rule.kind) {
    case 'today':
    case 'eod':
      return anchor;
    case 'days':
      return addDays(anchor, rule.n);
    case 'months': {
      const t = monthShift(anchor.y, anchor.m, rule.n);
      const last = lastDayOfMonth(t.y, t.m);
      return { y: t.y, m: t.m, d: Math.min(anchor.d, last.d) };
    }
    case 'weekday': {
      const wd = weekdayOf(anchor);
      if (rule.mode === 'plain') {
        const delta = (rule.weekday - wd + 7) % 7;
        return addDays(anchor, delta === 0 ? 7 : delta);
      }
      const offset = rule.mode === 'this' ? 0 : rule.mode === 'next' ? 7 * (rule.weeks ?? 1) : -7;
      return addDays(mondayOf(anchor), offset + ((rule.weekday + 6) % 7));
    }
    case 'week':
      return addDays(mondayOf(anchor), rule.offset * 7 + (rule.day === 'friday' ? 4 : 0));
    case 'monthEnd': {
      const t = monthShift(anchor.y, anchor.m, rule.offset);
      return lastDayOfMonth(t.y, t.m);
    }
    case 'monthDay': {
      const t = monthShift(anchor.y, anchor.m, rule.offset);
      return { y: t.y, m: t.m, d: Math.min(rule.day, lastDayOfMonth(t.y, t.m).d) };
    }
    case 'namedMonthEnd': {
      const y = rule.year ?? yearForMonthDay(anchor, rule.month, lastDayOfMonth(anchor.y, rule.month).d);
      return lastDayOfMonth(y, rule.month);
    }
    case 'quarter': {
      let y = rule.year ?? anchor.y;
      let end = lastDayOfMonth(y, rule.q * 3);
      if (rule.year === undefined && toDayNumber(anchor) > toDayNumber(end)) {
        y += 1;
        end = lastDayOfMonth(y, rule.q * 3);
      }
      return end;
    }
    case 'quarterRel': {
      const q0 = Math.floor((anchor.m - 1) / 3);
      const t = monthShift(anchor.y, q0 * 3 + 3, rule.offset * 3);
      return lastDayOfMonth(t.y, t.m);
    }
    case 'yearEnd':
      return { y: anchor.y + rule.offset, m: 12, d: 31 };
    case 'vague':
      return null;
  }
}

// ---------------------------------------------------------------------------
// chrono plumbing shared by the locale files

/** Tags carried by results of our own parsers. */
export const TAG_OURS = 'accord/due';
export const TAG_VAGUE = 'accord/vague';
export const TAG_EOD = 'accord/eod';
export const TAG_WEEKDAY = 'accord/weekday';
/** a chrono date whose year we chose by the 60-day rule (meaningless without a sent date) */
export const TAG_IMPLIED_YEAR = 'accord/implied-year';

/** The anchor date of a parse: we hand chrono noon UTC of the sender's local date. */
export function anchorOf(context: ParsingContext): YMD {
  const r = context.refDate;
  return { y: r.getUTCFullYear(), m: r.getUTCMonth() + 1, d: r.getUTCDate() };
}

/** What a vocabulary parser returns for one regex match. */
export interface DueHit {
  rule: DueRule;
  /** the dueText inside match[0]: start offset and text (defaults: the whole match) */
  offset?: number;
  text?: string;
}

/**
 * A chrono Parser from a regex and a builder. The regex must not be global and must not
 * backtrack badly (it runs on arbitrary input); lookbehinds give word boundaries.
 */
export function dueParser(pattern: RegExp, build: (m: RegExpMatchArray) => DueHit | null): Parser {
  return {
    pattern: () => pattern,
    extract(context, match) {
      const hit = build(match);
      if (!hit) return null;
      const text = hit.text ?? match[0];
      const index = (match.index ?? 0) + (hit.offset ?? 0);
      const due = resolveRule(hit.rule, anchorOf(context));
      const components = context.createParsingComponents(
        due ? { year: due.y, month: due.m, day: due.d } : {},
      );
      const result = context.createParsingResult(index, text, components);
      result.addTag(TAG_OURS);
      if (hit.rule.kind === 'vague') result.addTag(TAG_VAGUE);
      if (hit.rule.kind === 'eod') result.addTag(TAG_EOD);
      if (hit.rule.kind === 'weekday') result.addTag(TAG_WEEKDAY);
      return result;
    },
  };
}

// ---------------------------------------------------------------------------
// refiners

const CALENDAR_TEXT =
  /\d\s*[/.\-]\s*\d|[月]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * Keep a result of chrono's own parsers only when it names a calendar day (month and day
 * written); its weekday, casual and relative readings differ from our table and are covered
 * by our vocabulary. Times of day are cut off ("8月5日下午5点" -> "8月5日").
 */
const keepCalendarDates: Refiner = {
  refine(_context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      if (r.tags().has(TAG_OURS)) {
        out.push(r);
        continue;
      }
      const tags = r.tags();
      if (tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) continue;
      if (!r.start.isCertain('month') || !r.start.isCertain('day')) continue;
      if (!CALENDAR_TEXT.test(r.text)) continue;
      const cut = /^[^日号號]*[日号號]/.exec(r.text);
      if (cut && /[月]/.test(cut[0]) && cut[0].length < r.text.length) r.text = cut[0];
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(r.text);
      if (iso) r.text = iso[0];
      // chrono's little-endian pattern takes a leading "on"; dueText is the bare date
      const lead = /^(?:on|by)\s+/i.exec(r.text);
      if (lead) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      r.text = r.text.replace(/\s+$/u, '');
      // a year far from any deadline is a number that happens to precede the date (file sizes)
      const year = r.start.get('year');
      if (r.start.isCertain('year') && year !== null && (year < 1900 || year > 2199)) continue;
      out.push(r);
    }
    return out;
  },
};

/** Drop words and numbers that only look like dates: the modal "may", versions (v2/3, 3.5, 1.2.3), fractions (1/2 hour), parts of longer numbers. */
const dropVersionLike: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (r.tags().has(TAG_OURS)) return true;
      if (/^may\b/.test(r.text)) return false; // the modal verb ("we may 2x it"); the month is capitalised
      if (!/^\d/.test(r.text) || /[月]/.test(r.text)) return true;
      const before = context.text.slice(Math.max(0, r.index - 2), r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 12);
      if (/[\p{L}\p{N}_.\/\\:\-]$/u.test(before) && !/[\s(]$/.test(before)) return false;
      // a part number of a series: "[PATCH v10 2/2]", "#4 [1/2]", "part 1/3"
      if (/[[#]$/.test(before) || /^\]/.test(after)) return false;
      if (/\b(?:patch|part|step|page|item|no\.?|v\d+)\s+$/i.test(context.text.slice(Math.max(0, r.index - 12), r.index))) return false;
      if (/^(?:[.\/\-:]?\d|[/\\]|\.\d|[\p{L}_])/u.test(after)) return false;
      const slash = /^(\d{1,2})\s*([/.\-])\s*(\d{1,2})$/.exec(r.text);
      if (slash) {
        if (slash[2] !== '/') return false; // 3.5 and 3-5 are numbers and ranges, not dates
        if (/^\s*(?:of\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|years?\b|mins?\b|minutes?\b|%|[x×])/i.test(after))
          return false;
      }
      return true;
    });
  },
};

/** A month and day without a year: the sent year, or next year if > 60 days past (GUIDE). */
const applyYearRule: Refiner = {
  refine(context, results) {
    const anchor = anchorOf(context);
    for (const r of results) {
      if (r.tags().has(TAG_OURS) || r.start.isCertain('year')) continue;
      const m = r.start.get('month');
      const d = r.start.get('day');
      if (m === null || d === null) continue;
      r.start.assign('year', yearForMonthDay(anchor, m, d));
      r.addTag(TAG_IMPLIED_YEAR);
    }
    return results;
  },
};

/** A calendar reading that is no day ("0 Jun 21" in a directory listing, "2/30"). */
const dropImpossibleDates: Refiner = {
  refine(_context, results) {
    return results.filter((r) => {
      const y = r.start.get('year');
      const m = r.start.get('month');
      const d = r.start.get('day');
      return r.tags().has(TAG_VAGUE) || y === null || m === null || d === null || isValidYMD({ y, m, d });
    });
  },
};

/** "EOD Friday", "end of day Monday", "Friday EOD": the day wins; the phrase covers both. */
const mergeEodWithDay: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const cur = results[i]!;
      const next = results[i + 1];
      if (next && (cur.tags().has(TAG_EOD) !== next.tags().has(TAG_EOD)) && !cur.tags().has(TAG_VAGUE) && !next.tags().has(TAG_VAGUE)) {
        const gap = context.text.slice(cur.index + cur.text.length, next.index);
        if (gap.length <= 6 && /^\s*(?:,\s*|on\s+|at\s+)?$/i.test(gap)) {
          const day = cur.tags().has(TAG_EOD) ? next : cur;
          const merged = context.createParsingResult(cur.index, next.index + next.text.length, day.start.clone());
          merged.addTags(day.tags());
          merged.start.addTag(TAG_OURS);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(cur);
    }
    return out;
  },
};

/** "Tuesday, November 6, 2001", "Friday 6 March", "周五（3月20日）": the written date wins; the phrase covers both. */
const mergeWeekdayWithDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const cur = results[i]!;
      const next = results[i + 1];
      if (next && cur.tags().has(TAG_WEEKDAY) && !next.tags().has(TAG_OURS)) {
        const gap = context.text.slice(cur.index + cur.text.length, next.index);
        const end = next.index + next.text.length;
        // "Friday (March 20)", "周五（3月20日）": the date in brackets labels the weekday
        const bracket = /^\s*[(（]\s*$/.test(gap) && /^\s*[)）]/.exec(context.text.slice(end, end + 3));
        if (gap.length <= 6 && (/^\s*,?\s*(?:the\s+)?$/i.test(gap) || bracket)) {
          const stop = bracket ? end + bracket[0].length : end;
          const merged = context.createParsingResult(cur.index, stop, next.start.clone());
          merged.addTags(next.tags());
          out.push(merged);
          i++;
          continue;
        }
      }
      if (next && !cur.tags().has(TAG_OURS) && next.tags().has(TAG_WEEKDAY)) {
        // "3月20日（周五）", "March 20 (Friday)": one phrase, the date
        const gap = context.text.slice(cur.index + cur.text.length, next.index);
        const end = next.index + next.text.length;
        const close = /^\s*[)）]/.exec(context.text.slice(end, end + 3));
        if (/^\s*[(（]\s*$/.test(gap) && close) {
          const merged = context.createParsingResult(cur.index, end + close[0].length, cur.start.clone());
          merged.addTags(cur.tags());
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(cur);
    }
    return out;
  },
};

/** Overlapping phrases: the longer one wins; on a tie our vocabulary wins, then the earlier parser. */
const removeOverlaps: Refiner = {
  refine(_context, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const r of sorted) {
      const prev = out[out.length - 1];
      if (prev && r.index < prev.index + prev.text.length) {
        const longer =
          r.text.length > prev.text.length ||
          (r.text.length === prev.text.length && r.tags().has(TAG_OURS) && !prev.tags().has(TAG_OURS));
        if (longer) out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

/** One written calendar date per form chrono reads for us. */
const CALENDAR_PROBES = [
  'March 5', '5 March', 'Mar. 5th', 'Tuesday, November 6, 2001', '3/5', '3/5/2027', '2026-03-05',
  '3月5日', '3月5号', '3月20號', '2026年3月5日', '三月五日',
];

/**
 * chrono's parsers that read written calendar dates. Its time, weekday and relative parsers
 * are left out: their readings are not ours (see keepCalendarDates), and on long runs of
 * digits or CJK numerals they cost most of the time. Chosen by what each parser reads on the
 * probes rather than by class name, which a minifier may rename.
 */
function chronoCalendarParsers(): Parser[] {
  const reference = { instant: new Date(Date.UTC(2026, 2, 4, 12)), timezone: 0 };
  const candidates = [...enStrict.parsers, ...hans.strict.parsers, ...hant.strict.parsers];
  const out: Parser[] = [];
  const classes = new Set<unknown>();
  for (const parser of candidates) {
    // each locale configuration carries its own ISOFormatParser: one of a class is enough
    const cls = Object.getPrototypeOf(parser)?.constructor;
    if (classes.has(cls)) continue;
    classes.add(cls);
    const one = new Chrono({ parsers: [parser], refiners: [keepCalendarDates] });
    const read = CALENDAR_PROBES.filter((probe) => one.parse(probe, reference).length > 0);
    if (read.length === 0) continue;
    // run it only on text that holds a form it reads (a month name, digits around a slash, 月)
    const cues = [
      read.some((p) => /[a-z]/i.test(p)) ? MONTH_NAME_CUE : null,
      read.some((p) => /^\d+[/\-]\d/.test(p)) ? /\d\s*[/.\-]\s*\d/ : null,
      read.some((p) => /月/.test(p)) ? /月/ : null,
    ].filter((c): c is RegExp => c !== null);
    out.push(gated(parser, (text) => cues.some((c) => c.test(text)) && !isDataRun(text)));
  }
  return out;
}

const MONTH_NAME_CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NEVER = /^(?!)/;

/** A parser that runs only on segments passing a cheap test (keeps long non-prose input fast). */
function gated(parser: Parser, test: (text: string) => boolean): Parser {
  return {
    pattern: (context) => (test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * A segment packed with date-shaped numbers (a table, a log, a CSV dump) is data, not a
 * clause with a deadline: more than 40 "n/n" or "n-n" numbers in one segment.
 */
function isDataRun(text: string): boolean {
  const re = /\d[/.\-]\d/g;
  let n = 0;
  while (re.exec(text)) if (++n > 40) return true;
  return false;
}

let engine: Chrono | null = null;
function getEngine(): Chrono {
  if (engine) return engine;
  const parsers: Parser[] = [
    ...enDueParsers().map((p) => gated(p, (text) => /[a-z]/i.test(text))),
    ...zhDueParsers().map((p) => gated(p, (text) => /[\u3400-\u9fff]/.test(text))),
    ...chronoCalendarParsers(),
  ];
  engine = new Chrono({
    parsers,
    refiners: [
      keepCalendarDates,
      dropVersionLike,
      applyYearRule,
      dropImpossibleDates,
      removeOverlaps,
      mergeWeekdayWithDate,
      mergeEodWithDay,
      removeOverlaps,
    ],
  });
  return engine;
}

// ---------------------------------------------------------------------------
// public API

const MAX_SEGMENT = 1000;

/**
 * Cut text into segments so that any input stays fast: paragraphs (a phrase may run over a
 * hard-wrapped line break, "by the end of\nthe week"), and long paragraphs at the last space
 * or sentence end before MAX_SEGMENT characters.
 */
function segments(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const blank = /\n[ \t]*\n/g;
  let pos = 0;
  while (pos < text.length) {
    blank.lastIndex = pos;
    const b = blank.exec(text);
    const end = b ? b.index : text.length;
    while (end - pos > MAX_SEGMENT) {
      const window = text.slice(pos, pos + MAX_SEGMENT);
      const cut = Math.max(window.search(/\s\S*$/u), window.search(/[。！？；;!?][^。！？；;!?]*$/u));
      const len = cut > MAX_SEGMENT / 2 ? cut + 1 : MAX_SEGMENT;
      out.push({ start: pos, text: text.slice(pos, pos + len) });
      pos += len;
    }
    if (end > pos) out.push({ start: pos, text: text.slice(pos, end) });
    pos = b ? b.index + b[0].length : text.length;
  }
  return out;
}

const HAS_CUE = /[\dQq一二两兩三四五六七八九十今明后後周週星礼禮下本这這月年季尽儘盡稍晚早随隨第]|[a-z]{3}/i;

/**
 * All time phrases in a text, in order (for splitting clauses / evidence spans).
 * `language` is accepted for the contract but not needed: the English and Chinese
 * vocabularies cannot match each other's script, so both run on every text (mixed mail too).
 */
export function findAllDue(text: string, sentAt: string, _language?: string): DueMatch[] {
  let anchor: YMD | null = null;
  try {
    anchor = sentLocalDate(sentAt);
  } catch {
    anchor = null;
  }
  // without a sent date we still find phrases; only dates with a written year resolve
  const ref = anchor ?? { y: 2000, m: 1, d: 3 };
  const reference = { instant: new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)), timezone: 0 };
  const out: DueMatch[] = [];
  // full-width digits and letters (３月５日, Ｑ３) read as ASCII; one UTF-16 unit each, so
  // positions hold and dueText is cut from the text as written
  const readable = text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const seg of segments(readable)) {
    if (!HAS_CUE.test(seg.text)) continue;
    for (const r of getEngine().parse(seg.text, reference) as ParsingResult[]) {
      const tags = r.tags();
      const y = r.start.get('year');
      const m = r.start.get('month');
      const d = r.start.get('day');
      let due: string | null = null;
      // without a sent date only a date with its year written resolves
      const resolvable = anchor !== null || (!tags.has(TAG_OURS) && !tags.has(TAG_IMPLIED_YEAR));
      if (!tags.has(TAG_VAGUE) && y !== null && m !== null && d !== null && resolvable) due = isoOf({ y, m, d });
      const index = seg.start + r.index;
      out.push({ due, dueText: text.slice(index, index + r.text.length), index, length: r.text.length });
    }
  }
  return out;
}

/** Is this phrase a modifier of a noun or a past reference rather than a deadline? */
function isModifier(text: string, m: DueMatch): boolean {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m.length, m.index + m.length + 3);
  if (/\b(?:for|of|from|since|last|past|per|every|each|during)\s+(?:the\s+)?$/i.test(before)) return true;
  if (/^['’]s\b/.test(after)) return true;
  // "the Q3 delivery date", "our Friday call": a determiner before and a word right after
  // ("by the end of Q2 and ..." is a deadline: its phrase opens with end/beginning/...)
  if (
    /\b(?:the|our|your|their|his|her|its|my|a|an|that|these|those)\s+$/i.test(before) &&
    /^\s[a-z]/.test(after) &&
    !/^(?:end|beginning|start|close|early|later|first)\b/i.test(m.dueText)
  )
    return true;
  if (/^的/.test(after) || /[每上自从從]$/.test(before)) return true;
  return false;
}

/**
 * Finds the time phrase in a clause and resolves it. dueText is the bare time expression as
 * written (without "by", "no later than", 前/之前/以前, 最迟/最遲), index/length locate dueText
 * in `text`. With several phrases: a deadline wins over a noun modifier ("forecast for Q1",
 * 明年的用户数), a dated phrase over a vague one (ASAP), then the first.
 */
export function findDue(text: string, sentAt: string, language?: string): DueMatch | null {
  const all = findAllDue(text, sentAt, language);
  if (all.length === 0) return null;
  const rank = (m: DueMatch) => (isModifier(text, m) ? 2 : 0) + (m.due === null ? 1 : 0);
  let best = all[0]!;
  for (const m of all) if (rank(m) < rank(best)) best = m;
  return best;
}
