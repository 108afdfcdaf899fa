import { describe, expect, it } from 'vitest';
import {
  FREE_MAIL_DOMAINS, classifyAddress, cleanCompanyName, emailHost, isFreeMailDomain, mailboxContext, orgIdForAddress,
  orgNameFromDomain, registrableDomain, slugify,
} from '../../../lib/account/organisations';

const ours = mailboxContext('Anna.Berg@Northwind-Systems.com');

describe('organisations by registrable domain', () => {
  it('folds subdomains into the registrable domain, public suffixes honoured', () => {
    expect(registrableDomain('tom@sales.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('zhangwei@it.huaxin-med.com.cn')).toBe('huaxin-med.com.cn');
    expect(registrableDomain('ops@mail.tsmc.com.tw')).toBe('tsmc.com.tw');
    expect(orgIdForAddress('a@sales.example.co.uk', ours)).toBe(orgIdForAddress('b@example.co.uk', ours));
    expect(orgIdForAddress('a@example.com', ours)).not.toBe(orgIdForAddress('a@example.co.uk', ours));
    // Tenants of shared hosts are separate organisations.
    expect(registrableDomain('it@contoso.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
    expect(registrableDomain('it@contoso.mail.onmicrosoft.com')).toBe('contoso.mail.onmicrosoft.com');
    expect(registrableDomain('dev@acme.github.io')).toBe('acme.github.io');
  });

  it('keeps hosts without a public suffix (intranet, IP) as they are', () => {
    expect(registrableDomain('root@localhost')).toBe('localhost');
    expect(registrableDomain('x@[10.0.0.1]')).toBe('10.0.0.1');
    expect(emailHost('no-at-sign')).toBeNull();
    expect(emailHost('a@')).toBeNull();
    expect(classifyAddress('', ours)).toEqual({ kind: 'invalid', domain: null });
  });

  it('free-mail addresses belong to no organisation', () => {
    for (const d of ['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'qq.com',
      '163.com', '126.com', 'sina.com', 'sohu.com', 'foxmail.com', 'yeah.net', 'aliyun.com', '139.com', 'hotmail.com.tw']) {
      expect(FREE_MAIL_DOMAINS.has(d), d).toBe(true);
      expect(classifyAddress(`someone@${d}`, ours).kind, d).toBe('free-mail');
      expect(orgIdForAddress(`someone@${d}`, ours)).toBeNull();
    }
    expect(isFreeMailDomain('vip.qq.com')).toBe(true);
    expect(isFreeMailDomain('vip.163.com')).toBe(true);
    expect(isFreeMailDomain('mail.google.com.example.org')).toBe(false);
    expect(isFreeMailDomain(null)).toBe(false);
  });

  it('the mailbox\'s own domain is our team, never a customer (subdomains too)', () => {
    expect(classifyAddress('jonas@northwind-systems.com', ours)).toEqual({ kind: 'internal', domain: 'northwind-systems.com' });
    expect(classifyAddress('it@eu.northwind-systems.com', ours).kind).toBe('internal');
    expect(orgIdForAddress('jonas@northwind-systems.com', ours)).toBeNull();
    expect(classifyAddress('tom@brightwater.co.uk', ours)).toEqual({ kind: 'customer', domain: 'brightwater.co.uk' });
  });

  it('a free-mail mailbox makes only its own address internal', () => {
    const gmail = mailboxContext('li.na@gmail.com');
    expect(gmail.freeMail).toBe(true);
    expect(classifyAddress('LI.NA@gmail.com', gmail).kind).toBe('internal');
    expect(classifyAddress('david@gmail.com', gmail).kind).toBe('free-mail');
  });

  it('extra team domains are internal', () => {
    const ctx = mailboxContext('anna@northwind-systems.com', ['mail.northwind-group.de']);
    expect(classifyAddress('kai@northwind-group.de', ctx).kind).toBe('internal');
  });
});

describe('organisation names', () => {
  it('title-cases the domain label when no company is known', () => {
    expect(orgNameFromDomain('brightwater.co.uk')).toBe('Brightwater');
    expect(orgNameFromDomain('acme-robotics.com')).toBe('Acme Robotics');
    expect(orgNameFromDomain('huaxin-med.com.cn')).toBe('Huaxin Med');
    expect(orgNameFromDomain('10.0.0.1')).toBe('10.0.0.1');
    expect(orgNameFromDomain('contoso.onmicrosoft.com')).toBe('Contoso');
    expect(orgNameFromDomain('acme.github.io')).toBe('Acme');
  });

  it('cleans signature companies and rejects what is not a name', () => {
    expect(cleanCompanyName('  Brightwater Utilities plc | ')).toBe('Brightwater Utilities plc');
    expect(cleanCompanyName('上海华信医疗科技有限公司')).toBe('上海华信医疗科技有限公司');
    expect(cleanCompanyName('tom@brightwater.co.uk')).toBeNull();
    expect(cleanCompanyName('https://brightwater.co.uk')).toBeNull();
    expect(cleanCompanyName('X')).toBeNull();
    expect(cleanCompanyName(null)).toBeNull();
  });

  it('slugs keep CJK letters', () => {
    expect(slugify('华东电网 项目组')).toBe('华东电网-项目组');
    expect(slugify('  ACME, Inc. ')).toBe('acme-inc');
    expect(slugify('!!!')).toBe('org');
  });
});
