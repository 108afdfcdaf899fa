import { describe, expect, it } from 'vitest';
import {
  extractSenderFields, newPart, parseSignatureFields, phonesInLine, tailSignature,
} from '../../../lib/extract/signature-fields';

const fields = (sig: string, name: string, email: string) => parseSignatureFields(sig.split('\n'), name, email);

describe('phonesInLine', () => {
  it('keeps phones as written with extensions', () => {
    expect(phonesInLine('Tel: +86 21 5555 0101 | Mobile: +86 139 0000 1111')).toEqual(['+86 21 5555 0101', '+86 139 0000 1111']);
    expect(phonesInLine('p:908.555.0160 Ext. 104')).toEqual(['908.555.0160 Ext. 104']);
    expect(phonesInLine('电话：021-5555 2301  手机：139 0000 4471')).toEqual(['021-5555 2301', '139 0000 4471']);
    expect(phonesInLine('電話：02-2555-0166 分機 312')).toEqual(['02-2555-0166 分機 312']);
    expect(phonesInLine('Phone: (503) 555-0164')).toEqual(['(503) 555-0164']);
    expect(phonesInLine('美国手机：+1 214-555-0137')).toEqual(['+1 214-555-0137']);
  });
  it('skips faxes, dates, addresses and numbers in prose', () => {
    expect(phonesInLine('f:908.555.0140')).toEqual([]);
    expect(phonesInLine('Fax: +44 20 7946 0999')).toEqual([]);
    expect(phonesInLine('503.555.3740 (fax)')).toEqual([]);
    expect(phonesInLine('传真：010-5555 1234')).toEqual([]);
    expect(phonesInLine('2023-09-07 11:02')).toEqual([]);
    expect(phonesInLine('Email: 3064617854@qq.com')).toEqual([]);
    expect(phonesInLine('We shipped 1200000 units to 3 sites')).toEqual([]);
  });
});

describe('parseSignatureFields', () => {
  it('reads an English block: name, title | company, phones', () => {
    expect(fields('Wei Zhang\nKey Account Manager | LumenCloud Software\nTel: +86 21 5555 1234 | Mobile: +86 138 0000 0045', 'Wei Zhang', 'wei@lumencloud.example')).toEqual({
      title: 'Key Account Manager', company: 'LumenCloud Software', phones: ['+86 21 5555 1234', '+86 138 0000 0045'],
    });
  });
  it('keeps a title with its unit and prefers a legal company name', () => {
    const f = fields('Priya Natarajan\nAccount Director, Financial Services\nBluepeak Networks Ltd\nT: +44 20 7946 0321', 'Priya Natarajan', 'p@bluepeak.example');
    expect(f.title).toBe('Account Director, Financial Services');
    expect(f.company).toBe('Bluepeak Networks Ltd');
  });
  it('splits "Title, Company" on one line when the company matches the sender domain', () => {
    const f = fields('Sarah Miller\nDirector of IT, Northwind Logistics\n+1 312-555-0147', 'Sarah Miller', 'sm@northwind-logistics.example');
    expect(f).toEqual({ title: 'Director of IT', company: 'Northwind Logistics', phones: ['+1 312-555-0147'] });
  });
  it('reads Chinese blocks in either order and on one line', () => {
    expect(fields('王磊\n大客户经理 | 上海澜启信息科技有限公司\n电话：021-5555 2301  手机：139 0000 4471', '王磊', 'wl@lanqi.example')).toEqual({
      title: '大客户经理', company: '上海澜启信息科技有限公司', phones: ['021-5555 2301', '139 0000 4471'],
    });
    expect(fields('黄海涛\n天枢汽车零部件有限公司\n设备部经理', '黄海涛', '')).toMatchObject({ title: '设备部经理', company: '天枢汽车零部件有限公司' });
    expect(fields('林志明｜立鼎自動化股份有限公司｜0935-555-874', '林志明', '')).toEqual({ title: null, company: '立鼎自動化股份有限公司', phones: ['0935-555-874'] });
    expect(fields('天枢汽车零部件有限公司 设备部经理', '', '')).toMatchObject({ title: '设备部经理', company: '天枢汽车零部件有限公司' });
  });
  it('does not take a department for a title, and reads 总部 as the company', () => {
    expect(fields('Ken .Li 李占武 | 智算产品事业部\n电话：18500000000\n邮箱：lizw@example.com\n超云总部：北京市昌平区鲁疃路5号A座4层', '李占武', 'lizw@example.com'))
      .toEqual({ title: null, company: '超云', phones: ['18500000000'] });
  });
  it('leaves a desk name alone and skips address lines', () => {
    expect(fields('JohnAnderson\nRealtime', 'John Anderson', 'j@enron.example')).toEqual({ title: null, company: null, phones: [] });
    expect(fields('Pete Mehok\nNaviStaff, Inc.\nTechnical Recruiter\n332 Springfield Ave Suite 210\nSummit, NJ 07901\np:908.555.6960 Ext. 104\nf:908.555.6940', 'Pete Mehok', 'pm@navistaff.example'))
      .toEqual({ title: 'Technical Recruiter', company: 'NaviStaff, Inc.', phones: ['908.555.6960 Ext. 104'] });
  });
  it('reads a phone after a # mark or after the sender name on the same line', () => {
    expect(fields('Thanks,  David Poston\n# 713-555-7834', 'David Poston', '').phones).toEqual(['713-555-7834']);
    expect(fields('Barry Tycholiz - 713-555-1587.', 'Barry Tycholiz', '').phones).toEqual(['713-555-1587']);
    expect(fields('Call Bob Jones - 713-555-1587.', 'Barry Tycholiz', '').phones).toEqual([]);
  });
  it('drops the name and credentials from the name line', () => {
    expect(fields('Maria Gonzalez, CPPB\nProcurement Officer\nRedwood County Water District\n707-555-0133', 'Maria Gonzalez', 'mg@redwoodwater.example'))
      .toEqual({ title: 'Procurement Officer', company: 'Redwood County Water District', phones: ['707-555-0133'] });
    expect(fields('Alexandre Belloni, co-owner and COO, Bootlin', 'Alexandre Belloni', 'a@bootlin.com'))
      .toMatchObject({ title: 'co-owner and COO', company: 'Bootlin' });
  });
  it('keeps a legal company name that contains the sender family name', () => {
    expect(fields('Hans Müller\nMüller Maschinenbau GmbH\nTel. +49 89 1234567', 'Hans Müller', 'h@mueller-mb.example').company).toBe('Müller Maschinenbau GmbH');
  });
  it('reads Taiwanese titles and # extensions', () => {
    expect(fields('林美玲 Meiling Lin\n採購部 副理\n台灣精密工業股份有限公司\nTel: +886-2-2345-6789 #123', '林美玲', ''))
      .toEqual({ title: '採購部 副理', company: '台灣精密工業股份有限公司', phones: ['+886-2-2345-6789 #123'] });
  });
  it('stops at a rule line that opens a banner or disclaimer', () => {
    expect(fields('Thanks,\nSheng Yong\n________________________________\nOPPO', 'Sheng Yong', 's@oppo.com').company).toBeNull();
  });
  it('does not read slogans or prose as a company', () => {
    expect(fields('Johnathan Mantey\nContributing to Technology Innovation since 1992', 'Johnathan Mantey', 'j@intel.com').company).toBeNull();
  });
});

