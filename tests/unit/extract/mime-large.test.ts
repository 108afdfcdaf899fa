// Large bodies: the reader bounds its work (MAX_PARSE_BYTES, MAX_HTML, MAX_ZONED) without losing
// what sits at the top of a message, and decodes every byte value exactly. Speed itself is
// measured by `npm run bench` (bench/extract.bench.ts, "slow inputs"), not here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract, MAX_MINED, MAX_ZONED } from '../../../lib/extract/index';
import { MAX_HTML, MAX_PARSE_BYTES, MAX_RETRY_BYTES, parseMime } from '../../../lib/extract/mime';

const head = (type = 'text/plain; charset=utf-8', extra = '') =>
  'From: Ann Lee <ann.lee@customer.example>\r\nTo: Bo Chen <bo@vendor.example>\r\nSubject: Pilot kit\r\n' +
  `Date: Tue, 10 Mar 2026 10:00:00 +0800\r\nMessage-ID: <large@customer.example>\r\nContent-Type: ${type}\r\n${extra}\r\n`;

afterEach(() => vi.unstubAllGlobals());

describe('large messages', () => {
  it('reads a 1 MB plain body: the new text at the top is mined, the rest is bounded', async () => {
    const filler = 'The weather was fine and the meeting went well, as it does every week here.\n'.repeat(14_000);
    const raw = head() + 'Bo,\n\nI will send the signed pilot order by Friday.\n\n' + filler;
    const x = extract(await parseMime(raw));
    expect(x.from?.email).toBe('ann.lee@customer.example');
    expect(x.commitments.map((c) => c.text).join('\n')).toContain('signed pilot order');
    expect(x.commitments[0]?.due).toBe('2026-03-13');
    expect(x.reply.length).toBeLessThanOrEqual(MAX_ZONED);
    expect(x.reply.length).toBeGreaterThan(MAX_MINED);
    expect(x.reply.endsWith('here.')).toBe(true); // cut at a line end, not inside a word
  });

  it('cuts input past MAX_PARSE_BYTES at a line end and keeps the headers and the top', async () => {
    const raw = head() + 'Please confirm the PO number by Monday.\n' + 'x'.repeat(70) + '\n'.repeat(1) + ('y'.repeat(79) + '\n').repeat(MAX_PARSE_BYTES / 80 + 1000);
    const s = await parseMime(raw);
    expect(s.subject).toBe('Pilot kit');
    expect(s.text.startsWith('Please confirm the PO number by Monday.')).toBe(true);
    expect(s.text.length).toBeLessThan(MAX_PARSE_BYTES);
    expect(s.text.trimEnd().split('\n').pop()).toMatch(/^y{79}$/);
  });

  it('reads on past MAX_PARSE_BYTES when the text part comes after a large attachment', async () => {
    const b64 = ('JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+CnN0cmVh\r\n').repeat(6000);
    expect(b64.length).toBeGreaterThan(MAX_PARSE_BYTES);
    expect(b64.length).toBeLessThan(MAX_RETRY_BYTES);
    const raw = head('multipart/mixed; boundary="b1"') +
      '--b1\r\nContent-Type: application/pdf; name="quote.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64 +
      '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI will send the signed copy by Friday.\r\n--b1--\r\n';
    const x = extract(await parseMime(raw));
    expect(x.reply).toBe('I will send the signed copy by Friday.');
    expect(x.commitments).toHaveLength(1);
  });

  it('finds the text of an HTML body behind a large inline data: image, and bounds huge markup', async () => {
    const img = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(60_000)}">`;
    const rows = '<tr><td style="font-family:Arial;color:#333">row</td></tr>'.repeat(20_000);
    const html = `<html><body>${img}<p>We will deliver the pilot kit on Thursday.</p><table>${rows}</table></body></html>`;
    expect(html.length).toBeGreaterThan(MAX_HTML * 2);
    const s = await parseMime(head('text/html; charset=utf-8') + html);
    expect(s.text).toContain('We will deliver the pilot kit on Thursday.');
    expect(s.text).not.toContain('iVBORw0KGgo');
    expect(s.text.length).toBeLessThan(MAX_HTML);
  });

  it('decodes every byte value of an 8-bit body exactly (the byte-string conversion is lossless)', async () => {
    // windows-1252 uses 0x80-0x9f for printable characters (curly quotes, euro, dashes)
    const bytes: number[] = [...new TextEncoder().encode(head('text/plain; charset=windows-1252'))];
    for (let b = 0x20; b <= 0xff; b++) if (b !== 0x7f && b !== 0x81 && b !== 0x8d && b !== 0x8f && b !== 0x90 && b !== 0x9d) bytes.push(b);
    const s = await parseMime(new Uint8Array(bytes));
    // written out, not through TextDecoder: Node 20's reads windows-1252 as ISO-8859-1
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    const high = Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');
    expect(s.text.replace(/\n$/, '')).toBe(`${ascii}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ${high}`);
  });

  it('assembles decoded parts without Blob (the patched postal-mime: Blob cost ~100 ms per MB of lines)', async () => {
    vi.stubGlobal('Blob', class {
      constructor() {
        throw new Error('Blob used');
      }
    });
    const raw = head('multipart/mixed; boundary="b1"') +
      '--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      'We will send the quote =E2=80=94 today.\r\n--b1\r\nContent-Type: application/pdf; name="q.pdf"\r\n' +
      'Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n';
    const s = await parseMime(raw);
    expect(s.text.trim()).toBe('We will send the quote — today.');
  });
});

