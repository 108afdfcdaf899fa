import { describe, expect, it } from 'vitest';
import { splitBlocks, splitClauses, splitSentences } from '../../../lib/extract/sentences';

const texts = (s: { text: string }[]) => s.map((x) => x.text);

describe('splitSentences', () => {
  it('splits English at sentence ends and keeps offsets exact', () => {
    const text = 'Thanks for the call. I will send the quote on Monday! Could you confirm the address?';
    const out = splitSentences(text);
    expect(texts(out)).toEqual(['Thanks for the call.', 'I will send the quote on Monday!', 'Could you confirm the address?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(texts(splitSentences('Mr. Smith and Dr. Chen will join at 9 a.m. tomorrow. The price is 3.5 per unit.')))
      .toEqual(['Mr. Smith and Dr. Chen will join at 9 a.m. tomorrow.', 'The price is 3.5 per unit.']);
    expect(texts(splitSentences('J. E. McGrath will call you.'))).toEqual(['J. E. McGrath will call you.']);
  });

  it('splits Chinese at full-width and ASCII sentence ends', () => {
    expect(texts(splitSentences('我明天把日志发给你。请在周五前回复！能否安排演示？好的!谢谢')))
      .toEqual(['我明天把日志发给你。', '请在周五前回复！', '能否安排演示？', '好的!', '谢谢']);
  });

  it('joins hard-wrapped lines and keeps the line breaks in the text', () => {
    const text = 'I will rework the patch so that the allocation happens in the probe function and\nresend it next week.';
    expect(texts(splitSentences(text))).toEqual([text]);
  });

  it('keeps short lines, list items, blank-line paragraphs and quoted lines apart', () => {
    const text = 'Hi Bob,\nThanks\n\n- send the quote\n- book the room\n> quoted line\nnew line here';
    expect(texts(splitSentences(text))).toEqual(['Hi Bob,', 'Thanks', '- send the quote', '- book the room', '> quoted line', 'new line here']);
  });

  it('ends a run at an ellipsis followed by a space', () => {
    expect(texts(splitSentences('rooms for monday night... also, can you book dinner'))).toEqual(['rooms for monday night...', 'also, can you book dinner']);
  });

  it('caps run-on text so later stages stay cheap', () => {
    const out = splitSentences('word '.repeat(2000));
    expect(out.length).toBeGreaterThan(10);
    for (const s of out) expect(s.text.length).toBeLessThanOrEqual(600);
  });

  it('handles empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('splitBlocks', () => {
  it('treats a blank line as a paragraph break', () => {
    expect(texts(splitBlocks('one long line of text that goes on and on and on and on\nand ends here\n\nnext'))).toHaveLength(2);
  });
});

describe('splitClauses', () => {
  const clauses = (text: string) => texts(splitClauses({ text, start: 0, end: text.length }));

  it('splits Chinese at commas, semicolons and colons', () => {
    expect(clauses('样机我们明天寄出，使用说明下周一发给您；请查收：谢谢')).toEqual(['样机我们明天寄出', '使用说明下周一发给您', '请查收', '谢谢']);
  });

  it('splits English at semicolons and at ", and/but" joins only', () => {
    expect(clauses("I'll send it on Friday; could you confirm, please?")).toEqual(["I'll send it on Friday", 'could you confirm, please?']);
    expect(clauses('I will review it, and Bob will test it')).toEqual(['I will review it', 'and Bob will test it']);
    expect(clauses('Please send the red, green and blue samples')).toEqual(['Please send the red, green and blue samples']);
  });

  it('splits at spaces between Chinese phrases and at an ASCII comma before Chinese', () => {
    expect(clauses('我已收到 我会尽快回复')).toEqual(['我已收到', '我会尽快回复']);
    expect(clauses('a@b.com, 合格者将会尽快安排面试')).toEqual(['a@b.com', '合格者将会尽快安排面试']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Intro. 我们明天寄出，下周一发给您。';
    const sentence = splitSentences(text)[1]!;
    for (const c of splitClauses(sentence)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
