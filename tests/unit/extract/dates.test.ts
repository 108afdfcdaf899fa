// GUIDE.md "Due-date conventions", one block per table row, in English, Simplified and
// Traditional Chinese. Sent date unless said otherwise: Wednesday 2026-03-04 (+08:00).
// March 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6, Sat 7, Sun 8, Mon 9, ..., Fri 13, Tue 31.
import { describe, expect, it } from 'vitest';
import { findAllDue, findDue, sentLocalDate } from '../../../lib/extract/dates';

const WED = '2026-03-04T10:00:00+08:00';

type Row = [text: string, dueText: string, due: string | null, sentAt?: string];

function check([text, dueText, due, sentAt = WED]: Row, language?: string) {
  const got = findDue(text, sentAt, language);
  expect(got, text).not.toBeNull();
  expect({ dueText: got!.dueText, due: got!.due }).toEqual({ dueText, due });
  expect(text.slice(got!.index, got!.index + got!.length)).toBe(got!.dueText);
}

const en: Record<string, Row[]> = {
  'today, EOD, tonight -> sent date': [
    ["I'll send the quote today", 'today', '2026-03-04'],
    ["I'll send the attendee list by EOD", 'EOD', '2026-03-04'],
    ["You'll have the final report tonight", 'tonight', '2026-03-04'],
    ['I will update you later today on the status', 'later today', '2026-03-04'],
    ['The patchset will be resent this morning', 'this morning', '2026-03-04'],
    ['Please confirm by end of day', 'end of day', '2026-03-04'],
  ],
  'tomorrow +1, day after tomorrow +2': [
    ["I'll send the SOW tomorrow", 'tomorrow', '2026-03-05'],
    ["I'll get the pricing to you tomorrow morning", 'tomorrow morning', '2026-03-05'],
    ['We will finish the sync the day after tomorrow', 'the day after tomorrow', '2026-03-06'],
  ],
  'weekday: next such weekday strictly after the sent date': [
    ["I'll send the revised quote by Friday", 'Friday', '2026-03-06'],
    ['Could you confirm by Wednesday?', 'Wednesday', '2026-03-11'],
    ['Two engineers will attend on Monday', 'Monday', '2026-03-09'],
    ['Please reply by Thu.', 'Thu', '2026-03-05'],
  ],
  'this <weekday>: that weekday of the sent Monday-Sunday week': [
    ['We will submit the questions this Friday', 'this Friday', '2026-03-06'],
    ['Please finish the training this Monday', 'this Monday', '2026-03-02'],
    ['We meet this Wednesday', 'this Wednesday', '2026-03-04'],
  ],
  'next <weekday>: that weekday of the following week': [
    ['Could you get us the numbers by next Tuesday?', 'next Tuesday', '2026-03-10'],
    ['Iain will host the session next Friday', 'next Friday', '2026-03-13'],
    ['We will deliver Friday next week', 'Friday next week', '2026-03-13'],
  ],
  'this week / end of the week -> Friday of the sent week': [
    ['Our finance team will review it this week', 'this week', '2026-03-06'],
    ['could you send me two time slots by the end of the week?', 'end of the week', '2026-03-06'],
  ],
  'next week -> Friday of the following week': [
    ["I'll send you the renewal proposal next week", 'next week', '2026-03-13'],
    ['Please send the quote by the end of next week', 'end of next week', '2026-03-13'],
  ],
  'early next week -> Monday of the following week': [
    ["I'll set up a call with our CFO early next week", 'early next week', '2026-03-09'],
  ],
  'end of the month; next month -> last day of that month': [
    ['Please return the order form by the end of the month', 'end of the month', '2026-03-31'],
    ['I will send the draft agreement next month', 'next month', '2026-04-30'],
    ['I will send the draft agreement next month', 'next month', '2027-01-31', '2026-12-03T09:20:00+09:00'],
  ],
  'in N days, N weeks, a fortnight, within a week': [
    ['We will send the bond letter in 10 days', 'in 10 days', '2026-03-14'],
    ['I will confirm the go-live date in two weeks', 'in two weeks', '2026-03-18'],
    ['We will review your redlines and respond within a week', 'within a week', '2026-03-11'],
    ["We'll have it ready in a fortnight", 'in a fortnight', '2026-03-18'],
    ['We will migrate the branches in 3 weeks', 'in 3 weeks', '2026-03-25'],
  ],
  'March 5, 3/5: sent year, or next year if more than 60 days past': [
    ['Please return the signed quotation by March 20', 'March 20', '2026-03-20'],
    ['Please submit your final proposal by 27 March', '27 March', '2026-03-27'],
    ['Please share the inventory by 3/12', '3/12', '2026-03-12'],
    ['We will deliver the panels on Jan 8', 'Jan 8', '2027-01-08', '2026-12-16T10:00:00-05:00'],
    // Jan 3 is 60 days before Mar 4 (kept in the sent year); Jan 2 is 61 (next year)
    ['The invoice was due on Jan 3', 'Jan 3', '2026-01-03'],
    ['We will renew on Jan 2', 'Jan 2', '2027-01-02'],
  ],
  'end of Q3, Q3: last day of that quarter, next year when it has ended': [
    ['We will have the region ready by the end of Q3', 'end of Q3', '2026-09-30'],
    ['We will issue the purchase order in Q3', 'Q3', '2026-09-30'],
    ['We will issue the purchase order in Q1', 'Q1', '2027-03-31', '2026-05-12T14:00:00+08:00'],
    ['We will close it in Q2', 'Q2', '2026-06-30', '2026-06-30T11:00:00-05:00'],
  ],
  'ASAP, soon, shortly, later -> null with dueText': [
    ['Could you send me the volumes ASAP?', 'ASAP', null],
    ["I'll send the updated schedule soon", 'soon', null],
    ["I'll send the support rota for the first two weeks shortly", 'shortly', null],
    ['I will add the document later.', 'later', null],
    ['Please share your forecast at your earliest convenience', 'at your earliest convenience', null],
    ['Please fix it as soon as possible', 'as soon as possible', null],
  ],
  'before / no later than <day> -> that day': [
    ['Please sign before Friday', 'Friday', '2026-03-06'],
    ['Please sign no later than Friday', 'Friday', '2026-03-06'],
    ['Please sign no later than March 10', 'March 10', '2026-03-10'],
  ],
  'two cues: a weekday or date wins over EOD; times of day are ignored': [
    ['Please acknowledge receipt by end of day Monday', 'end of day Monday', '2026-03-09'],
    ['Send it EOD Friday', 'EOD Friday', '2026-03-06'],
    ['Send it Friday EOD', 'Friday EOD', '2026-03-06'],
    ['Please set me up for Thursday at 2:00', 'Thursday', '2026-03-05'],
    ['please verify that we have 4 rooms for next monday night', 'next monday night', '2026-03-09'],
  ],
  'synonyms follow their row': [
    ['Please sign the order by close of business Friday', 'close of business Friday', '2026-03-06'],
    ['We will ship within the next 10 days', 'within the next 10 days', '2026-03-14'],
    ['We will ship two weeks from today', 'two weeks from today', '2026-03-18'],
    ['We will ship within the next fortnight', 'within the next fortnight', '2026-03-18'],
    ['We will ship in a couple of days', 'in a couple of days', '2026-03-06'],
    ['Our finance team will decide later this week', 'later this week', '2026-03-06'],
    ['We will confirm sometime next week', 'next week', '2026-03-13'],
    ['Please reply on or before March 31', 'March 31', '2026-03-31'],
    ['The kickoff is Monday 9 March', 'Monday 9 March', '2026-03-09'],
    ['Please send it by Friday 3/6', 'Friday 3/6', '2026-03-06'],
    // a date labelling a weekday wins over the weekday's own reading (Friday alone: 03-06)
    ['Please reply by Friday (3/13)', 'Friday (3/13)', '2026-03-13'],
    ['Please reply by March 13 (Friday)', 'March 13 (Friday)', '2026-03-13'],
    ['We will reply within 3 business days', 'within 3 business days', null],
    ['Please send it by the weekend', 'the weekend', '2026-03-06'],
    ['It will propagate in a day or two', 'in a day or two', '2026-03-06'],
    ['We will reply in 2-3 days', 'in 2-3 days', '2026-03-07'],
    // "within" makes a duration: +7, not the Friday of next week
    ['We will reply within the next week', 'within the next week', '2026-03-11'],
    ['Please confirm by COB', 'COB', '2026-03-04'],
  ],
  'a year written in the text is used as written': [
    ['Please sign up by Tuesday, November 6, 2001', 'Tuesday, November 6, 2001', '2001-11-06'],
    ['Budget (due Jan 3, 2002)', 'Jan 3, 2002', '2002-01-03'],
    ['Please send the forecast for Q1 2027 by 3/5/2027', '3/5/2027', '2027-03-05'],
  ],
};

