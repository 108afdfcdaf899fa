import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFlowed, MimeError, parseMailDate, parseMime, stableHash } from '../../../lib/extract/mime';
import { EmailSnapshotSchema } from '../../../lib/model/email';

const FIX = resolve(__dirname, '../../fixtures/mime');
const SHARED_MIME = resolve(__dirname, '../../../../shared/corpus/mime');
const read = (p: string): Uint8Array => new Uint8Array(readFileSync(join(FIX, p)));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file gives a valid snapshot or a MimeError, never another error. */
async function snapshotOrMimeError(file: string): Promise<'ok' | 'mime-error'> {
  try {
    const s = await parseMime(new Uint8Array(readFileSync(file)));
    EmailSnapshotSchema.parse(s);
    return 'ok';
  } catch (err) {
    if (err instanceof MimeError) return 'mime-error';
    throw new Error(`${file}: ${(err as Error).name}`);
  }
}

describe('parseMime over whole corpora', () => {
  it('reads every fixture in the repository to a valid snapshot', async () => {
    for (const f of walk(FIX).filter((f) => !f.endsWith('.md'))) {
      expect(await snapshotOrMimeError(f), f).toBe('ok');
    }
  });
  it.skipIf(!existsSync(SHARED_MIME))('gives a snapshot or a MimeError for every file in ../shared/corpus/mime', async () => {
    const files = walk(SHARED_MIME);
    expect(files.length).toBeGreaterThan(100);
    let ok = 0;
    for (const f of files) if ((await snapshotOrMimeError(f)) === 'ok') ok++;
    // nearly all of them are readable mail (an empty file is the exception)
    expect(ok).toBeGreaterThan(files.length - 5);
  });
});

describe('charsets', () => {
  it('decodes ISO-2022-JP subject and body', async () => {
    const s = await parseMime(read('corpus/japanese_iso_2022.eml'));
    expect(s.subject).toBe('まみむめも');
    expect(s.text).toContain('すみません。');
  });
  it('decodes Shift_JIS and keeps the +0900 offset', async () => {
    const s = await parseMime(read('corpus/japanese_shift_jis.eml'));
    expect(s.text).toContain('このメールはテスト用のメールです。');
    expect(s.date).toBe('2014-05-28T17:18:19+09:00');
  });
  it('reads UTF-8 bytes declared as GB2312 as UTF-8, and keeps the correctly labelled subject', async () => {
    const s = await parseMime(read('corpus/spamscope_mail_test_12.eml'));
    expect(s.subject).toBe('代开各地增值税发票');
    expect(s.text).toContain('你好！');
    expect(s.text).not.toContain('\ufffd');
  });
  it('reads GB2312 bytes declared as big5 as GB', async () => {
    const s = await parseMime(read('own/gb2312-declared-big5.eml'));
    expect(s.subject).toBe('报价单');
    expect(s.text).toContain('我们会在本周五前把正式报价和实施方案发给您');
    expect(s.text).toContain('王磊');
  });
  it('reads 8-bit GB text under a multipart label whose boundary never occurs', async () => {
    const s = await parseMime(read('own/gb-no-charset-stripped-multipart.eml'));
    expect(s.text).toContain('我明天把日志发给你。');
  });
  it('repairs a raw 8-bit latin-1 subject', async () => {
    const s = await parseMime(read('corpus/invalid_subject_characters.eml'));
    expect(s.subject).toContain('Formação');
  });
  it('keeps correct Korean UTF-8 untouched', async () => {
    const s = await parseMime(read('corpus/mikel_raw_email_korean.eml'));
    expect(s.text).toContain('대부분의 마찬가지로');
  });
  it('decodes quoted-printable and RFC 2047 headers', async () => {
    const raw = [
      'From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <jose@example.com>',
      'To: =?gb2312?B?wO7Ct8P3?= <li@example.cn>',
      'Subject: =?UTF-8?B?5oql5Lu35Y2V?= =?UTF-8?Q?_v2?=',
      'Date: Fri, 01 Oct 2021 15:52:11 +0800',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=C3=A9 =E6=8A=A5=E4=BB=B7 soft=',
      'break',
    ].join('\r\n');
    const s = await parseMime(raw);
    expect(s.from).toEqual({ name: 'José Pérez', email: 'jose@example.com' });
    expect(s.to[0]?.name).toBe('李路明');
    expect(s.subject).toBe('报价单 v2');
    expect(s.text).toContain('Café 报价 softbreak');
  });
});

describe('format=flowed', () => {
  it('joins soft-broken lines of the same quote depth only', () => {
    expect(decodeFlowed('> Hi \nHello', false)).toBe('> Hi\nHello');
    expect(decodeFlowed('one \ntwo\n>> a \n>> b\n-- \nsig', false)).toBe('one two\n>> a b\n-- \nsig');
    expect(decodeFlowed('ab \ncd', true)).toBe('abcd');
  });
  it('keeps the new text under a soft-broken quote line (Thunderbird bottom posting)', async () => {
    const raw = 'From: bob <bob@x.org>\r\nSubject: Re: Test\r\nContent-Type: text/plain; charset="us-ascii"; format="flowed"\r\n\r\nOn 04/02/2012 06:26 PM, Megan One wrote:\r\n> Hi \r\nHello\r\n';
    const s = await parseMime(raw);
    expect(s.text.split('\n')).toContain('Hello');
  });
});

