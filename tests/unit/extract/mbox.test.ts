import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../../lib/extract/mbox';

const enc = new TextEncoder();
const dec = new TextDecoder();

async function split(text: string, chunkSize = 7): Promise<string[]> {
  const bytes = enc.encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.slice(i, i + chunkSize));
  const out: string[] = [];
  for await (const m of splitMbox(chunks)) out.push(dec.decode(m));
  return out;
}

const msg = (n: number, body = 'Hello') => `From: a${n}@x.com\nSubject: m${n}\nMessage-ID: <m${n}@x.com>\n\n${body}\n`;

describe('splitMbox', () => {
  it('splits at separator lines, whatever the chunk boundaries', async () => {
    const mbox = `From a1@x.com Mon Jan  1 00:00:00 2024\n${msg(1)}\nFrom a2@x.com Tue Jan  2 00:00:00 2024\n${msg(2)}\n`;
    for (const size of [1, 3, 7, 64, 10_000]) {
      const out = await split(mbox, size);
      expect(out).toHaveLength(2);
      expect(out[0]).toContain('Subject: m1');
      expect(out[0]).not.toContain('From a1@x.com Mon');
      expect(out[1]).toContain('Subject: m2');
    }
  });

  it('keeps a body line that starts with "From " but is no separator, and unescapes ">From "', async () => {
    const body = 'line one\nFrom here on we agree.\n>From the minutes: ok\n>>From quoted twice';
    const out = await split(`From a1@x.com Mon Jan  1 00:00:00 2024\n${msg(1, body)}`);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('\nFrom here on we agree.');
    expect(out[0]).toContain('\nFrom the minutes: ok');
    expect(out[0]).toContain('\n>From quoted twice');
  });

  it('handles CRLF files (Gmail Takeout) and keeps non-UTF-8 bytes untouched', async () => {
    const gb = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]); // "你好" in GB2312
    const head = enc.encode('From 1@xxx Mon Jan 01 00:00:00 +0000 2024\r\nSubject: gb\r\n\r\n');
    const tail = enc.encode('\r\n\r\nFrom 2@xxx Mon Jan 01 00:00:00 +0000 2024\r\nSubject: two\r\n\r\nok\r\n');
    const all = new Uint8Array([...head, ...gb, ...tail]);
    const out: Uint8Array[] = [];
    for await (const m of splitMbox([all.slice(0, 50), all.slice(50)])) out.push(m);
    expect(out).toHaveLength(2);
    expect([...out[0]!.slice(-4)]).toEqual([...gb]);
  });

  it('treats a stream with no separator as one message (a lone .eml)', async () => {
    const out = await split(msg(1));
    expect(out).toEqual([msg(1).replace(/\n$/, '')]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await split('')).toEqual([]);
  });

  it('splits 10,000 messages in one pass', async () => {
    const big = Array.from({ length: 10_000 }, (_, i) => `From a${i}@x.com Mon Jan  1 00:00:00 2024\n${msg(i)}\n`).join('');
    const out = await split(big, 65_536);
    expect(out).toHaveLength(10_000);
    expect(out[9_999]).toContain('Subject: m9999');
  });
});