const zhHans: Record<string, Row[]> = {
  '今天 / 今晚 / 今日 -> sent date': [
    ['标注版我今天发给你', '今天', '2026-03-04'],
    ['产线布局图今晚发给你', '今晚', '2026-03-04'],
    ['合同今日寄出', '今日', '2026-03-04'],
  ],
  '明天 / 明日 / 明早 +1; 后天 +2': [
    ['麻烦您明天确认一下名单', '明天', '2026-03-05'],
    ['正本明日寄出', '明日', '2026-03-05'],
    ['报价明早给你', '明早', '2026-03-05'],
    ['我们后天安排工程师压测', '后天', '2026-03-06'],
  ],
  '周五 / 星期五 / 礼拜五: next such weekday strictly after': [
    ['我这边周五前会把测试数据发给你们', '周五', '2026-03-06'],
    ['我们星期三会先远程做一次联调', '星期三', '2026-03-11'],
    ['验收会议通知我礼拜一发出', '礼拜一', '2026-03-09'],
    ['周日我把材料准备好', '周日', '2026-03-08'],
    ['星期天之前回复', '星期天', '2026-03-08'],
  ],
  '本周五 / 这周五 -> that weekday of the sent week': [
    ['我们会在本周五前把正式报价发给您', '本周五', '2026-03-06'],
    ['修改稿这周一发给您', '这周一', '2026-03-02'],
  ],
  '下周五 -> that weekday of the following week': [
    ['现场演示请安排在下周三下午', '下周三', '2026-03-11'],
    ['请你们下周五前发给我们采购部', '下周五', '2026-03-13'],
  ],
  '本周 / 这周 / 周末前 -> Friday of the sent week': [
    ['请您这周内提供设备清单', '这周内', '2026-03-06'],
    ['合同草稿请在本周内反馈', '本周内', '2026-03-06'],
    ['麻烦您周末前确认一下纪要', '周末前', '2026-03-06'],
  ],
  '下周 / 下礼拜 / 下星期 -> Friday of the following week': [
    ['请你们下周给出修改稿', '下周', '2026-03-13'],
    ['我下礼拜提交', '下礼拜', '2026-03-13'],
    ['我们下星期安排培训', '下星期', '2026-03-13'],
  ],
  '下周初 -> Monday of the following week': [['我们的技术团队下周初可以到现场', '下周初', '2026-03-09']],
  '月底 / 下个月': [
    ['报价会在月底前给到贵司', '月底', '2026-03-31'],
    ['正式协议下个月安排签署', '下个月', '2026-04-30'],
    ['请你们下个月底前更新价格表', '下个月底', '2026-04-30'],
  ],
  'N天内 / 两周内 / 一周内': [
    ['压测报告3天内发给您', '3天内', '2026-03-07'],
    ['麻烦您两天内回复', '两天内', '2026-03-06'],
    ['技术方案我们两周内提交', '两周内', '2026-03-18'],
    ['请贵院一周内确认部署范围', '一周内', '2026-03-11'],
    ['我们十天内完成', '十天内', '2026-03-14'],
  ],
  '3月5日 / 3月5号': [
    ['请于3月13日前将报价单发至本邮箱', '3月13日', '2026-03-13'],
    ['我们会在3月12号前把报价单发给您', '3月12号', '2026-03-12'],
    ['我们会在1月8日前完成备货', '1月8日', '2027-01-08', '2026-12-10T14:20:00+00:00'],
    ['请在8月5日下午5点之前交表', '8月5日', '2005-08-05', '2004-12-29T14:34:32+08:00'],
  ],
  'Q3 / 第三季度': [
    ['续约报价我会在Q3结束前发给您', 'Q3结束前', '2026-09-30'],
    ['我们第三季度完成上线', '第三季度', '2026-09-30'],
  ],
  '尽快 / 稍后 / 尽早 / 晚些时候 -> null': [
    ['请您尽快开通VPN账号', '尽快', null],
    ['稍后答复你', '稍后', null],
    ['请尽早回复', '尽早', null],
    ['我晚些时候再联系您', '晚些时候', null],
  ],
  '周五前 / 最迟周五 -> Friday': [
    ['请周五前回复', '周五', '2026-03-06'],
    ['最迟周五给我答复', '周五', '2026-03-06'],
  ],
  'synonyms follow their row': [
    ['我们下下周提交', '下下周', '2026-03-20'],
    ['请下周一之前回复', '下周一', '2026-03-09'],
    ['我们3月底前交付', '3月底', '2026-03-31'],
    ['我们两个星期内完成', '两个星期内', '2026-03-18'],
    ['我们十五天内完成', '十五天内', '2026-03-19'],
    ['本季度末前完成验收', '本季度末', '2026-03-31'],
    ['我们下个礼拜一到现场', '下个礼拜一', '2026-03-09'],
    ['请明天之前回复', '明天', '2026-03-05'],
    ['请在本月20号前回复', '本月20号', '2026-03-20'],
    ['请下班前把报价发给我', '下班前', '2026-03-04'],
    ['请周五下班前把报价发给我', '周五', '2026-03-06'],
    ['我们两三天内回复', '两三天内', '2026-03-07'],
    ['请于周五（3月13日）前回复', '周五（3月13日）', '2026-03-13'],
    ['请于3月13日（周五）前回复', '3月13日（周五）', '2026-03-13'],
    ['下个月5日前交付', '下个月5日', '2026-04-05'],
    ['请于３月５日前回复', '３月５日', '2026-03-05'],
  ],
  'a year written is used as written': [['请于2005年7月11日之前发送简历', '2005年7月11日', '2005-07-11', '2004-10-15T01:10:00+08:00']],
};

