import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitZones } from '../../../lib/extract/zones';
import { htmlToText } from '../../../lib/extract/html-text';
import { parseMime } from '../../../lib/extract/mime';

const FIX = resolve(__dirname, '../../fixtures/zones');
const reply = (text: string, opts = {}): string => splitZones(text, opts).reply;
const sig = (text: string, opts = {}): string | null => splitZones(text, opts).signature;

/** score-zones.mjs normalisation: lines trimmed, blank runs collapsed, ends trimmed. */
function norm(s: string): string {
  const out: string[] = [];
  for (const l of s.replace(/\r\n?/g, '\n').split('\n').map((x) => x.trim())) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

describe('quoted history', () => {
  it('cuts at "On ... wrote:" and drops the > block', () => {
    const t = 'Sounds good, I will send it tomorrow.\n\nOn Mon, Jan 4, 2021 at 9:00 AM Bob <bob@x.org> wrote:\n> Can you send it?\n> Thanks';
    expect(reply(t)).toBe('Sounds good, I will send it tomorrow.');
    expect(splitZones(t).quoted).toContain('> Can you send it?');
  });
  it('recognises an attribution wrapped over two lines, and over blank lines with "> wrote:"', () => {
    expect(reply('Yes.\n\nOn Mon, Feb 1, 2016 at 6:32 PM, Jeff Atwood <info@discourse.org>\nwrote:\n\n> quoted')).toBe('Yes.');
    expect(reply('Yes.\n\nOn Thu, 31 Mar 2016 at 11:16 Some One\n\n<\nmailto:Some One <some.one@foo.bar>\n> wrote:\n\nold text')).toBe('Yes.');
  });
  it('recognises attributions in other languages', () => {
    for (const a of [
      'Am 21.04.2016 17:48 schrieb "Einz Zwei" <noreply@example.com>:',
      'Le 15 janv. 2024 à 14:30, Pierre Dubois <pierre@example.fr> a écrit :',
      'El lun., 4 ene. 2021 a las 9:00, Ana (<ana@example.es>) escribió:',
      '23 mar 2017 21:25 "Neil Lalonde" <meta@example.com> napisał(a):',
      'ср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com>:',
      '2016-10-24 15:36 GMT+02:00 Foo bar <info@foo.bar>:',
      '在 2016年12月12日，下午8:45，Erlend <meta@example.com> 写道：',
      '李占武 <lizw@example.cn> 于2023年9月4日周一 22:46写道：',
      'Tyrone Ting <warp5tw@example.com> 於 2022年5月11日 週三 上午8:25寫道：',
      '2022年1月1日(金) 9:00 田中太郎 <taro@example.com>:',
    ]) {
      expect(reply(`New text here.\n\n${a}\n> old text`), a).toBe('New text here.');
    }
  });
  it('does not take "On ..." sentences for attributions', () => {
    const t = 'On average, this works well.\nOn a separate note, I wrote the docs.';
    expect(reply(t)).toBe(t);
  });
  it('cuts at -----Original Message----- and at an Outlook header block in EN, zh-CN and zh-TW', () => {
    expect(reply('Fine.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nTo: Ann\nSubject: x\n\nold')).toBe('Fine.');
    expect(reply('Fine.\n\n________________________________\nFrom: Bob <bob@x.org>\nSent: Monday, January 4, 2021 9:00 AM\nTo: Ann\nSubject: RE: x\n\nold')).toBe('Fine.');
    expect(reply('好的，我明天发给你。\n\n发件人: 王磊 <wl@x.cn>\n发送时间: 2021年10月1日 15:52\n收件人: 李明\n主题: 报价\n\n旧邮件')).toBe('好的，我明天发给你。');
    expect(reply('好的。\n\n寄件者: 吳秉昌 <w@x.tw>\n寄件日期: 2021年10月1日 下午 03:52\n收件者: 林\n主旨: 報價\n\n舊郵件')).toBe('好的。');
    expect(reply('Fine.\n\n*From:* Outlook user\n*Sent:* 2016-01-27\n*To:* info@discourse.org\n*Subject:* x\n\nold')).toBe('Fine.');
  });
  it('cuts at QQ/Foxmail "原始邮件" and "邮件原件" separators', () => {
    expect(reply('收到，谢谢！\n\n------------------ 原始邮件 ------------------\n发件人: "张三"<z@x.cn>;\n发送时间: 2021年10月1日(星期五) 下午3:52\n收件人: "李四"<l@x.cn>;\n主题: 报价\n\n旧')).toBe('收到，谢谢！');
    expect(reply('OK\n\n-----邮件原件-----\n发件人: A\n发送时间: B\n\nold')).toBe('OK');
  });
  it('handles BBS quoting: 【 在 xxx 的大作中提到: 】 and ": " lines', () => {
    const t = '我同意，下周再讨论。\n【 在 abc (小明) 的大作中提到: 】\n: 大家觉得怎么样？\n: 请回复';
    expect(reply(t)).toBe('我同意，下周再讨论。');
    expect(reply('我明天把日志发给你。\n: 请问问题解决了吗？\n: 谢谢')).toBe('我明天把日志发给你。');
  });
  it('drops a forwarded-message header opening the message and keeps what was forwarded', () => {
    const t = '---------- Forwarded message ----------\nFrom: Some One <foo@bar.com>\nDate: Thu, Jan 28, 2016 at 4:00 PM\nSubject: Some subject that\nspans over 2 lines\nTo: info@x.org\n\n\nThis is a forwarded email.';
    expect(reply(t)).toBe('This is a forwarded email.');
  });
  it('cuts a forward below new text', () => {
    expect(reply('FYI, see below.\n\nBegin forwarded message:\n\nFrom: A\nSubject: x\nDate: y\n\nold')).toBe('FYI, see below.');
  });
  it('keeps inline answers and drops the quotes between them', () => {
    const t = 'Hi,\n\nOn Mon, Jan 4, 2021 at 9:00 AM Bob <bob@x.org> wrote:\n> Can you do A?\n\nYes, I will do A by Friday.\n\n> And B?\n\nB is done.';
    expect(norm(reply(t))).toBe('Hi,\n\nYes, I will do A by Friday.\n\nB is done.');
  });
  it('drops an attribution that opens the message (bottom posting) and reads what follows', () => {
    expect(reply('On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\n\nHello there')).toBe('Hello there');
  });
});

describe('trailers: device lines, -- signature, disclaimer', () => {
  it('removes device lines in several languages', () => {
    for (const d of ['Sent from my iPhone', '发自我的iPhone', '从我的 iPad 发送', '從我的 iPhone 傳送', 'Envoyé de mon iPhone', 'Von meinem iPhone gesendet', 'Get Outlook for iOS<https://aka.ms/o0ukef>', '发自我的华为手机']) {
      expect(reply(`I'll call you tomorrow.\n\n${d}`), d).toBe("I'll call you tomorrow.");
    }
  });
  it('does not take "Sent:" headers or sentences about sending for device lines', () => {
    const t = 'This email was sent from our automated system, not Sent from my iPad.\nAll messages are sent from the main server.';
    expect(reply(t)).toBe(t);
  });
  it('moves a "-- " block out of the reply into the signature', () => {
    const z = splitZones('See you then.\n\n-- \nJohn Doe\nSales Director, Acme Inc.\n+1 555 010 2030', { senderName: 'John Doe' });
    expect(z.reply).toBe('See you then.');
    expect(z.signature).toContain('Sales Director, Acme Inc.');
    expect(z.signature).toContain('+1 555 010 2030');
  });
  it('reads a bare "--" from HTML as a delimiter when a short block follows, closing included', () => {
    const z = splitZones('Happy to walk you through it.\n\nKind regards,\n\n--\nJane Doe\nSenior Account Manager | Globex Corporation\nPhone: +1 (555) 010-2345', { senderName: 'Jane Doe' });
    expect(z.reply).toBe('Happy to walk you through it.\n\nKind regards,');
    expect(z.signature).toBe('Kind regards,\nJane Doe\nSenior Account Manager | Globex Corporation\nPhone: +1 (555) 010-2345');
    const long = 'Agenda\n--\n' + 'We will review the contract terms in detail with the legal team on Monday morning.\n'.repeat(3);
    expect(reply(long)).toBe(long.trim());
  });
  it('removes a legal disclaimer at the end', () => {
    const z = splitZones('Please review the contract by Friday.\n\nThanks,\nAnn\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.', { senderName: 'Ann Lee' });
    expect(z.reply).toBe('Please review the contract by Friday.\n\nThanks,\nAnn');
    expect(z.disclaimer).toContain('CONFIDENTIALITY NOTICE');
    const zh = splitZones('请在周五前回复。\n\n王磊\n\n本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。', { senderName: '王磊' });
    expect(zh.reply).toBe('请在周五前回复。\n\n王磊');
  });
  it('does not take an ordinary "do not forward" ask for a disclaimer', () => {
    const t = "Please do not forward this yet. I'll send the final version Friday.\n\nThanks,\nAnn";
    expect(splitZones(t, { senderName: 'Ann Lee' })).toMatchObject({ reply: t, disclaimer: null });
    const w = splitZones('Review by Friday.\n\nAnn\n\nThis message is confidential. Unauthorized use is strictly prohibited; please delete it and notify the sender.');
    expect(w.reply).toBe('Review by Friday.\n\nAnn');
  });
  it('removes a mailing-list footer under a rule', () => {
    const t = 'I will test it next week.\n\n_______________________________________________\nriak-users mailing list\nriak-users@lists.example.com\nhttp://lists.example.com/mailman/listinfo/riak-users';
    expect(reply(t)).toBe('I will test it next week.');
  });
  it('drops trailing rules and delimiter lines but not a dashed phrase inside text', () => {
    expect(norm(reply('This is not a ---------- delimiter.\n\nLast line\n\nᐧ\n--\n***\n####\n~~~~~'))).toBe('This is not a ---------- delimiter.\n\nLast line');
  });
});

describe('signature', () => {
  it('keeps a closing and bare name in the reply and marks them as the signature', () => {
    const z = splitZones('Please send me an e-mail to let me know.  Thanks.\n\nRegards,\nTim', { senderName: 'Belden  Tim' });
    expect(z.reply).toBe('Please send me an e-mail to let me know.  Thanks.\n\nRegards,\nTim');
    expect(z.signature).toBe('Regards,\nTim');
  });
  it('recognises a bare known first name and a name with title, company and phones', () => {
    expect(sig('I changed the tags to 27662 and 27665.\n\nBert', { senderName: 'Meyers' })).toBe('Bert');
    expect(sig('Here is the report.\n\nJ. E. McGrath\nManager\nOperations Planning', { senderName: 'CustomerNotices' })).toBe('J. E. McGrath\nManager\nOperations Planning');
    const s = sig('Hope this helps!\n\nJohn Oh\nEnron North America\t\t503.464.5066\n121 SW Salmon Street\t\t503.701.1160 (cell)\nPortland, OR 97204', { senderName: 'Oh  John' });
    expect(s?.split('\n')[0]).toBe('John Oh');
    expect(s).toContain('503.701.1160 (cell)');
  });
  it('reads one-line "Name | Title | Company | phone" signatures and sender initials', () => {
    const s = sig("I'll send the list by EOD.\n\nBest,\nPriya\n\nPriya Natarajan | Account Director | Bluepeak Networks Ltd | +44 20 7946 0321", { senderName: 'Priya Natarajan' });
    expect(s).toContain('Bluepeak Networks Ltd');
    expect(s?.startsWith('Best,')).toBe(true);
    expect(sig('Call me on my cell.\n\nThanks, BT', { senderName: 'Barry Tycholiz' })).toBe('Thanks, BT');
  });
  it('reads a Chinese signature block', () => {
    const t = '我们会在本周五前把正式报价发给您。\n\n有任何问题随时联系我。\n\n王磊\n大客户经理 | 上海澜启信息科技有限公司\n电话：021-6188 2301  手机：139 1623 4471';
    const z = splitZones(t, { senderName: '王磊' });
    expect(z.signature).toBe('王磊\n大客户经理 | 上海澜启信息科技有限公司\n电话：021-6188 2301  手机：139 1623 4471');
    expect(z.reply).toContain('有任何问题随时联系我。');
  });
  it('finds no signature where there is none', () => {
    expect(sig('Call Kim')).toBeNull();
    expect(sig('This was completed just in case.\nThanks')).toBeNull();
    expect(sig("Cara's new number is\n503-810-1105", { senderName: 'Semperger' })).toBeNull();
    expect(sig('Please read the document at:\nhttp://172.17.172.62/inf/default.html')).toBeNull();
    expect(sig('Love, Aunt Mary Lou\nP.S. Uncle Bob sends his love.\nP.P.S. Come see us anytime!!!!')).toBeNull();
    expect(sig('Names:\nQureishi\tIbrahim\nTurnipseed\tEdith\nWong\tMichael', { senderName: 'Belden Tim' })).toBeNull();
  });
  it('uses a signature the source already separated', () => {
    expect(sig('Body', { signatureText: ' Ann Lee\nCEO ' })).toBe('Ann Lee\nCEO');
  });
  it('takes a "-- " signature under >-quoted history as the sender\'s', () => {
    const t = 'Agreed.\n\nOn Mon, Jan 4, 2021 at 9:00 AM Bob <bob@x.org> wrote:\n> question\n\n-- \nJohnathan Mantey\nSenior Software Engineer\nPhone: (503) 712-6764';
    const z = splitZones(t, { senderName: 'Johnathan Mantey' });
    expect(z.reply).toBe('Agreed.');
    expect(z.signature).toContain('Senior Software Engineer');
  });
});

describe('fixtures copied from public reply parsers', () => {
  const dir = join(FIX, 'reply');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => f.replace(/\.eml$/, ''));
  it.each(ids)('discourse %s gives the gold reply', async (id) => {
    const s = await parseMime(new Uint8Array(readFileSync(join(dir, `${id}.eml`))));
    const z = splitZones(s.text, { senderName: s.from?.name ?? '', senderEmail: s.from?.email ?? '' });
    expect(norm(z.reply)).toBe(norm(readFileSync(join(dir, `${id}.gold.txt`), 'utf8')));
  });
  const q = (f: string): string => readFileSync(join(FIX, 'quotes', f), 'utf8');
  it('keeps a phone under the sign-off out of the history (Swedish)', () => {
    const z = splitZones(q('alfonsrv_email_sv_anon_1.txt'));
    expect(z.reply.endsWith('070-0000000')).toBe(true);
    expect(z.quoted.startsWith('ons 4 dec. 2024')).toBe(true);
  });
  it('takes both halves of a wrapped Finnish attribution', () => {
    const z = splitZones(q('crisp_email_finnish.txt'));
    expect(z.reply).not.toMatch(/lokakuuta|kirjoitti/);
  });
  it('takes "==== / Message du : ..." lead-in lines into the history', () => {
    const z = splitZones(q('crisp_email_9.txt'));
    expect(z.reply).not.toMatch(/Message du|====/);
  });
  it('cuts at a zh-CN header block in an otherwise Latin message', () => {
    expect(splitZones(q('willdurand_email_22.txt')).reply).not.toContain('发件人');
  });
  it('drops a mailing-list footer', () => {
    expect(splitZones(q('crisp_email_1.txt')).reply).not.toMatch(/mailing list|listinfo/);
  });
  it('does not cut at "From:" inside a sentence', () => {
    expect(splitZones(q('crisp_email_tricky_4_from_in_body.txt')).reply).toContain('This is the actual message content.');
  });
  it('reads HTML replies (Hotmail Date-first header block, Outlook 2010) through html-text', () => {
    expect(splitZones(htmlToText(q('talon_hotmail.html'))).reply).toBe('Hi. I am fine.\n\nThanks,\nAlex');
    expect(norm(splitZones(htmlToText(q('talon_ms_outlook_2010.html'))).reply)).toBe('Hi. I am fine.\n\nThanks,\n\nAlex'.replace(/\n\n\n/g, '\n\n'));
  });
});