describe('headers, addresses and ids', () => {
  it('turns an HTML-only body into text with blockquotes as "> " and drops script/style', async () => {
    const s = await parseMime(read('own/html-only-blockquote.eml'));
    expect(s.text).toContain("I'll send the signed order by Friday & call you.");
    expect(s.text).toMatch(/^> Could you send the order\?$/m);
    expect(s.text).toMatch(/^> > Older text$/m);
    expect(s.text).not.toContain('color:red');
    expect(s.text).not.toContain('no</p>');
  });
  it('fills the classification headers with lower-cased names, and replyTo', async () => {
    const s = await parseMime(read('own/html-only-blockquote.eml'));
    expect(s.headers['list-id']).toBe('<pilot.example.com>');
    expect(s.headers['precedence']).toBe('list');
    expect(s.headers['x-mailer']).toBe('Own Test Mailer 1.0');
    expect(s.headers['reply-to']).toContain('ann.lee@example.com');
    expect(s.replyTo).toEqual([{ name: 'Ann Lee', email: 'ann.lee@example.com' }]);
    expect(s.messageId).toBe('<own-html@example.com>');
    expect(s.date).toBe('2021-01-04T09:00:00-05:00');
    expect(s.source).toBe('mime');
  });
  it('synthesises a stable Message-ID from date, sender and subject when there is none', async () => {
    const raw = 'From: a@example.com\r\nSubject: hi\r\nDate: Mon, 04 Jan 2021 09:00:00 +0000\r\n\r\nbody\r\n';
    const a = await parseMime(raw);
    const b = await parseMime(raw);
    const c = await parseMime(raw.replace('hi', 'ho'));
    expect(a.messageId).toMatch(/^<[0-9a-f]{16}@accord\.invalid>$/);
    expect(a.messageId).toBe(b.messageId);
    expect(c.messageId).not.toBe(a.messageId);
    expect(stableHash('x')).toBe(stableHash('x'));
  });
  it('keeps a name with no address as a name with an empty address', async () => {
    const s = await parseMime('From: Ring\r\nSubject: x\r\n\r\nhello\r\n');
    expect(s.from).toEqual({ name: 'Ring', email: '' });
  });
  it('lower-cases addresses and flattens groups', async () => {
    const s = await parseMime('From: Ann <Ann.Lee@Example.COM>\r\nTo: Team: bob@x.org, Cy <cy@x.org>;\r\n\r\nhi\r\n');
    expect(s.from?.email).toBe('ann.lee@example.com');
    expect(s.to.map((a) => a.email)).toEqual(['bob@x.org', 'cy@x.org']);
  });
});

describe('parseMailDate keeps the sender offset', () => {
  it.each([
    ['Fri, 01 Oct 2021 15:52:11 +0800', '2021-10-01T15:52:11+08:00'],
    ['Fri, 12 Oct 2001 09:00:00 -0500 (CDT)', '2001-10-12T09:00:00-05:00'],
    ['1 Oct 2021 15:52 +0530', '2021-10-01T15:52:00+05:30'],
    ['Mon, 4 Jan 21 09:00:00 EST', '2021-01-04T09:00:00-05:00'],
    ['Mon, 04 Jan 2021 09:00:00 GMT', '2021-01-04T09:00:00+00:00'],
    ['Mon, 04 Jan 2021 09:00:00', '2021-01-04T09:00:00+00:00'],
    ['2021-10-01T15:52:11+08:00', '2021-10-01T15:52:11+08:00'],
  ])('%s -> %s', (input, expected) => {
    expect(parseMailDate(input)).toBe(expected);
  });
  it('gives null for missing or unreadable dates', () => {
    expect(parseMailDate(undefined)).toBeNull();
    expect(parseMailDate('')).toBeNull();
    expect(parseMailDate('sometime next week')).toBeNull();
    expect(parseMailDate('Fri, 31 Feb 2021 10:00:00 +0000')).toBeNull();
  });
});

describe('malformed input', () => {
  it('throws MimeError on empty input', async () => {
    await expect(parseMime(new Uint8Array(0))).rejects.toBeInstanceOf(MimeError);
  });
  it('throws MimeError with no content in the message on binary garbage', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 32;
    bytes.set(new TextEncoder().encode('SECRET-WORD'), 100);
    const err = await parseMime(bytes).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(MimeError);
    expect((err as Error).message).not.toContain('SECRET');
  });
  it('reads body text with no header block rather than failing', async () => {
    const s = await parseMime('\r\nJust a body, no headers.\r\n');
    expect(s.text).toContain('Just a body');
  });
  it('survives a broken multipart (no closing boundary)', async () => {
    const raw = 'From: a@b.co\r\nContent-Type: multipart/alternative; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nplain part\r\n--zz\r\nContent-Type: text/html\r\n\r\n<p>html';
    const s = await parseMime(raw);
    expect(s.text).toContain('plain part');
  });
  it('reads a 5 MB message without hanging (the tail past the read limit is dropped)', async () => {
    const para = 'We will send the revised quote by Friday. Please confirm the PO number.\n';
    const raw = 'From: a@b.co\r\nSubject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFirst line.\n' + para.repeat(70_000);
    const t0 = Date.now();
    const s = await parseMime(raw);
    expect(s.text.startsWith('First line.')).toBe(true);
    expect(Date.now() - t0).toBeLessThan(15_000);
  }, 30_000);
});