const zhHant: Record<string, Row[]> = {
  '今天 / 今晚 -> sent date': [
    ['會議資料我今天會先寄給鄭主任', '今天', '2026-03-04'],
    ['工單資料我今晚整理好寄給您', '今晚', '2026-03-04'],
  ],
  '明天 / 明日 +1; 後天 +2': [
    ['麻煩您明天提供工單數量', '明天', '2026-03-05'],
    ['正本明日寄出', '明日', '2026-03-05'],
    ['可否請貴行在後天安排現場勘查？', '後天', '2026-03-06'],
  ],
  '週五 / 星期四 / 禮拜一: strictly after': [
    ['PoC 規劃書我們週五寄給您', '週五', '2026-03-06'],
    ['正式版本會在星期四前完成', '星期四', '2026-03-05'],
    ['請在禮拜一前提供平面圖', '禮拜一', '2026-03-09'],
    ['週日前回覆即可', '週日', '2026-03-08'],
  ],
  '這週五 / 本週四 -> that weekday of the sent week': [
    ['正式報價單我們會在這週五前寄給您', '這週五', '2026-03-06'],
    ['架構確認會議請安排在本週四下午', '本週四', '2026-03-05'],
  ],
  '下週五 -> the following week': [
    ['出貨資料下週三前會寄給你', '下週三', '2026-03-11'],
    ['請貴司下週四上午派員勘查', '下週四', '2026-03-12'],
  ],
  '這週內 / 週末前 -> Friday of the sent week': [
    ['續約文件請於這週內簽回', '這週內', '2026-03-06'],
    ['我們法務週末前會提供修改意見', '週末前', '2026-03-06'],
  ],
  '下週 / 下週內 -> Friday of the following week': [
    ['請於下週內提供正式報價', '下週內', '2026-03-13'],
    ['我們下週提交', '下週', '2026-03-13'],
  ],
  '下週初 -> Monday of the following week': [['驗收報告請於下週初送達資訊室', '下週初', '2026-03-09']],
  '月底 / 下個月': [
    ['我會在月底前完成院內簽核流程', '月底', '2026-03-31'],
    ['我們下個月完成內部評估後回覆您', '下個月', '2026-04-30'],
  ],
  'N天內 / N天後 / 兩週內 / 一週內': [
    ['請於5天內提供SLA草案', '5天內', '2026-03-09'],
    ['我們3天後會在平台上統一回覆', '3天後', '2026-03-07'],
    ['請貴司在兩週內提供出貨資料', '兩週內', '2026-03-18'],
    ['教育訓練教材我們一週內補齊', '一週內', '2026-03-11'],
  ],
  '3月20號 / 4月10日': [
    ['請於3月20號前提供ROI試算', '3月20號', '2026-03-20'],
    ['投標文件我們會在4月10日前遞交', '4月10日', '2026-04-10'],
  ],
  '第二季 / Q4': [
    ['本院將於第二季辦理公開招標', '第二季', '2026-06-30'],
    ['請貴司在Q4內完成設備安裝', 'Q4', '2026-12-31'],
  ],
  '儘快 / 稍後 / 儘早 / 晚點 -> null': [
    ['請貴行儘快確認合約簽署日期', '儘快', null],
    ['上線時程我們稍後再與貴司確認', '稍後', null],
    ['請儘早回覆', '儘早', null],
    ['我晚點再打給您', '晚點', null],
  ],
  '週五前 / 最遲週五 -> Friday': [['最遲週五給我答覆', '週五', '2026-03-06']],
};

