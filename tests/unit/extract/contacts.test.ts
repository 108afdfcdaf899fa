import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/model/email';
import { extractContacts } from '../../../lib/extract/contacts';

function snap(p: Partial<EmailSnapshot>): EmailSnapshot {
  return {
    messageId: '<t@example>', threadId: null, subject: '', from: null, replyTo: [], to: [], cc: [],
    date: null, text: '', quotedText: null, signatureText: null, headers: {}, source: 'mime',
    lowConfidence: false, ...p,
  };
}
const zones = (reply: string, signature: string | null = null) => ({ reply, signature, quoted: '', disclaimer: null });

describe('extractContacts', () => {
  it('gives one entry per address, lower-cased, first header wins, with the headers that named it', () => {
    const s = snap({
      from: { name: 'Zhang, Wei', email: 'Wei.Zhang@LumenCloud.example' },
      to: [{ name: 'Sarah Miller', email: 'smiller@northwind.example' }],
      cc: [{ name: 'Sarah M.', email: 'SMILLER@northwind.example' }, { name: '', email: 'noreply@crm.example' }],
    });
    const c = extractContacts(s, zones('Hi'));
    expect(c.map((x) => [x.email, x.name, x.person, x.headers.join('+')])).toEqual([
      ['wei.zhang@lumencloud.example', 'Wei Zhang', true, 'from'],
      ['smiller@northwind.example', 'Sarah Miller', true, 'to+cc'],
      ['noreply@crm.example', '', false, 'cc'],
    ]);
  });

  it('takes the person behind a list-rewritten From from Reply-To and marks the list', () => {
    const s = snap({
      from: { name: 'Chunhai Guo via Linux-erofs', email: 'linux-erofs@lists.ozlabs.org' },
      replyTo: [{ name: 'Chunhai Guo', email: 'guochunhai@vivo.example' }],
      to: [{ name: 'Gao Xiang', email: 'xiang@kernel.example' }],
      headers: { 'list-id': 'Development of Linux EROFS <linux-erofs.lists.ozlabs.org>' },
    });
    const c = extractContacts(s, zones('Looks good.'));
    const list = c.find((x) => x.email === 'linux-erofs@lists.ozlabs.org');
    const person = c.find((x) => x.email === 'guochunhai@vivo.example');
    expect(list).toMatchObject({ person: false, name: '' });
    expect(person).toMatchObject({ person: true, name: 'Chunhai Guo', headers: ['reply-to'] });
  });

  it('gives title, company, phones and a role hint to the sender only', () => {
    const s = snap({
      from: { name: 'Tom Hughes', email: 'tom.hughes@granitebank.example' },
      to: [{ name: 'Priya Natarajan', email: 'priya@bluepeak.example' }],
      text: 'Dear Priya,\n\nPlease send the pricing schedule.\n\nRegards,\nTom Hughes\nSenior Procurement Manager\nGranite Bank plc\n+44 20 7946 0875\n\nOn Mon, Priya Natarajan wrote:\n> Priya Natarajan\n> Account Director\n> Bluepeak Networks Ltd\n> T: +44 20 7946 0321',
    });
    const c = extractContacts(s, zones(s.text));
    expect(c[0]).toMatchObject({
      title: 'Senior Procurement Manager', company: 'Granite Bank plc', phones: ['+44 20 7946 0875'],
      roleHint: { role: 'purchaser', evidence: 'Senior Procurement Manager' },
    });
    expect(c[1]).toMatchObject({ title: null, company: null, phones: [], roleHint: null });
  });

  it('reads a from header the reader could not parse, and skips non-Internet addresses', () => {
    const s = snap({ from: null, headers: { from: 'Meyers, Albert [mailto:Bert.Meyers@enron.example]' } });
    expect(extractContacts(s, zones('x'))).toMatchObject([{ email: 'bert.meyers@enron.example', name: 'Albert Meyers' }]);
    const t = snap({ from: { name: 'Dean', email: 'drozdiak@ect' } });
    expect(extractContacts(t, zones('x'))).toEqual([]);
    const u = snap({ from: { name: '', email: 'mmeyers@kptv.example]' } });
    expect(extractContacts(u, zones('x')).map((x) => x.email)).toEqual(['mmeyers@kptv.example']);
  });

  it('keeps the directory double space the reader collapsed, from the raw header', () => {
    const s = snap({ from: { name: 'Oh John', email: 'john.oh@enron.example' }, headers: { from: '"Oh  John" <john.oh@enron.example>' } });
    expect(extractContacts(s, zones('x'))[0]!.name).toBe('John Oh');
  });

  it('marks Cc lists named by the list headers even with an anonymised address', () => {
    const s = snap({
      from: { name: 'gan', email: 'gan@example.edu' },
      to: [{ name: '', email: 'xu@example.edu' }],
      cc: [{ name: 'ccertstaff', email: 'xue@example.edu' }],
      headers: { sender: 'owner-ccertstaff@home.example.edu', precedence: 'bulk' },
    });
    expect(extractContacts(s, zones('x')).map((c) => c.person)).toEqual([true, true, false]);
  });

  it('reads the zones signature when the splitter found one', () => {
    const s = snap({ from: { name: '陳怡君', email: 'yijun@shenghe.example.tw' } });
    const c = extractContacts(s, zones('張課長您好：\n\n報價單會在週五前寄給您。', '陳怡君\n業務經理｜晟禾資訊股份有限公司\n電話：02-2555-5566 分機 312\n手機：0912-555-678'));
    expect(c[0]).toMatchObject({
      title: '業務經理', company: '晟禾資訊股份有限公司', phones: ['02-2555-5566 分機 312', '0912-555-678'],
      roleHint: null, // vendor-side sales title: not a member of the customer's committee
    });
  });
});