describe('slow inputs finish (real timing goes to the bench)', () => {
  const timed = (f: () => unknown): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  // generous bounds: the machine may be shared; a backtracking regex would take minutes
  it('splits a 1 MB body', () => {
    const body = 'We will send the revised quote by Friday. Please confirm the PO number.\n'.repeat(14_000);
    expect(timed(() => splitZones(body, { senderName: 'Ann Lee' }))).toBeLessThan(5_000);
  });
  it('splits 10,000 lines of deep quoting', () => {
    const t = 'Hi\n' + Array.from({ length: 10_000 }, (_, i) => '>'.repeat(1 + (i % 60)) + ' line ' + i).join('\n');
    expect(timed(() => splitZones(t))).toBeLessThan(5_000);
  });
  it('splits a 200 kB single line, and lines built to trip backtracking', () => {
    expect(timed(() => splitZones('a'.repeat(200_000)))).toBeLessThan(5_000);
    expect(timed(() => splitZones('12 '.repeat(70_000)))).toBeLessThan(5_000);
    expect(timed(() => splitZones(' '.repeat(300_000) + 'wrote:'))).toBeLessThan(5_000);
    expect(timed(() => splitZones(`On ${'1 '.repeat(100_000)} wrote:`))).toBeLessThan(5_000);
    expect(timed(() => splitZones('From: a\n'.repeat(20_000)))).toBeLessThan(5_000);
  });
  it('converts large and hostile HTML', () => {
    expect(timed(() => htmlToText('<div><blockquote>'.repeat(2000) + '<p>hi &amp; bye</p>'.repeat(20_000)))).toBeLessThan(5_000);
    expect(timed(() => htmlToText('<'.repeat(300_000)))).toBeLessThan(5_000);
    expect(timed(() => htmlToText('<a title="'.repeat(50_000)))).toBeLessThan(5_000);
  });
});