describe.each([
  ['en', en],
  ['zh-Hans', zhHans],
  ['zh-Hant', zhHant],
] as const)('%s', (language, table) => {
  describe.each(Object.entries(table))('%s', (_row, rows) => {
    it.each(rows)('%s', (...row) => check(row as Row, language));
  });
});

describe('sender-local date', () => {
  it('takes the calendar date as written with the offset, never the UTC date', () => {
    // 23:30 at -05:00 is already the next day in UTC; 01:00 at +09:00 is still the day before
    expect(sentLocalDate('2021-10-01T23:30:00-05:00')).toEqual({ y: 2021, m: 10, d: 1, weekday: 5 });
    expect(sentLocalDate('2021-10-01T01:00:00+09:00')).toEqual({ y: 2021, m: 10, d: 1, weekday: 5 });
    expect(findDue("I'll send it tomorrow", '2021-10-01T23:30:00-05:00')?.due).toBe('2021-10-02');
    expect(findDue('我明天发给你', '2021-10-01T01:00:00+09:00')?.due).toBe('2021-10-02');
  });

  it('also reads an RFC 2822 Date header', () => {
    expect(sentLocalDate('Fri, 12 Oct 2001 13:00:00 -0500')).toEqual({ y: 2001, m: 10, d: 12, weekday: 5 });
    expect(findDue('I will have more updates tomorrow', 'Fri, 12 Oct 2001 13:00:00 -0500')?.due).toBe('2001-10-13');
  });

  it('rejects a string without a date', () => {
    expect(() => sentLocalDate('yesterday-ish')).toThrow(RangeError);
  });

  it('still finds the phrase without a usable sent date, resolving only written years', () => {
    expect(findDue('Please reply by Friday', 'unknown')).toMatchObject({ dueText: 'Friday', due: null });
    expect(findDue('Please reply by March 5', 'unknown')).toMatchObject({ dueText: 'March 5', due: null });
    expect(findDue('Budget due Jan 3, 2002', 'unknown')).toMatchObject({ dueText: 'Jan 3, 2002', due: '2002-01-03' });
  });

  it('handles month and year boundaries', () => {
    expect(findDue('Please reply by the end of the month', '2028-02-10T09:00:00+08:00')?.due).toBe('2028-02-29');
    expect(findDue('Please reply next month', '2026-01-31T09:00:00+08:00')?.due).toBe('2026-02-28');
    expect(findDue('Please reply next week', '2026-12-30T09:00:00+08:00')?.due).toBe('2027-01-08');
    expect(findDue('请3天内回复', '2026-12-30T09:00:00+08:00')?.due).toBe('2027-01-02');
  });
});