describe('finding the block', () => {
  it('cuts the new part at the first quote marker', () => {
    expect(newPart('Hi\n\nOn Mon, Bob wrote:\n> old')).toBe('Hi\n');
    expect(newPart('好的\n\n在 2024年1月1日，张三 写道：\n> 旧')).toBe('好的\n');
    expect(newPart('ok\n-----Original Message-----\nFrom: x')).toBe('ok');
  });
  it('anchors on the sender name, a closing or a -- line', () => {
    expect(tailSignature('Body line.\n\nThanks,\nKevin\n\nKevin O\'Brien\nCrestline Industrial Supply\n503-555-0172', "Kevin O'Brien")?.[0]).toBe('Kevin');
    expect(tailSignature('Body.\n-- \nJ. Doe\nACME', 'Someone Else')).toEqual(['J. Doe', 'ACME']);
    expect(tailSignature('Just a body line with no sign-off at all.', 'Ann Lee')).toBeNull();
  });
  it('takes a last paragraph that opens with a bare name (a person signing with another name)', () => {
    expect(tailSignature('黃先生您好：\n\n內容。\n\n李嘉欣\n資訊科技採購經理\n華岡銀行有限公司\n電話：+852 2555 7710', 'Karen Lee'))
      .toEqual(['李嘉欣', '資訊科技採購經理', '華岡銀行有限公司', '電話：+852 2555 7710']);
  });
  it('ignores a contact block that is not the sender signature (job ad)', () => {
    const reply = '招聘启事\n\n有意者请将简历发至 hr@example.com\n联系人：张先生\n电话：010-5555 3271';
    expect(extractSenderFields({ signature: null, reply, senderName: 'xin', senderEmail: 'xin@example.edu' }))
      .toEqual({ title: null, company: null, phones: [] });
  });
  it('ignores signatures inside quoted text', () => {
    const reply = 'Thanks, will do.\n\nOn Mon, Ann Lee wrote:\n> Ann Lee\n> Director of IT\n> Tel: +1 312-555-0147';
    expect(extractSenderFields({ signature: null, reply, senderName: 'Bob Stone', senderEmail: 'bob@example.com' }).phones).toEqual([]);
  });
  it('uses a -- signature under the quoted history', () => {
    const text = 'Ratan,\n\nWe are not using Windows.\n\nOn 5/4/20, Ratan wrote:\n> quoted\n>> older\n\n-- \nJohnathan Mantey\nSenior Software Engineer\nPhone: (503) 555-6764';
    const f = extractSenderFields({ signature: null, reply: text, text, senderName: 'Johnathan Mantey', senderEmail: 'j@example.com' });
    expect(f).toEqual({ title: 'Senior Software Engineer', company: null, phones: ['(503) 555-6764'] });
  });
  it('prefers the zones signature when there is one', () => {
    const f = extractSenderFields({ signature: 'Na Li\nCustomer Success Manager\nLumenCloud Software\n+86 21 5555 1290', reply: 'Hi,\n\nDone.\n\nRegards,\nNa', senderName: 'Na Li', senderEmail: 'na.li@lumencloud.example' });
    expect(f).toEqual({ title: 'Customer Success Manager', company: 'LumenCloud Software', phones: ['+86 21 5555 1290'] });
  });
});
