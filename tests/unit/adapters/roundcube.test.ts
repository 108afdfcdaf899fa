// @vitest-environment jsdom
// Roundcube adapter on real Roundcube 1.6.5 pages: the team's captures (corpus-2024/) and live
// captures from the loopback server (live-1.6.5/). See tests/fixtures/roundcube/NOTES.md.
process.env.TZ = 'Asia/Shanghai';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { SelectorError } from '../../../lib/adapters/types';
import {
  addressesOfCell,
  jsStringAfter,
  roundcubeAdapter as A,
  roundcubeDateToIso,
} from '../../../lib/adapters/roundcube/adapter';
import { roundcubeEnv } from '../../../lib/adapters/roundcube/account';
import { extract } from '../../../lib/extract/index';
import { FIXTURES, loadFixture, siteFixtures } from './contract-fixtures';

const read1 = (rel: string) => {
  const snaps = A.read(loadFixture(rel).doc);
  expect(snaps).toHaveLength(1);
  return snaps[0]!;
};

/** A fixture's HTML, edited, as a document at the fixture's URL. */
function edited(rel: string, edit: (html: string) => string): Document {
  const html = edit(readFileSync(join(FIXTURES, rel), 'utf8'));
  const url = /^<!-- url: (\S+) -->/.exec(html)![1]!;
  return new JSDOM(html, { url }).window.document;
}

describe('roundcube adapter: detect', () => {
  it('recognises every Roundcube page, top level and preview iframe', () => {
    const rels = siteFixtures('roundcube');
    expect(rels.length).toBeGreaterThanOrEqual(15);
    for (const rel of rels) expect([rel, A.detect(loadFixture(rel).doc)]).toEqual([rel, true]);
  });

  it('does not claim other pages, even on loopback', () => {
    const plain = new JSDOM('<!doctype html><title>Mail</title><body><div id="messagebody">hi</div></body>', {
      url: 'http://127.0.0.1:8643/',
    }).window.document;
    expect(A.detect(plain)).toBe(false);
    for (const site of ['gmail', 'outlook', 'demo', 'generic']) {
      for (const rel of siteFixtures(site)) expect([rel, A.detect(loadFixture(rel).doc)]).toEqual([rel, false]);
    }
  });

  it('is not tied to an origin (self-hosted: the user enables it)', () => {
    expect(A.matches).toEqual([]);
    expect(A.site).toBe('roundcube');
  });
});

