import { describe, expect, it } from 'vitest';
import {
  classifyAddress, isEmailAddress, listInfoFromHeaders, looksLikePersonName, normaliseDisplayName,
  parseAddress, parseAddressList, splitViaList,
} from '../../../lib/extract/addresses';

const noLists = { addresses: new Set<string>(), names: new Set<string>() };

describe('normaliseDisplayName', () => {
  it('flips "Last, First" and keeps middle initials', () => {
    expect(normaliseDisplayName('Wang, Li')).toBe('Li Wang');
    expect(normaliseDisplayName('Bills, Jason M')).toBe('Jason M Bills');
    expect(normaliseDisplayName("O'Brien, Kevin")).toBe("Kevin O'Brien");
  });
  it('keeps credentials and suffixes after a comma as written', () => {
    expect(normaliseDisplayName('Maria Gonzalez, CPPB')).toBe('Maria Gonzalez, CPPB');
    expect(normaliseDisplayName('John Smith, Jr.')).toBe('John Smith, Jr.');
  });
  it('reverses directory names written "Last  First" with two spaces', () => {
    expect(normaliseDisplayName('Oh  John')).toBe('John Oh');
    expect(normaliseDisplayName('McMichael Jr.  Ed')).toBe('Ed McMichael Jr.');
    expect(normaliseDisplayName('Williams III')).toBe('Williams III');
    expect(normaliseDisplayName('Dhandapani,  Abinaya')).toBe('Abinaya Dhandapani');
  });
  it('keeps Chinese names as written and joins a family，given comma', () => {
    expect(normaliseDisplayName('吳秉昌')).toBe('吳秉昌');
    expect(normaliseDisplayName('陳，松儉')).toBe('陳松儉');
    expect(normaliseDisplayName('杨勇兵(末岩)')).toBe('杨勇兵(末岩)');
  });
  it('strips quotes, bidi marks, list and site suffixes', () => {
    expect(normaliseDisplayName('"\'toefl\'"')).toBe('toefl');
    expect(normaliseDisplayName('\u202a\u202aJeff Chan\u202c\u202c')).toBe('Jeff Chan');
    expect(normaliseDisplayName('Chunhai Guo via Linux-erofs')).toBe('Chunhai Guo');
    expect(normaliseDisplayName('Ann Lee (via list)')).toBe('Ann Lee');
    expect(normaliseDisplayName('Chris Chen (TPI)')).toBe('Chris Chen');
    expect(normaliseDisplayName('Garrett, Mike (HPE Server Firmware)')).toBe('Mike Garrett');
    expect(normaliseDisplayName('Bruce Lee (李昀峻)')).toBe('Bruce Lee (李昀峻)');
    expect(normaliseDisplayName('Velumani T-ERS,HCLTech')).toBe('Velumani T');
    expect(normaliseDisplayName('Darrick J . Wong')).toBe('Darrick J. Wong');
  });
  it('gives "" for an address used as a name', () => {
    expect(normaliseDisplayName('a.b@example.com')).toBe('');
    expect(normaliseDisplayName("'linux-erofs@lists.ozlabs.org'")).toBe('');
  });
  it('keeps handles as written', () => {
    expect(normaliseDisplayName('krtaylor')).toBe('krtaylor');
    expect(normaliseDisplayName('Jianhua1 Hao 郝建华')).toBe('Jianhua1 Hao 郝建华');
  });
});

describe('address parsing', () => {
  it('reads angle, mailto and comment forms', () => {
    expect(parseAddress('Pete Mehok [mailto:pm@navistaff.com]')).toEqual({ name: 'Pete Mehok', email: 'pm@navistaff.com' });
    expect(parseAddress('"Wang, Li" <Li.Wang@Example.com>')).toEqual({ name: '"Wang, Li"', email: 'li.wang@example.com' });
    expect(parseAddress('kiiali@example.com.tw (CPATCH)')).toEqual({ name: 'CPATCH', email: 'kiiali@example.com.tw' });
    expect(parseAddress('Ring')).toEqual({ name: 'Ring', email: '' });
  });
  it('splits lists without breaking "Last, First" names', () => {
    const l = parseAddressList('"Wang, Li" <li@a.com>, Bob <bob@b.org>, c@d.net');
    expect(l.map((a) => a.email)).toEqual(['li@a.com', 'bob@b.org', 'c@d.net']);
  });
  it('rejects addresses without an Internet domain', () => {
    expect(isEmailAddress('drozdiak@ect')).toBe(false);
    expect(isEmailAddress('a@b.co')).toBe(true);
  });
  it('splits "X via List"', () => {
    expect(splitViaList('Gao Xiang via Linux-erofs')).toEqual({ person: 'Gao Xiang', list: 'Linux-erofs' });
    expect(splitViaList('Gao Xiang')).toBeNull();
  });
});

