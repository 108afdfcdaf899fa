// Inline / bottom posting in plain-text mail (the mailing-list habit): new text between and after
// "> " quotes. Roundcube renders each quote as <blockquote> right after "On … wrote:"; the new
// text after the quotes must reach the extractor, in order, and the quotes must not.
// Fixture: live-1.6.5/plain-inline-reply.html, a capture of eml/accord-inline-reply.eml (ours).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { roundcubeAdapter } from '../../../lib/adapters/roundcube/adapter';
import { blockText, splitMarkedZones } from '../../../lib/adapters/generic/dom';
import { extract } from '../../../lib/extract/index';
import { loadFixture } from './contract-fixtures';

const NEW_TEXT = [
  'thanks for the quick answers. The staging gateways took the new image overnight; the build log is at [0].',
  'Only Rotterdam and Antwerp are still on 2.3.',
  'Yes. I will send you the final rollout calendar by Friday, and we can start with Rotterdam on the 14th.',
  'None that I know of. Have a good week!',
  '[0]: https://builds.harbor-freight-systems.com/gw/2026-03-03/log.txt',
];
const QUOTED = [
  'Can you tell me which sites are still on the 2.3 firmware?',
  'We have not decided on the rollout order yet.',
  'Please also check the power budget of the cabinets.',
  'Would a staged rollout over two weekends work for you?',
  'Any blockers on the customs side?',
];

function snapshot() {
  const snaps = roundcubeAdapter.read(loadFixture('roundcube/live-1.6.5/plain-inline-reply.html').doc);
  expect(snaps).toHaveLength(1);
  return snaps[0]!;
}

describe('roundcube: plain-text inline reply', () => {
  it('the text holds every new paragraph, in order, with the quotes as "> " lines in place', () => {
    const s = snapshot();
    let at = -1;
    for (const p of NEW_TEXT) {
      const i = s.text.indexOf(p);
      expect(i, p).toBeGreaterThan(at);
      at = i;
    }
    expect(s.text).toContain(
      'wrote:\n> Can you tell me which sites are still on the 2.3 firmware?\n>\n> > We have not decided on the rollout order yet.\n>\n> Please also check',
    );
    expect(s.text.indexOf('> Would a staged rollout')).toBeGreaterThan(s.text.indexOf('Only Rotterdam'));
    expect(s.text.indexOf('> Would a staged rollout')).toBeLessThan(s.text.indexOf('Yes. I will send'));
    expect(s.quotedText).toBeNull();
    expect(s.signatureText).toBe('-- \nDaniel Okafor\nField Engineering | Harbor Freight Systems');
  });

  it('the extractor keeps the interleaved new text, drops the quotes, and finds the promise after a quote', () => {
    const x = extract(snapshot());
    for (const p of NEW_TEXT) expect(x.reply).toContain(p);
    for (const q of QUOTED) expect(x.reply).not.toContain(q);
    expect(x.reply).not.toMatch(/^>/m);
    expect(x.reply).not.toContain('wrote:');
    const promise = x.commitments.find((c) => /final rollout calendar/.test(c.text));
    expect(promise?.kind).toBe('promise');
    expect(promise?.owner).toBe('sender');
    expect(promise?.due).toBe('2026-03-06');
  });
});

describe('blockText: an excluded block still ends its line', () => {
  const body = (html: string): Element => {
    const doc = new JSDOM(`<body><div id="b">${html}</div></body>`).window.document;
    return doc.getElementById('b')!;
  };

  it('"wrote:<blockquote>…</blockquote>Hello" is two lines, not "wrote:Hello"', () => {
    const b = body('On Mon, Ann wrote:<blockquote>Hi</blockquote>Hello');
    expect(blockText(b, new Set([b.querySelector('blockquote')!]))).toBe('On Mon, Ann wrote:\nHello');
    // New text after the quote: the quote stays in place as "> " lines (bottom posting), so
    // "On … wrote:" is not followed by the reply as if the reply were history.
    const z = splitMarkedZones(b, { quote: ['blockquote'] });
    expect(z.text).toBe('On Mon, Ann wrote:\n> Hi\nHello');
    expect(z.quotedText).toBeNull();
  });

  it('an excluded inline element joins nothing and breaks nothing', () => {
    const b = body('Hello <span class="x">there</span>world');
    expect(blockText(b, new Set([b.querySelector('span')!]))).toBe('Hello world');
  });
});
