// Inline replies and bottom posting in HTML mail: new text written between and after the quotes.
// Taking the quotes out (top-posting rules) leaves "On … wrote:" followed by the answers, which
// reads as quoted history, or (Gmail) puts the answers inside the quote wrapper: the new text after
// the first quote was lost. splitMarkedZones now keeps such a body whole, with the quotes as "> "
// lines in place, as Roundcube's plain-text mail already is; top-posted mail is split as before.
// Fixtures: live-1.6.5/html-inline-gmail.html and html-inline-roundcube.html, captures of
// eml/accord-html-inline-gmail.eml and eml/accord-html-inline-roundcube.eml (ours, NOTES.md).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { roundcubeAdapter } from '../../../lib/adapters/roundcube/adapter';
import { roundcubeZoneMarkers } from '../../../lib/adapters/roundcube/selectors';
import { gmailQuoteMarkers } from '../../../lib/adapters/gmail/selectors';
import { outlookQuoteMarkers } from '../../../lib/adapters/outlook/selectors';
import { genericQuoteMarkers } from '../../../lib/adapters/generic/adapter';
import { splitMarkedZones } from '../../../lib/adapters/generic/dom';
import { extract } from '../../../lib/extract/index';
import { loadFixture } from './contract-fixtures';

function read(name: string) {
  const snaps = roundcubeAdapter.read(loadFixture(`roundcube/live-1.6.5/${name}.html`).doc);
  expect(snaps).toHaveLength(1);
  return snaps[0]!;
}

