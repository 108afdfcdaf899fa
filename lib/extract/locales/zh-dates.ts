// Chinese (Simplified and Traditional) due-date vocabulary as chrono Parsers
// (GUIDE.md "Due-date conventions"). Calendar dates ("3月5日", "3月5号", "3月20號",
// "2005年7月11日") come from chrono's zh.hans / zh.hant parsers; these cover the relative
// and vague phrases. dueText is the bare phrase: 前/之前/以前 after it and 最迟/最遲/在/于/於
// before it stay outside the match; 内/內 and 后/後 of a period ("3天内", "下週內") stay in,
// as do the fixed phrases 周末前 and Q3结束前.
import type { Parser } from 'chrono-node';
import { dueParser, type DueRule } from '../dates';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "3", "十", "十五", "二十", "二十五", "两", "两三" -> number (1..99). */
export function zhNumber(s: string): number | null {
  const t = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  // 一两, 两三, 三五: a small range runs to its far end
  const range = /^([一二两兩三四五六七八九])([一二两兩三四五六七八九])$/.exec(t);
  if (range && DIGITS[range[2]!]! > DIGITS[range[1]!]!) return DIGITS[range[2]!]!;
  const m = /^([一二两兩三四五六七八九])?(十)?([〇零一二两兩三四五六七八九])?$/.exec(t);
  if (!m || t.length === 0) return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]]! : m[3] && !m[1] ? DIGITS[m[3]]! : null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const WEEKDAY_CHAR: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0,
};
const WEEK = '(?:周|週|星期|礼拜|禮拜)';
const THIS = '(?:本|这个|這個|这|這|今)';
/** 下 (next) but not the second 下 of 下下 (the week after next, handled on its own). */
const NEXT = '(?<!下)(?:下一个|下一個|下个|下個|下一|下)(?!下)';
const LAST = '(?:上一个|上一個|上个|上個|上)';
const NUM = '(?:[0-9０-９]{1,3}|[一二两兩三四五六七八九十]{1,3})';
const WITHIN = '(?:之内|之內|以内|以內|内|內)';
/** 周 that starts another word: 周期 (cycle), 周报 (weekly report), 周转, 周边, 周围, 周到, 周年, 周岁, 周刊. */
const NOT_WEEK_WORD = '(?![期报報转轉边邊围圍到全年岁歲刊])';

const vague: DueRule = { kind: 'vague' };
const u = (body: string) => new RegExp(body, 'u');