describe('classifyAddress', () => {
  it('marks list hosts and list headers as lists', () => {
    expect(classifyAddress({ name: '', email: 'openbmc@lists.ozlabs.org' }, noLists)).toBe('list');
    expect(classifyAddress({ name: 'LKML', email: 'linux-kernel@vger.kernel.org' }, noLists)).toBe('list');
    const lists = listInfoFromHeaders({
      'list-post': '<mailto:toefl@server.example.com>',
      sender: 'owner-ccertstaff@home.example.edu',
    });
    // An anonymised address whose display name is the list's name.
    expect(classifyAddress({ name: "'toefl'", email: 'lai@example.edu' }, lists)).toBe('list');
    expect(classifyAddress({ name: 'ccertstaff', email: 'xue@example.edu' }, lists)).toBe('list');
    expect(classifyAddress({ name: 'duanhx', email: 'ling@example.edu' }, lists)).toBe('person');
  });
  it('reads List-Id', () => {
    const lists = listInfoFromHeaders({ 'list-id': 'Development of X <linux-erofs.lists.ozlabs.org>' });
    expect(lists.addresses.has('linux-erofs@lists.ozlabs.org')).toBe(true);
  });
  it('marks robots whatever their display name', () => {
    expect(classifyAddress({ name: 'GitHub', email: 'noreply@github.com' }, noLists)).toBe('robot');
    expect(classifyAddress({ name: 'Ann Lee', email: 'notifications@example.com' }, noLists)).toBe('robot');
    expect(classifyAddress({ name: '', email: 'mailer-daemon@example.com' }, noLists)).toBe('robot');
  });
  it('marks role mailboxes and departments, but keeps a person using a role address', () => {
    expect(classifyAddress({ name: 'Granite Bank Tenders', email: 'tenders@granitebank.example' }, noLists)).toBe('role');
    expect(classifyAddress({ name: 'Procurement', email: 'procurement@water.example' }, noLists)).toBe('role');
    expect(classifyAddress({ name: '中原物流采购部', email: 'cgb@zyl.example.cn' }, noLists)).toBe('role');
    expect(classifyAddress({ name: '仁和醫院採購組', email: 'purchase@hosp.example.tw' }, noLists)).toBe('role');
    expect(classifyAddress({ name: 'BMC-SW', email: 'BMC-SW@aspeedtech.com' }, noLists)).toBe('role');
    expect(classifyAddress({ name: '', email: 'kernel-team@android.com' }, noLists)).toBe('role');
    expect(classifyAddress({ name: 'Mike Dolan', email: 'manager@lfprojects.org' }, noLists)).toBe('person');
    expect(classifyAddress({ name: 'Dev Patel', email: 'dev@patel.example' }, noLists)).toBe('person');
    expect(classifyAddress({ name: '王科', email: 'wangke@example.cn' }, noLists)).toBe('person');
    expect(classifyAddress({ name: '', email: 'li.ar@example.com' }, noLists)).toBe('person');
    expect(classifyAddress({ name: '', email: 'linux@roeck-us.net' }, noLists)).toBe('person');
    expect(classifyAddress({ name: '', email: 'linux-mm@kvack.org' }, noLists)).toBe('list');
    expect(classifyAddress({ name: '', email: 'qemu-devel@nongnu.org' }, noLists)).toBe('role');
  });
  it('recognises personal names', () => {
    expect(looksLikePersonName('Mike Dolan')).toBe(true);
    expect(looksLikePersonName('吳秉昌')).toBe(true);
    expect(looksLikePersonName('Enron General Announcements')).toBe(false);
    expect(looksLikePersonName('krtaylor')).toBe(false);
  });
});
