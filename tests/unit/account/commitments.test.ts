import { describe, expect, it } from 'vitest';
import {
  addDays, commitmentOrgId, commitmentState, findDeliveryCue, isOverdue, lapsedOnArrival, messageOrgIds, namesMatch, overlapScore, resolveSide, type Party,
} from '../../../lib/account/commitments';

const anna: Party = { email: 'anna@northwind.com', name: 'Anna Berg', internal: true };
const jonas: Party = { email: 'jonas@northwind.com', name: 'Jonas Weber', internal: true };
const tom: Party = { email: 'tom@brightwater.co.uk', name: 'Tom Hughes', internal: false };
const priya: Party = { email: 'priya@brightwater.co.uk', name: 'Priya Nair', internal: false };
const wang: Party = { email: 'wangfang@huaxin.cn', name: '王芳', internal: false };

describe('commitment state against today', () => {
  const base = { status: 'open' as const, due: '2026-11-20', snoozedUntil: null };
  it('overdue, due soon, open; snoozed hides; done and dismissed win', () => {
    expect(commitmentState(base, '2026-11-21')).toBe('overdue');
    expect(commitmentState(base, '2026-11-20')).toBe('due-soon');
    expect(commitmentState(base, '2026-11-13')).toBe('due-soon');
    expect(commitmentState(base, '2026-11-12')).toBe('open');
    expect(commitmentState({ ...base, due: null }, '2030-01-01')).toBe('open');
    expect(commitmentState({ ...base, snoozedUntil: '2026-11-25' }, '2026-11-21')).toBe('snoozed');
    expect(commitmentState({ ...base, snoozedUntil: '2026-11-25' }, '2026-11-25')).toBe('overdue');
    expect(commitmentState({ ...base, status: 'done' }, '2026-12-01')).toBe('done');
    expect(commitmentState({ ...base, status: 'dismissed' }, '2026-12-01')).toBe('dismissed');
    expect(isOverdue(base, '2026-11-21')).toBe(true);
  });
  it('a lapsed commitment is neither open nor overdue', () => {
    expect(commitmentState({ ...base, status: 'lapsed' }, '2026-12-01')).toBe('lapsed');
    expect(isOverdue({ ...base, status: 'lapsed' }, '2026-12-01')).toBe(false);
  });
  it('lapsed on arrival: due more than 30 days before the day it is first read, or undated and made more than 90 days before', () => {
    const today = '2026-11-30';
    expect(lapsedOnArrival({ due: '2026-10-31', madeAt: '2026-10-20T09:00:00Z' }, today)).toBe(false); // 30 days: still a task
    expect(lapsedOnArrival({ due: '2026-10-30', madeAt: '2026-10-20T09:00:00Z' }, today)).toBe(true);
    expect(lapsedOnArrival({ due: '2024-03-01', madeAt: '2024-02-20T09:00:00Z' }, today)).toBe(true); // imported history
    expect(lapsedOnArrival({ due: '2026-12-04', madeAt: '2024-02-20T09:00:00Z' }, today)).toBe(false); // a due date ahead wins
    expect(lapsedOnArrival({ due: null, madeAt: '2026-09-01T09:00:00Z' }, today)).toBe(false);
    expect(lapsedOnArrival({ due: null, madeAt: '2026-08-31T09:00:00Z' }, today)).toBe(true);
    expect(lapsedOnArrival({ due: null, madeAt: null }, today)).toBe(false);
  });
  it('adds days across months and leap years in UTC', () => {
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('whose side owes it', () => {
  it('a customer promise is theirs; a customer request of us is ours (owned by the mailbox)', () => {
    const rec = { to: [anna, jonas], cc: [priya] };
    expect(resolveSide({ kind: 'promise', owner: 'sender' }, tom, rec, anna.email)).toEqual({
      side: 'theirs', ownerEmail: tom.email, ownerName: 'Tom Hughes', counterpartEmail: anna.email,
    });
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, tom, { to: [jonas, anna], cc: [] }, anna.email)).toMatchObject({
      side: 'ours', ownerEmail: anna.email, counterpartEmail: tom.email,
    });
  });
  it('our promise is ours; our request of a customer is theirs', () => {
    expect(resolveSide({ kind: 'promise', owner: 'sender' }, anna, { to: [tom], cc: [jonas] }, anna.email)).toMatchObject({ side: 'ours', ownerEmail: anna.email, counterpartEmail: tom.email });
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, anna, { to: [jonas, tom], cc: [] }, anna.email)).toMatchObject({ side: 'theirs', ownerEmail: tom.email });
  });
  it('a request is of the To recipients: a colleague asked in front of the customer, a customer asking a colleague of theirs', () => {
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, anna, { to: [jonas], cc: [tom] }, anna.email)).toMatchObject({ side: 'ours', ownerEmail: jonas.email });
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, tom, { to: [priya], cc: [anna] }, anna.email)).toMatchObject({ side: 'theirs', ownerEmail: priya.email });
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, tom, { to: [], cc: [priya, anna] }, anna.email)).toMatchObject({ side: 'ours', ownerEmail: anna.email });
  });
  it('team-only mail: both kinds are ours', () => {
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, jonas, { to: [anna], cc: [] }, anna.email)).toMatchObject({ side: 'ours', ownerEmail: anna.email });
  });
  it('a named third party is matched by name (EN and ZH), else on the sender\'s side', () => {
    const rec = { to: [tom], cc: [jonas, wang] };
    expect(resolveSide({ kind: 'promise', owner: 'third-party', ownerName: 'Jonas' }, anna, rec, anna.email)).toMatchObject({ side: 'ours', ownerEmail: jonas.email });
    expect(resolveSide({ kind: 'promise', owner: 'third-party', ownerName: '王经理' }, anna, rec, anna.email)).toMatchObject({ side: 'theirs', ownerEmail: wang.email });
    expect(resolveSide({ kind: 'promise', owner: 'third-party', ownerName: 'our legal team' }, tom, { to: [anna], cc: [] }, anna.email)).toMatchObject({ side: 'theirs', ownerEmail: null, ownerName: 'our legal team' });
  });
  it('no sender: a request is of us when we are the recipients', () => {
    expect(resolveSide({ kind: 'request', owner: 'recipient' }, null, { to: [anna], cc: [] }, anna.email)).toMatchObject({ side: 'ours' });
  });
});