/** Each string occurs in `text`, in this order. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let at = -1;
  for (const p of parts) {
    const i = text.indexOf(p);
    expect(i, p).toBeGreaterThan(at);
    at = i;
  }
}

describe('roundcube: Gmail inline reply (answers inside div.gmail_quote, between its blockquotes)', () => {
  const NEW = [
    'answers inline, in green.',
    'Yes, since Monday. The calibration report is in the shared folder.',
    'That will be me, together with our site manager Petra Hofer.',
    'I will send you the updated shift plan by Tuesday.',
    'Perfect, thank you.',
  ];
  const QUOTED = [
    'Lukas, three open points before the handover on the 23rd:',
    '1. Are the new scanners at gate 2 calibrated?',
    '2. Who signs the acceptance protocol on your side?',
    '3. Can you send me the updated shift plan for March?',
    'I will book the meeting room in Linz for the 23rd.',
  ];

  it('the text holds the answers in order, each quote before its answer as "> " lines', () => {
    const s = read('html-inline-gmail');
    expectInOrder(s.text, ['Hi Maya,', ...NEW]);
    expect(s.text.endsWith('Perfect, thank you.\n\nLukas')).toBe(true);
    expectInOrder(s.text, ['wrote:\n', `> ${QUOTED[0]}`, `> ${QUOTED[1]}`, NEW[1]!, `> ${QUOTED[2]}`, NEW[2]!]);
    for (const q of QUOTED) expect(s.text).toContain(`> ${q}`);
    expect(s.quotedText).toBeNull();
  });

  it('the extractor keeps every answer, drops the quotes, and finds the promise written after a quote', () => {
    const x = extract(read('html-inline-gmail'));
    for (const p of NEW) expect(x.reply).toContain(p);
    for (const q of QUOTED) expect(x.reply).not.toContain(q);
    expect(x.reply).not.toContain('wrote:');
    const promise = x.commitments.find((c) => /updated shift plan/.test(c.text));
    expect(promise?.kind).toBe('promise');
    expect(promise?.owner).toBe('sender');
    expect(promise?.due).toBe('2026-03-17'); // sent Thu 12 Mar 2026: "by Tuesday"
    // Maya's own promise is quoted history, not Lukas's commitment.
    expect(x.commitments.some((c) => /meeting room/.test(c.text))).toBe(false);
  });
});

describe('roundcube: Roundcube HTML reply, greeting on top and answers below the quotes', () => {
  const NEW = [
    'see my answers below.',
    'All 40 kits arrived on Friday, two boxes had damaged packaging but the sensors themselves are fine.',
    'MS Nordlys and MS Vesteralen, both are in port from the 23rd.',
    'I will confirm the exact berth times by Thursday.',
  ];
  const QUOTED = [
    'could you confirm that the 40 sensor kits arrived in Bergen?',
    'I will send the installation guide in Norwegian by Wednesday.',
    'Also: which vessels should be fitted first?',
  ];

  it('the text holds the answers in order around the "> " quotes; Roundcube\'s div#signature is the signature', () => {
    const s = read('html-inline-roundcube');
    expectInOrder(s.text, ['Hi Maya,', NEW[0]!, 'On 2026-03-16 08:30, Maya Patel wrote:', `> ${QUOTED[0]}`, NEW[1]!, `> ${QUOTED[2]}`, NEW[2]!, NEW[3]!]);
    expect(s.quotedText).toBeNull();
    expect(s.signatureText).toBe('-- \nIngrid Solberg\nOperations | Fjordline Shipping');
    expect(s.text).not.toContain('Fjordline Shipping');
  });

  it('the extractor keeps the answers after "On … wrote:" and finds the promise below the quote', () => {
    const x = extract(read('html-inline-roundcube'));
    for (const p of NEW) expect(x.reply).toContain(p);
    for (const q of QUOTED) expect(x.reply).not.toContain(q);
    expect(x.reply).not.toMatch(/^>/m);
    const promise = x.commitments.find((c) => /berth times/.test(c.text));
    expect(promise?.kind).toBe('promise');
    expect(promise?.owner).toBe('sender');
    expect(promise?.due).toBe('2026-03-19'); // sent Mon 16 Mar 2026: "by Thursday"
    expect(x.commitments.some((c) => /installation guide/.test(c.text))).toBe(false);
  });
});

describe('roundcube: top-posted HTML mail is still split by its markers', () => {
  it('Gmail reply above div.gmail_quote: the reply alone in text, the history in quotedText', () => {
    const s = read('html-gmail-quote');
    expect(s.text).toBe('Hello');
    expect(s.quotedText).toMatch(/^On Mon, Apr 2, 2012 at 6:26 PM, Megan One <xxx@gmail\.com> wrote:/);
    expect(extract(s).reply).toBe('Hello');
  });
});

// The same code path serves the Gmail, Outlook and generic readers (their markers, our shapes).
describe('splitMarkedZones: new text after a quote, with every adapter\'s markers', () => {
  const body = (html: string): Element => new JSDOM(`<body><div id="b">${html}</div></body>`).window.document.getElementById('b')!;

  const GMAIL_INLINE =
    '<div dir="ltr">Hi Ann,<div><br></div><div>see below.</div></div><br>' +
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Mar 10, 2026 at 5:05 PM Ann Lee &lt;ann@example.com&gt; wrote:<br></div>' +
    '<blockquote class="gmail_quote">Can you send the contract?</blockquote><div>Yes, I will send it on Friday.</div>' +
    '<blockquote class="gmail_quote">And the invoice?</blockquote><div>Next week.</div></div>';
  const GMAIL_TOP =
    '<div dir="ltr">Yes, I will send it on Friday.</div><br>' +
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Mar 10, 2026 at 5:05 PM Ann Lee &lt;ann@example.com&gt; wrote:<br></div>' +
    '<blockquote class="gmail_quote">Can you send the contract?</blockquote><br></div>';

  for (const [site, markers] of [
    ['gmail', gmailQuoteMarkers],
    ['outlook', outlookQuoteMarkers],
    ['generic', genericQuoteMarkers],
    ['roundcube', roundcubeZoneMarkers],
  ] as const) {
    it(`${site}: a Gmail inline reply keeps its answers, quotes as "> " lines; a top-posted one is split`, () => {
      const z = splitMarkedZones(body(GMAIL_INLINE), markers);
      expect(z.text).toBe(
        'Hi Ann,\n\nsee below.\n\nOn Tue, Mar 10, 2026 at 5:05 PM Ann Lee <ann@example.com> wrote:\n\n' +
          '> Can you send the contract?\nYes, I will send it on Friday.\n> And the invoice?\nNext week.',
      );
      expect(z.quotedText).toBeNull();
      const top = splitMarkedZones(body(GMAIL_TOP), markers);
      expect(top.text).toBe('Yes, I will send it on Friday.');
      expect(top.quotedText).toBe('On Tue, Mar 10, 2026 at 5:05 PM Ann Lee <ann@example.com> wrote:\n\nCan you send the contract?');
    });
  }

  it('Thunderbird inline reply: the attribution and quotes become "> " lines (nested ones too), the signature stays apart', () => {
    const b = body(
      '<p>Hi Ann,</p><div class="moz-cite-prefix">On 10.03.2026 17:05, Ann Lee wrote:<br></div>' +
        '<blockquote type="cite">Can you send the contract?<blockquote type="cite">Old question</blockquote></blockquote>' +
        '<p>Yes, on Friday.</p><div class="moz-signature">-- <br>Bo</div>',
    );
    const before = b.innerHTML;
    const z = splitMarkedZones(b, genericQuoteMarkers);
    expect(z.text).toBe('Hi Ann,\n\n> On 10.03.2026 17:05, Ann Lee wrote:\n> Can you send the contract?\n> Old question\n\nYes, on Friday.');
    expect(z.signatureText).toBe('-- \nBo');
    expect(z.quotedText).toBeNull();
    expect(b.innerHTML).toBe(before); // the page itself is not changed
  });

  it('Outlook: an answer after a quote above the reply header keeps the header and history in quotedText', () => {
    const z = splitMarkedZones(
      body('<div>Hi,</div><blockquote>Can you send it?</blockquote><div>Yes, on Friday.</div><hr><div id="divRplyFwdMsg">From: Ann Lee</div><div>Old body</div>'),
      outlookQuoteMarkers,
    );
    expect(z.text).toBe('Hi,\n> Can you send it?\nYes, on Friday.');
    expect(z.quotedText).toBe('From: Ann Lee\nOld body');
  });

  it('only visible text of the quote\'s own part counts: hidden text, a signature, or an attachment list after it do not', () => {
    const hidden = splitMarkedZones(body('<div>Reply</div><blockquote>Old</blockquote><div style="display:none">tracking</div>'), genericQuoteMarkers);
    expect(hidden).toEqual({ text: 'Reply', quotedText: 'Old', signatureText: null });
    const sig = splitMarkedZones(body('<div>Reply</div><blockquote>Old</blockquote><div class="moz-signature">-- <br>Bo</div>'), genericQuoteMarkers);
    expect(sig).toEqual({ text: 'Reply', quotedText: 'Old', signatureText: '-- \nBo' });
    const rc = splitMarkedZones(
      body('<div class="message-htmlpart"><div class="rcmBody">Reply<blockquote type="cite">Old</blockquote></div></div><p class="image-attachment">photo.jpg 120 KB</p>'),
      roundcubeZoneMarkers,
    );
    expect(rc.quotedText).toBe('Old');
    expect(rc.text).toBe('Reply\n\nphoto.jpg 120 KB');
  });
});