export function zhDueParsers(): Parser[] {
  return [
    // today: 今天, 今日, 今晚 (a time of day after it is left out: 今天下午 -> 今天)
    dueParser(u(`(?:今天|今日)${WITHIN}?|今晚|今早|今夜`), () => ({ rule: { kind: 'today' } })),
    // 下班前 (before the end of the working day) = EOD; after a day (周五下班前) the day is the phrase
    dueParser(u('(?<![一二三四五六日天号號末初0-9])下班(?:之|以)?前'), () => ({ rule: { kind: 'today' } })),
    dueParser(u('明天|明日|明早|明晚'), () => ({ rule: { kind: 'days', n: 1 } })),
    dueParser(u('(大)?(?:后天|後天)'), (m) => ({ rule: { kind: 'days', n: m[1] ? 3 : 2 } })),
    // weekdays: 周五, 星期五, 礼拜五, 週五; 本周五/这周五/這週五; 下周五/下週五; 上周五
    dueParser(
      u(`(?<![每])(${THIS}|${NEXT}|${LAST})?${WEEK}([一二三四五六日天1-7])`),
      (m) => {
        const pre = m[1] ?? '';
        const weekday = WEEKDAY_CHAR[m[2]!]!;
        const mode = pre === '' ? 'plain' : pre.startsWith('上') ? 'last' : pre.startsWith('下') ? 'next' : 'this';
        return { rule: { kind: 'weekday', weekday, mode } };
      },
    ),
    // 下下周 / 下下週五: the week after next
    dueParser(u(`下下(?:个|個)?${WEEK}([一二三四五六日天1-7])?`), (m) =>
      m[1]
        ? { rule: { kind: 'weekday', weekday: WEEKDAY_CHAR[m[1]]!, mode: 'next', weeks: 2 } }
        : { rule: { kind: 'week', offset: 2, day: 'friday' } },
    ),
    // weeks: 本周(内), 这周内, 這週內 -> Friday; 周末前 -> Friday; 下周(内) -> next Friday; 下周初 -> next Monday
    dueParser(u(`${THIS}?(?:周|週)末(?:之前|以前|前)`), () => ({ rule: { kind: 'week', offset: 0, day: 'friday' } })),
    dueParser(u(`${NEXT}(?:周|週)末(?:之前|以前|前)`), () => ({ rule: { kind: 'week', offset: 1, day: 'friday' } })),
    dueParser(u(`(?<![每上])${THIS}${WEEK}${NOT_WEEK_WORD}${WITHIN}?(?![一二三四五六日天末初1-7])`), () => ({
      rule: { kind: 'week', offset: 0, day: 'friday' },
    })),
    dueParser(u(`${NEXT}${WEEK}初`), () => ({ rule: { kind: 'week', offset: 1, day: 'monday' } })),
    dueParser(u(`${NEXT}${WEEK}${NOT_WEEK_WORD}${WITHIN}?(?![一二三四五六日天末初1-7])`), () => ({
      rule: { kind: 'week', offset: 1, day: 'friday' },
    })),
    // 本月20号, 下个月5日: a day of this or the next month
    dueParser(u(`(本月|这个月|這個月|下个月|下個月|下月)(${NUM})(?:日|号|號)`), (m) => {
      const day = zhNumber(m[2]!);
      if (!day || day > 31) return null;
      return { rule: { kind: 'monthDay', offset: m[1]!.startsWith('下') ? 1 : 0, day } };
    }),
    // months: 月底, 本月底, 这个月内 -> last day of the month; 下个月(底) -> last day of the next
    dueParser(u(`(?<![0-9０-９一二三四五六七八九十个個下上])(?:本|这个|這個|当|當)?月(?:底|末)`), () => ({
      rule: { kind: 'monthEnd', offset: 0 },
    })),
    dueParser(u(`(?:本月|这个月|這個月)${WITHIN}?(?![底末初])`), () => ({ rule: { kind: 'monthEnd', offset: 0 } })),
    dueParser(u(`(?:下个|下個|下一个|下一個|下)月(?:底|末|${WITHIN})?`), () => ({ rule: { kind: 'monthEnd', offset: 1 } })),
    dueParser(u(`(?:([0-9]{4})年)?(${NUM})月(?:底|末)`), (m) => {
      const month = zhNumber(m[2]!);
      if (!month || month > 12) return null;
      return { rule: { kind: 'namedMonthEnd', month, ...(m[1] ? { year: Number(m[1]) } : {}) } };
    }),
    // periods: 3天内, 两天内, 3天後, 两周内, 一週內, 3个月内; 五个工作日内 and 24小时之内 name no day
    dueParser(
      u(
        `(?<![0-9第])(${NUM}|几|幾)\\s*(天|日|周|週|(?:个|個)?(?:星期|礼拜|禮拜)|(?:个|個)月|(?:个|個)?工作日|(?:个|個)?(?:小时|小時|钟头|鐘頭))` +
          `\\s*(${WITHIN}|之后|之後|以后|以後|后|後)`,
      ),
      (m) => {
        const n = zhNumber(m[1]!);
        const unit = m[2]!;
        if (n === null || /工作日|小时|小時|钟头|鐘頭/.test(unit)) return { rule: vague };
        if (unit === '天' || unit === '日') return { rule: { kind: 'days', n } };
        if (/月/.test(unit)) return { rule: { kind: 'months', n } };
        return { rule: { kind: 'days', n: 7 * n } };
      },
    ),
    // quarters: Q3, Q3结束前, 第二季, 第三季度, 三季度, 2027年第一季度; 本季度, 下季度
    dueParser(
      u(
        `(?:([0-9]{4})年)?(?:第([一二三四1-4])季度?|([一二三四])季度|(?<![A-Za-z0-9])[Qq]([1-4]))` +
          `(?:(末|底|结束前|結束前|结束|結束)|(?![A-Za-z0-9]))`,
      ),
      (m) => {
        const raw = m[2] ?? m[3] ?? m[4] ?? '';
        const q = /^\d$/.test(raw) ? Number(raw) : zhNumber(raw);
        if (!q || q > 4) return null;
        return { rule: { kind: 'quarter', q, ...(m[1] ? { year: Number(m[1]) } : {}) } };
      },
    ),
    dueParser(u('(?:本|这个|這個|当|當)季度?(?:末|底)?|(?<![0-9一二三四第])季度?(?:末|底)'), () => ({
      rule: { kind: 'quarterRel', offset: 0 },
    })),
    dueParser(u('(?:下个|下個|下一个|下一個|下)季度(?:末|底)?'), () => ({ rule: { kind: 'quarterRel', offset: 1 } })),
    // years: 年底, 今年年底 -> Dec 31; 2026年底 as written; 明年底 -> next Dec 31
    dueParser(u('(?<![0-9明])(?:今年)?年(?:底|末)'), () => ({ rule: { kind: 'yearEnd', offset: 0 } })),
    dueParser(u('明年(?:年)?(?:底|末)'), () => ({ rule: { kind: 'yearEnd', offset: 1 } })),
    dueParser(u('([0-9]{4})年(?:底|末)'), (m) => ({ rule: { kind: 'namedMonthEnd', month: 12, year: Number(m[1]) } })),
    // no day named: 尽快, 儘快, 稍后, 尽早, 晚些时候, 晚點 ...
    dueParser(
      u(
        '尽快|儘快|盡快|尽早|儘早|盡早|尽速|儘速|盡速|稍后|稍後|晚些时候|晚些時候|晚点|晚點|晚一点|晚一點' +
          '|随后|隨後|第一时间|第一時間|及时|及時|马上|馬上|立即|立刻|近期|改天|过几天|過幾天',
      ),
      () => ({ rule: vague }),
    ),
  ];
}