describe('roundcube adapter: read', () => {
  it('every snapshot passes the schema, source roundcube, one per message page', () => {
    for (const rel of siteFixtures('roundcube')) {
      if (rel.includes('broken')) continue;
      for (const s of A.read(loadFixture(rel).doc)) {
        expect(() => EmailSnapshotSchema.parse(s)).not.toThrow();
        expect(s.source).toBe('roundcube');
        expect(s.lowConfidence).toBe(false);
        expect(s.text).not.toMatch(/\u00a0/);
      }
    }
  });

  it('plain text: headers, date, U+00A0 space runs normalised', () => {
    const s = read1('roundcube/corpus-2024/preview-plain.html');
    expect(s.subject).toBe('Plain text: Q2 numbers for review');
    expect(s.from).toEqual({ name: 'Bob Builder', email: 'bob@example.test' });
    expect(s.to).toEqual([{ name: 'Alice Tester', email: 'alice@example.test' }]);
    expect(s.cc.map((a) => a.email)).toEqual(['carol@example.test', 'dave@example.test']);
    expect(s.replyTo).toEqual([]);
    // Shown "2024-06-03 09:15" in the user's zone, to the minute; the page's offset is attached.
    expect(s.date).toBe('2024-06-03T09:15:00+08:00');
    expect(s.text).toContain('Revenue: 1,234,567 EUR\nCosts: 987,654 EUR');
    expect(s.text.startsWith('Hi Alice,\n\nHere are the Q2 numbers')).toBe(true);
    expect(s.quotedText).toBeNull();
    expect(s.signatureText).toBeNull();
    expect(s.threadId).toBeNull();
  });

  it('subject without the screen-reader label and the "Open in new window" link', () => {
    const s = read1('roundcube/live-1.6.5/reply-signature.html');
    expect(s.subject).toBe('Re: Pilot scope and next steps');
  });

  it('HTML mail: table and paragraphs as text, style skipped, the sender\u2019s signature block apart', () => {
    const s = read1('roundcube/corpus-2024/preview-html.html');
    expect(s.from).toEqual({ name: 'Acme Product Team', email: 'news@acme.example' });
    expect(s.text).toContain('Three things shipped this month, all available today:');
    expect(s.text).toContain('Dark mode\tBeta');
    expect(s.text).not.toContain('border');
    expect(s.text).not.toContain('Head of Product');
    expect(s.signatureText).toContain('Maria Lopez\nHead of Product, Acme Inc.');
  });

  it('Chinese HTML mail (UTF-8) and Chinese display names', () => {
    const s = read1('roundcube/corpus-2024/preview-chinese.html');
    expect(s.subject).toBe('会议纪要：第二季度项目进度');
    expect(s.from).toEqual({ name: '张伟', email: 'zhang.wei@example.cn' });
    expect(s.cc).toEqual([{ name: '王芳', email: 'wang.fang@example.cn' }]);
    expect(s.text).toContain('新版本计划于七月十五日上线；\n测试团队需要增加两名工程师；');
  });

  it('"-- " signature from span.sig, kept out of the text', () => {
    const s = read1('roundcube/corpus-2024/preview-signature.html');
    expect(s.signatureText?.startsWith('-- \nJane Doe\nSenior Account Manager | Globex Corporation')).toBe(true);
    expect(s.text.endsWith('Kind regards,')).toBe(true);
    expect(s.text).not.toContain('Globex Corporation');
  });

  it('plain-text reply chain: nested blockquotes are written back as "> " lines in place, nothing in quotedText', () => {
    const s = read1('roundcube/corpus-2024/preview-reply-chain.html');
    expect(s.text.startsWith(
      "Thanks both - Thursday 2pm works for me. I'll send the invite.\n\nCarol\n\n" +
        'On Thu, 6 Jun 2024 at 16:20, Alice Tester <alice@example.test> wrote:\n' +
        '> Carol, could we do Thursday afternoon instead? Wednesday is full.\n>\n> Alice\n>\n' +
        '> On Wed, 5 Jun 2024 at 09:05, Carol Chen <carol@example.test> wrote:\n> > Hi Alice,\n',
    )).toBe(true);
    expect(s.text).toContain('> > > Legal has approved the draft contract.');
    expect(s.quotedText).toBeNull();
    // The extractor's zone splitter takes the '>' history out of the reply.
    expect(extract(s).reply).toBe("Thanks both - Thursday 2pm works for me. I'll send the invite.\n\nCarol");
  });

  it('a quote written inline ("wrote:<blockquote>…</blockquote>Hello") keeps its lines', () => {
    const s = read1('roundcube/live-1.6.5/plain-quote-bottom.html');
    expect(s.text).toBe('On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello');
    expect(s.quotedText).toBeNull();
    expect(extract(s).reply).toBe('Hello');
  });

  it('Gmail HTML reply: the v1-prefixed gmail_quote is quoted history', () => {
    const s = read1('roundcube/live-1.6.5/html-gmail-quote.html');
    expect(s.text).toBe('Hello');
    expect(s.quotedText).toMatch(/^On Mon, Apr 2, 2012 at 6:26 PM, Megan One <xxx@gmail.com> wrote:\n+Hi$/);
  });

  it('live 1.6.5: Reply-To, a quoted "Last, First" name, Cc, quotes two deep, signature; date is the Date header\u2019s instant', () => {
    const s = read1('roundcube/live-1.6.5/reply-signature.html');
    expect(s.from).toEqual({ name: 'Sarah Miller', email: 'smiller@northwind-logistics.com' });
    expect(s.replyTo).toEqual([{ name: 'Northwind Procurement', email: 'procurement@northwind-logistics.com' }]);
    expect(s.to).toEqual([
      { name: 'Maya Patel', email: 'maya@northwind-analytics.com' },
      { name: 'Lee, Daniel', email: 'daniel.lee@northwind-analytics.com' },
    ]);
    expect(s.cc).toEqual([{ name: 'Tom Becker', email: 'tom.becker@northwind-logistics.com' }]);
    // Date: Tue, 03 Mar 2026 16:45:00 -0500, shown in the login's zone (+08:00) as 2026-03-04 05:45.
    expect(s.date).toBe('2026-03-04T05:45:00+08:00');
    expect(Date.parse(s.date!)).toBe(Date.parse('2026-03-03T16:45:00-05:00'));
    expect(s.text).toContain('We will send the signed pilot agreement by\nMarch 10');
    expect(s.text).toContain("\n> I'll send the onboarding checklist by Thursday.\n>\n> > Earlier: can you share the volumes per site?");
    expect(s.quotedText).toBeNull();
    expect(extract(s).reply).not.toContain('onboarding checklist');
    expect(s.signatureText).toBe('-- \nSarah Miller\nHead of Procurement | Northwind Logistics\nTel: +1 312 555 0142');
  });

  it('_action=show at the top level reads like the preview and gives the same id', () => {
    const preview = read1('roundcube/live-1.6.5/reply-signature.html');
    const show = read1('roundcube/live-1.6.5/show-reply-signature.html');
    expect(show).toEqual(preview);
    const p2 = read1('roundcube/corpus-2024/preview-plain.html');
    const s2 = read1('roundcube/corpus-2024/show.html');
    expect(s2.messageId).toBe(p2.messageId);
    expect(s2.text).toBe(p2.text);
  });

  it('synthetic message id: stable across reads, different per uid and per account', () => {
    const a = read1('roundcube/live-1.6.5/plain-en.html');
    expect(read1('roundcube/live-1.6.5/plain-en.html').messageId).toBe(a.messageId);
    expect(a.messageId).toMatch(/^roundcube-synth:[0-9a-f]{16}$/);
    const b = read1('roundcube/live-1.6.5/plain-zh-hans.html');
    expect(b.messageId).not.toBe(a.messageId);
    const other = edited('roundcube/live-1.6.5/plain-en.html', (h) =>
      h.replace(/"username":"[^"]*"/, '"username":"someone.else@northwind-analytics.com"'),
    );
    expect(A.read(other)[0]!.messageId).not.toBe(a.messageId);
  });

  it('GB2312 mail, 13 recipients of which Roundcube renders 10: all 13 read from the "and N more" link', () => {
    const { doc } = loadFixture('roundcube/live-1.6.5/gb2312-many-recipients.html');
    expect(doc.querySelectorAll('td.header.to span.adr').length).toBe(10);
    const s = A.read(doc)[0]!;
    expect(s.subject).toBe('华信物流二期项目评审安排');
    expect(s.from).toEqual({ name: '刘洋', email: 'liu.yang@northwind-analytics.com' });
    expect(s.to).toHaveLength(13);
    expect(s.to[0]).toEqual({ name: '王芳', email: 'wang.fang@huaxin-logistics.cn' });
    expect(s.to[12]).toEqual({ name: '沈静', email: 'shen.jing@huaxin-logistics.cn' });
    expect(new Set(s.to.map((a) => a.email)).size).toBe(13);
    expect(s.cc).toEqual([{ name: '马雅', email: 'maya@northwind-analytics.com' }]);
    expect(s.date).toBe('2026-03-09T10:30:00+08:00');
    expect(s.text).toContain('我们会在评审会后两个工作日内提交修订后的报价。');
  });

  it('"and N more" without a readable script: the 10 shown, no crash', () => {
    const doc = edited('roundcube/live-1.6.5/gb2312-many-recipients.html', (h) =>
      h.replace(/(class="morelink") onclick="[^"]*"/, '$1'),
    );
    const s = A.read(doc)[0]!;
    expect(s.to).toHaveLength(10);
    const garbled = edited('roundcube/live-1.6.5/gb2312-many-recipients.html', (h) =>
      h.replace(/(class="morelink") onclick="[^"]*"/, `$1 onclick="return rcmail.simple_dialog('&lt;span class=\\&quot;adr`),
    );
    expect(A.read(garbled)[0]!.to).toHaveLength(10);
  });

  it('Roundcube only signals List-Post; the header is present without a value', () => {
    const doc = edited('roundcube/live-1.6.5/plain-en.html', (h) => h.replace('"mailbox":"INBOX"', '"list_post":true,"mailbox":"INBOX"'));
    expect(A.read(doc)[0]!.headers).toEqual({ 'list-post': '' });
    expect(read1('roundcube/live-1.6.5/plain-en.html').headers).toEqual({});
  });

  it('pages without an open message read as []', () => {
    for (const rel of ['roundcube/corpus-2024/list.html', 'roundcube/corpus-2024/list-with-preview.html', 'roundcube/live-1.6.5/mail-top.html']) {
      expect([rel, A.read(loadFixture(rel).doc)]).toEqual([rel, []]);
    }
  });
});

describe('roundcube adapter: broken pages raise SelectorError naming the selector', () => {
  const selectorOf = (doc: Document): string => {
    try {
      A.read(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(SelectorError);
      expect((e as Error).message).not.toContain('Sarah'); // names only, never content
      return (e as SelectorError).selector;
    }
    return '(no error)';
  };

  it('renamed body', () => {
    expect(selectorOf(loadFixture('roundcube/live-1.6.5/broken-renamed-body.html').doc)).toBe('body');
  });

  it('renamed header block on a preview page', () => {
    const doc = edited('roundcube/live-1.6.5/reply-signature.html', (h) => h.replace('id="message-header"', 'id="msg-hdr"'));
    expect(selectorOf(doc)).toBe('messageHeader');
  });

  it('missing subject heading', () => {
    const doc = edited('roundcube/live-1.6.5/reply-signature.html', (h) => h.replace('<h2 class="subject">', '<h2 class="title">'));
    expect(selectorOf(doc)).toBe('subject');
  });

  it('no sender anywhere', () => {
    const doc = edited('roundcube/live-1.6.5/reply-signature.html', (h) => h.replace(/class="adr"/g, 'class="addr"'));
    expect(selectorOf(doc)).toBe('from');
  });
});

describe('roundcube adapter: dates', () => {
  const env = (date_format: string) => ({ date_format, locale: 'en_US' });
  it('follows the user\u2019s date format from the page env', () => {
    expect(roundcubeDateToIso('2026-03-02 09:12', env('yy-mm-dd'))).toBe('2026-03-02T09:12:00+08:00');
    expect(roundcubeDateToIso('02.03.2026 09:12', env('dd.mm.yy'))).toBe('2026-03-02T09:12:00+08:00');
    expect(roundcubeDateToIso('03/02/2026 9:12 pm', env('mm/dd/yy'))).toBe('2026-03-02T21:12:00+08:00');
    expect(roundcubeDateToIso('2.3.2026 12:05 AM', env('d.m.yy'))).toBe('2026-03-02T00:05:00+08:00');
  });
  it('falls back to the generic reader for another date_long, null for nonsense', () => {
    expect(roundcubeDateToIso('Mon, 2 Mar 2026 09:12', env('yy-mm-dd'))).toBe('2026-03-02T09:12:00+08:00');
    expect(roundcubeDateToIso('soon', env('yy-mm-dd'))).toBeNull();
    expect(roundcubeDateToIso('', env('yy-mm-dd'))).toBeNull();
  });
  it('reads the env from the page', () => {
    const e = roundcubeEnv(loadFixture('roundcube/live-1.6.5/plain-en.html').doc);
    expect(e['date_format']).toBe('yy-mm-dd');
    expect(e['uid']).toBe('1');
    expect(e['mailbox']).toBe('INBOX');
  });
});

describe('roundcube adapter: "and N more" script', () => {
  it('unescapes the first JS string argument', () => {
    expect(jsStringAfter(`return rcmail.simple_dialog('a \\'b\\' <\\/x>\\n\\\\', 'T')`, 'simple_dialog(')).toBe("a 'b' </x>\n\\");
    expect(jsStringAfter('simple_dialog("x\\"y")', 'simple_dialog(')).toBe('x"y');
    expect(jsStringAfter("simple_dialog('unterminated", 'simple_dialog(')).toBeNull();
    expect(jsStringAfter('nothing here', 'simple_dialog(')).toBeNull();
  });
  it('an empty or missing cell gives no addresses', () => {
    const doc = loadFixture('roundcube/live-1.6.5/plain-en.html').doc;
    expect(addressesOfCell(doc, null)).toEqual([]);
    expect(addressesOfCell(doc, doc.createElement('td'))).toEqual([]);
  });
});

describe('roundcube adapter: mailbox', () => {
  it('top-level page: the account name at the top of the folder column', () => {
    expect(A.mailbox(loadFixture('roundcube/live-1.6.5/mail-top.html').doc)).toBe('maya@northwind-analytics.com');
    expect(A.mailbox(loadFixture('roundcube/corpus-2024/list-with-preview.html').doc)).toBe('alice@example.test');
  });

  it('inside the preview iframe: from the same-origin parent page', () => {
    const top = loadFixture('roundcube/live-1.6.5/mail-top.html');
    const frame = top.doc.querySelector('iframe#messagecontframe') as HTMLIFrameElement;
    const inner = frame.contentDocument!;
    // The preview without its env script: only the parent can tell the account.
    const html = readFileSync(join(FIXTURES, 'roundcube/live-1.6.5/plain-en.html'), 'utf8').replace(/rcmail\.set_env\(\{[^\n]*\}\);/, '');
    inner.open();
    inner.write(html);
    inner.close();
    expect(inner.querySelector('#message-header')).not.toBeNull();
    expect(A.mailbox(inner)).toBe('maya@northwind-analytics.com');
  });

  it('no parent: the login name from the page env when it is an address; else null', () => {
    expect(A.mailbox(loadFixture('roundcube/live-1.6.5/plain-en.html').doc)).toBe('maya@northwind-analytics.com');
    const local = edited('roundcube/live-1.6.5/plain-en.html', (h) => h.replace(/"username":"[^"]*"/, '"username":"maya"'));
    expect(A.mailbox(local)).toBeNull();
  });
});

describe('roundcube adapter: observe and sender anchor', () => {
  it('calls back when the open message changes in place, not after stop', async () => {
    const { doc } = loadFixture('roundcube/live-1.6.5/reply-signature.html');
    let calls = 0;
    const stop = A.observe(doc, () => calls++);
    doc.querySelector('#messagebody')!.appendChild(doc.createElement('p')).textContent = 'remote content loaded';
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBeGreaterThan(0);
    stop();
    const before = calls;
    doc.querySelector('#messagebody')!.appendChild(doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(before);
  });

  it('anchors the capture button at the summary\u2019s address, for this message only', () => {
    const { doc } = loadFixture('roundcube/live-1.6.5/reply-signature.html');
    const id = A.read(doc)[0]!.messageId;
    const anchor = A.senderAnchor!(doc, id);
    expect(anchor?.matches('.header-summary .adr')).toBe(true);
    expect(anchor?.querySelector('a')?.getAttribute('href')).toBe('mailto:smiller@northwind-logistics.com');
    expect(A.senderAnchor!(doc, 'roundcube-synth:0000000000000000')).toBeNull();
    expect(A.senderAnchor!(loadFixture('roundcube/live-1.6.5/mail-top.html').doc, id)).toBeNull();
  });
});
