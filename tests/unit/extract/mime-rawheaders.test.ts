// Raw 8-bit header bytes (no encoded words): UTF-8 when they are valid UTF-8, GB otherwise.
import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../lib/extract/mime';

const enc = (parts: (string | Uint8Array)[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
};

describe('raw 8-bit headers', () => {
  it('reads valid UTF-8 subject and names as UTF-8, not GBK', async () => {
    const raw = enc([
      'From: "Zoë Müller" <zoe@example.org>\r\nTo: "Håkon Ærø" <hakon@example.net>\r\n',
      'Subject: Grüße aus Köln – café\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\nHallo, bis später.\r\n',
    ]);
    const m = await parseMime(raw);
    expect(m.subject).toBe('Grüße aus Köln – café');
    expect(m.from?.name).toBe('Zoë Müller');
    expect(m.to[0]?.name).toBe('Håkon Ærø');
  });

  it('does not turn a short UTF-8 subject with one or two umlauts into Han characters', async () => {
    for (const subject of ['Rückfrage zum Angebot', 'Menü für Freitag']) {
      const m = await parseMime(enc([`From: x@example.org\r\nSubject: ${subject}\r\n\r\nbody\r\n`]));
      expect(m.subject).toBe(subject);
    }
  });

  it('still reads raw GB2312 subject bytes (invalid UTF-8) as Chinese', async () => {
    // "会议纪要" in GB2312
    const gb = new Uint8Array([0xbb, 0xe1, 0xd2, 0xe9, 0xbc, 0xcd, 0xd2, 0xaa]);
    const raw = enc([
      'From: a@example.cn\r\nSubject: ', gb, '\r\nDate: Mon, 2 Mar 2026 10:00:00 +0800\r\n',
      'Content-Type: text/plain; charset=gb2312\r\n\r\n', gb, '\r\n',
    ]);
    const m = await parseMime(raw);
    expect(m.subject).toBe('会议纪要');
  });
});