describe('charset repair next to the windows-1252 reading', () => {
  const gbkAsLatin1 = (): Uint8Array => {
    // GBK bytes (traditional characters lie in GBK's extension, with bytes in 0x80-0x9f) that the
    // sender's client labelled iso-8859-1: read as windows-1252 it is mojibake, as GBK it is Chinese.
    const head = new TextEncoder().encode(
      'From: =?utf-8?b?546L56OK?= <wanglei@lanqi-tech.cn>\r\nTo: seller@example.com\r\nSubject: quote\r\n' +
        'Date: Fri, 06 Mar 2026 10:00:00 +0800\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
    );
    // 您好，這個月的報價單請查收，我們會在週五前確認訂單。 in GBK
    const body = Uint8Array.from(
      'c4fabac3a3acdf408280d4c2b5c488f3837286ced588b2e9cad5a3acced2828395fed4dadf4ccee5c7b0b45fd54ad38686cea1a30a'
        .replace(/\s+/g, '')
        .match(/../g)!
        .map((h) => parseInt(h, 16)),
    );
    const out = new Uint8Array(head.length + body.length);
    out.set(head);
    out.set(body, head.length);
    return out;
  };

  it('still re-reads GBK mislabelled as latin1 as Chinese', async () => {
    const s = await parseMime(gbkAsLatin1());
    expect(s.text).toMatch(/\p{Script=Han}{4}/u);
    expect(s.text).not.toMatch(/[\u0080-\u00ff]/);
  });
});

describe('format=flowed is read from Content-Type only', () => {
  it('leaves a plain body that mentions format=flowed as written', async () => {
    const raw = 'From: a@b.example\r\nTo: c@d.example\r\nSubject: RFC 3676\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
      'Set format=flowed in the client. \r\nThis line stays apart.\r\n';
    const s = await parseMime(raw);
    expect(s.text).toContain('Set format=flowed in the client.');
    expect(s.text).toContain('\nThis line stays apart.');
  });
  it('still joins soft breaks when the part is flowed (folded header)', async () => {
    const raw = 'From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8;\r\n format=flowed\r\n\r\n' +
      'We will send the \r\nquote on Friday.\r\n';
    expect((await parseMime(raw)).text.trim()).toBe('We will send the quote on Friday.');
  });
});