describe('choosing the phrase of a clause', () => {
  it('prefers a deadline over a phrase that qualifies a noun', () => {
    check(['Please share your forecast for Q1 2027 at your earliest convenience', 'at your earliest convenience', null]);
    check(['麻烦您10天内确认一下明年的用户数', '10天内', '2026-03-14']);
    check(['请您在12月18号前确认2027年第一季度的需求数量', '12月18号', '2026-12-18', '2026-12-10T14:20:00+00:00']);
  });

  it('a date that qualifies a noun after a determiner gives way to the deadline', () => {
    check(['Please confirm the Q3 delivery date by Friday', 'Friday', '2026-03-06']);
    check(['We need our Friday call moved; please reply by Monday', 'Monday', '2026-03-09']);
    check(['Please complete the training by the end of Q2 and send the report', 'end of Q2', '2026-06-30']);
  });

  it('prefers a dated phrase over a vague one', () => {
    check(["I'll send it ASAP, by Friday at the latest", 'Friday', '2026-03-06']);
  });

  it('keeps a lone phrase even when it qualifies a noun (the commitments step decides)', () => {
    check(['下週四的現場勘查我們會派兩位工程師參加', '下週四', '2026-03-12']);
    check(["Friday's meeting was great", 'Friday', '2026-03-06']);
  });

  it('findAllDue lists every phrase in order with its position', () => {
    const text = 'I will call you tomorrow and send the quote by Friday; 合同下周一前寄出，尽快确认。';
    const all = findAllDue(text, WED);
    expect(all.map((m) => [m.dueText, m.due])).toEqual([
      ['tomorrow', '2026-03-05'],
      ['Friday', '2026-03-06'],
      ['下周一', '2026-03-09'],
      ['尽快', null],
    ]);
    for (const m of all) expect(text.slice(m.index, m.index + m.length)).toBe(m.dueText);
  });

  it('reads a phrase across a hard-wrapped line break, but not across paragraphs', () => {
    check(['I will send it by the end of\nthe week.', 'end of\nthe week', '2026-03-06']);
    expect(findAllDue('We will ship it next\n\nweek after the audit', WED)).toEqual([]);
  });

  it('returns null when the clause has no time phrase', () => {
    expect(findDue('Could you confirm who will sign the order form on your side?', WED)).toBeNull();
    expect(findDue('请贵司IT同事配合开放测试端口', WED)).toBeNull();
    expect(findAllDue('', WED)).toEqual([]);
  });
});
