// @vitest-environment jsdom
// The DOM helpers every adapter uses: text, addresses, displayed dates, zones, ids.
process.env.TZ = 'America/New_York';
import { describe, expect, it } from 'vitest';
import {
  blockText,
  displayedDateToIso,
  emailsIn,
  parseAddress,
  parseAddressList,
  parseDisplayedDate,
  splitMarkedZones,
  stableId,
} from '../../../lib/adapters/generic/dom';

const el = (html: string): Element => {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d;
};

describe('displayed dates', () => {
  it('reads the formats webmails show, with the page offset (DST-aware)', () => {
    expect(displayedDateToIso('Mon, Nov 2, 2026, 10:15 AM')).toBe('2026-11-02T10:15:00-05:00');
    expect(displayedDateToIso('Thu, Dec 18, 2014 at 12:35 PM')).toBe('2014-12-18T12:35:00-05:00');
    expect(displayedDateToIso('Wed, Jul 1, 2026, 12:05 AM')).toBe('2026-07-01T00:05:00-04:00');
    expect(displayedDateToIso('Mon, 2 Nov 2026, 14:15', 'en-GB')).toBe('2026-11-02T14:15:00-05:00');
    expect(displayedDateToIso('Mon 11/2/2026 10:15 AM', 'en-US')).toBe('2026-11-02T10:15:00-05:00');
    expect(displayedDateToIso('Mon 02/11/2026 10:15', 'en-GB')).toBe('2026-11-02T10:15:00-05:00');
    expect(displayedDateToIso('Fri 13/11/2026 10:15', 'en-US')).toBe('2026-11-13T10:15:00-05:00');
    expect(displayedDateToIso('2026年11月3日 周二 下午3:05', 'zh-CN')).toBe('2026-11-03T15:05:00-05:00');
    expect(displayedDateToIso('2026年11月3日 上午12:30', 'zh-CN')).toBe('2026-11-03T00:30:00-05:00');
    expect(displayedDateToIso('2026/11/3 周二 15:05', 'zh-CN')).toBe('2026-11-03T15:05:00-05:00');
  });

  it('keeps an offset the page states (RFC 2822, ISO) instead of the page zone', () => {
    expect(displayedDateToIso('Tue, 03 Nov 2026 15:05:00 +0800')).toBe('2026-11-03T15:05:00+08:00');
    expect(displayedDateToIso('2026-11-04T16:40:00+08:00')).toBe('2026-11-04T16:40:00+08:00');
  });

  it('returns null for what is not a date', () => {
    expect(displayedDateToIso('10:15 AM (27 days ago)')).toBeNull();
    expect(displayedDateToIso('Invoice 4711')).toBeNull();
    expect(displayedDateToIso('13/13/2026')).toBeNull();
    expect(parseDisplayedDate('')).toBeNull();
    expect(displayedDateToIso(null)).toBeNull();
  });
});

describe('addresses', () => {
  it('parses display names and addresses', () => {
    expect(parseAddress('Li Wei <Li.Wei@Huaxin.example>')).toEqual({ name: 'Li Wei', email: 'li.wei@huaxin.example' });
    expect(parseAddress('"Chen, Jing" <jing@a.example>')).toEqual({ name: 'Chen, Jing', email: 'jing@a.example' });
    expect(parseAddress('jing@a.example')).toEqual({ name: '', email: 'jing@a.example' });
    expect(parseAddress('陈静')).toEqual({ name: '陈静', email: '' });
  });

  it('splits lists on commas and semicolons outside quotes and angle brackets', () => {
    expect(parseAddressList('"Zhang, Tao" <t@a.example>, Li Wei <l@b.example>; 王芳 <w@b.example>；c@d.example')).toEqual([
      { name: 'Zhang, Tao', email: 't@a.example' },
      { name: 'Li Wei', email: 'l@b.example' },
      { name: '王芳', email: 'w@b.example' },
      { name: '', email: 'c@d.example' },
    ]);
    // Outlook writes "Last, First <addr>" without quotes
    expect(parseAddressList('Zhang, Tao <t@a.example>')).toEqual([{ name: 'Zhang, Tao', email: 't@a.example' }]);
    expect(parseAddressList('Jing Chen; Li Wei')).toEqual([
      { name: 'Jing Chen', email: '' },
      { name: 'Li Wei', email: '' },
    ]);
  });

  it('stays fast on long inputs without an address (slow-input case)', () => {
    const long = 'a'.repeat(200_000);
    const t0 = performance.now();
    expect(emailsIn(long)).toEqual([]);
    expect(emailsIn(`${'a.'.repeat(50_000)}@`)).toEqual([]);
    expect(parseAddressList(`${long},${long}`)).toHaveLength(2);
    expect(emailsIn(`${'x@'.repeat(50_000)}`)).toEqual([]);
    expect(displayedDateToIso(' '.repeat(200_000) + '1:')).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('blockText', () => {
  it('renders blocks, <br>, <p> and cells like a reader sees them', () => {
    const t = blockText(el('<div>Hi,</div><div><br></div><div>One <b>two</b>\n   three</div><p>Para</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'));
    expect(t).toBe('Hi,\n\nOne two three\n\nPara\n\na\tb\nc\td');
  });

  it('keeps <pre> lines and skips scripts, styles and hidden nodes', () => {
    const t = blockText(el('<style>p{}</style><script>x()</script><span style="display: none">hidden</span><pre>a\n\n  b</pre>'));
    expect(t).toBe('a\n\nb');
  });

  it('keeps the "-- " signature delimiter intact', () => {
    expect(blockText(el('Thanks<br>-- <br>Li Wei'))).toBe('Thanks\n-- \nLi Wei');
  });
});

describe('splitMarkedZones', () => {
  const markers = { quote: ['.gmail_quote', 'blockquote'], quoteFrom: ['#divRplyFwdMsg'], signature: ['.gmail_signature'] };

  it('separates text, quote (outermost only) and signature, in document order', () => {
    const z = splitMarkedZones(
      el('<div>New</div><div class="gmail_signature">Sig</div><div class="gmail_quote">Old<blockquote>Older</blockquote></div>'),
      markers,
    );
    expect(z).toEqual({ text: 'New', quotedText: 'Old\nOlder', signatureText: 'Sig' });
  });

  it('counts a signature inside the quote as quote', () => {
    const z = splitMarkedZones(el('<div>New</div><blockquote>Old<div class="gmail_signature">Their sig</div></blockquote>'), markers);
    expect(z.signatureText).toBeNull();
    expect(z.quotedText).toContain('Their sig');
  });

  it('takes everything from an Outlook reply header on (and the <hr> before it) as quote', () => {
    const z = splitMarkedZones(el('<div><div>New</div><hr><div id="divRplyFwdMsg">From: A</div><div>Old body</div></div><div>Old tail</div>'), markers);
    expect(z.text).toBe('New');
    expect(z.quotedText).toBe('From: A\nOld body\nOld tail');
  });

  it('gives null zones when nothing is marked', () => {
    expect(splitMarkedZones(el('<div>Only</div>'), markers)).toEqual({ text: 'Only', quotedText: null, signatureText: null });
  });
});

describe('stableId', () => {
  it('is deterministic, 16 hex digits, and separates its parts', () => {
    expect(stableId('t', 0, 'd', 'a@b')).toBe(stableId('t', 0, 'd', 'a@b'));
    expect(stableId('t', 0, 'd', 'a@b')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
    expect(stableId('t', 0)).not.toBe(stableId('t', 1));
  });
});