describe('names', () => {
  it('match given names, full names, Chinese surname + title', () => {
    expect(namesMatch('Jonas Weber', 'Jonas')).toBe(true);
    expect(namesMatch('Jonas Weber', 'jonas weber')).toBe(true);
    expect(namesMatch('Jonas Weber', 'Jon')).toBe(false);
    expect(namesMatch('王芳', '王经理')).toBe(true);
    expect(namesMatch('王芳', '李经理')).toBe(false);
    expect(namesMatch('张伟', '伟')).toBe(true);
  });
});

describe('delivery cues', () => {
  it('finds the delivering sentence in English and Chinese', () => {
    expect(findDeliveryCue('Hi Tom. Please find attached the revised pricing sheet. Thanks!')).toBe('Please find attached the revised pricing sheet.');
    expect(findDeliveryCue('Here is the signed NDA.')).toBe('Here is the signed NDA.');
    expect(findDeliveryCue("I've attached the test report")).toBe("I've attached the test report");
    expect(findDeliveryCue('王经理您好，正式报价已发送，请查收。')).toBe('王经理您好，正式报价已发送，请查收。');
    expect(findDeliveryCue('测试报告见附件。')).toBe('测试报告见附件。');
    expect(findDeliveryCue('方案已经发给您了')).toBe('方案已经发给您了');
    expect(findDeliveryCue('報價單已發送，請查收。')).toBe('報價單已發送，請查收。');
  });
  it('stays quiet on promises and plain updates', () => {
    expect(findDeliveryCue('I will send the quote on Friday.')).toBeNull();
    expect(findDeliveryCue('Still working on it, sorry for the delay.')).toBeNull();
    expect(findDeliveryCue('我们下周发送报价。')).toBeNull();
    expect(findDeliveryCue('')).toBeNull();
  });
  it('overlap ranks the commitment the delivery talks about', () => {
    const d = 'please find attached the revised pricing sheet';
    expect(overlapScore('I will send the revised pricing sheet by Wednesday', d)).toBeGreaterThan(overlapScore('Could you send us the updated pilot proposal', d));
    expect(overlapScore('请提供正式报价', '正式报价已发送')).toBeGreaterThan(0);
    expect(overlapScore('安排测试环境', '正式报价已发送')).toBe(0);
  });
});

describe('filing', () => {
  const contacts: Record<string, { orgId: string | null; internal: boolean }> = {
    [tom.email]: { orgId: 'brightwater.co.uk', internal: false },
    [wang.email]: { orgId: 'huaxin.cn', internal: false },
    [anna.email]: { orgId: null, internal: true },
    'david@gmail.com': { orgId: null, internal: false },
  };
  const look = (e: string) => contacts[e];
  it('message organisations in header order, without our team or unfiled free-mail', () => {
    expect(messageOrgIds([anna.email, wang.email, 'david@gmail.com', tom.email, wang.email], look)).toEqual(['huaxin.cn', 'brightwater.co.uk']);
  });
  it('a commitment belongs to its customer side', () => {
    expect(commitmentOrgId('theirs', tom.email, anna.email, look, 'huaxin.cn')).toBe('brightwater.co.uk');
    expect(commitmentOrgId('ours', anna.email, wang.email, look, 'brightwater.co.uk')).toBe('huaxin.cn');
    expect(commitmentOrgId('ours', anna.email, null, look, 'brightwater.co.uk')).toBe('brightwater.co.uk');
    expect(commitmentOrgId('theirs', 'david@gmail.com', anna.email, look, null)).toBeNull();
  });
});
