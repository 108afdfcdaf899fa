// Which organisation an address belongs to. Pure: no storage, no browser API.
// An organisation is a registrable domain (sales.example.co.uk and example.co.uk are one);
// personal free-mail addresses belong to no organisation; the mailbox's own domain is our team.
import { getDomain, getDomainWithoutSuffix, parse } from 'tldts';

/** Personal mail providers: an address here says nothing about the company. Registrable domains. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // international
  'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.jp', 'outlook.fr', 'outlook.de', 'hotmail.com',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'live.com', 'live.cn',
  'live.co.uk', 'live.fr', 'msn.com', 'passport.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de',
  'yahoo.co.jp', 'yahoo.com.tw', 'yahoo.com.hk', 'yahoo.com.sg', 'yahoo.co.in', 'ymail.com',
  'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com', 'proton.me',
  'protonmail.com', 'pm.me', 'tutanota.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com',
  'zoho.com', 'zohomail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'fastmail.com', 'hey.com',
  'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com',
  // mainland China
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'netease.com', '188.com', 'sina.com',
  'sina.cn', 'sina.com.cn', 'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn',
  '21cn.com', 'tom.com', '263.net', 'outlook.com.cn',
  // Taiwan, Hong Kong
  'hotmail.com.tw', 'hotmail.com.hk', 'pchome.com.tw', 'seed.net.tw', 'hinet.net', 'gmail.com.tw',
  'netvigator.com',
]);

/** Mail hosts shared by many organisations that the public suffix list does not list. Longest first. */
const SHARED_TENANT_SUFFIXES = ['mail.onmicrosoft.com', 'onmicrosoft.com'];

export interface MailboxContext {
  /** The mailbox address, lower-cased. */
  address: string;
  /** Registrable domain of the mailbox address (null when it has none). */
  domain: string | null;
  /** True when the mailbox itself is a free-mail address: then only the address is "us". */
  freeMail: boolean;
  /** Further registrable domains that are our own team. */
  teamDomains: readonly string[];
}

export type AddressKind = 'internal' | 'free-mail' | 'customer' | 'invalid';

export interface AddressClass {
  kind: AddressKind;
  /** Registrable domain of the address (host when it has none, e.g. an IP or intranet name). */
  domain: string | null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The host part of an address, lower-cased, without trailing dot; null if none. */
export function emailHost(email: string): string | null {
  const e = normaliseEmail(email);
  const at = e.lastIndexOf('@');
  if (at <= 0 || at === e.length - 1) return null;
  const host = e.slice(at + 1).replace(/\.$/, '').replace(/^\[|\]$/g, '');
  return host || null;
}

/** Registrable domain of a host or address: sales.example.co.uk → example.co.uk. */
export function registrableDomain(hostOrEmail: string): string | null {
  const host = hostOrEmail.includes('@') ? emailHost(hostOrEmail) : hostOrEmail.trim().toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  // Hosts shared by many tenants (tenant.onmicrosoft.com): the tenant is the organisation.
  for (const shared of SHARED_TENANT_SUFFIXES) {
    if (host.endsWith(`.${shared}`)) {
      const labels = host.slice(0, -shared.length - 1).split('.');
      return `${labels[labels.length - 1]}.${shared}`;
    }
  }
  // Private suffixes too (github.io, blogspot.com): each site there is its own owner.
  const d = getDomain(host, { allowPrivateDomains: true });
  if (d) return d;
  // IPs, intranet names: the host itself is the best we have.
  return host;
}

export function isFreeMailDomain(domainOrHost: string | null): boolean {
  if (!domainOrHost) return false;
  const h = domainOrHost.toLowerCase();
  if (FREE_MAIL_DOMAINS.has(h)) return true;
  const reg = registrableDomain(h);
  return reg !== null && FREE_MAIL_DOMAINS.has(reg);
}

export function mailboxContext(mailboxAddress: string, teamDomains: readonly string[] = []): MailboxContext {
  const address = normaliseEmail(mailboxAddress);
  const domain = registrableDomain(address);
  return {
    address,
    domain,
    freeMail: isFreeMailDomain(domain),
    teamDomains: teamDomains.map((d) => registrableDomain(d) ?? d.toLowerCase()),
  };
}

/**
 * Classify an address for a mailbox: our team (internal), a personal free-mail address, a
 * customer's, or not an address. A free-mail mailbox makes only its own address internal.
 */
export function classifyAddress(email: string, ctx: MailboxContext): AddressClass {
  const e = normaliseEmail(email);
  const host = emailHost(e);
  if (!host) return { kind: 'invalid', domain: null };
  const domain = registrableDomain(host);
  if (e === ctx.address) return { kind: 'internal', domain };
  if (domain && ctx.teamDomains.includes(domain)) return { kind: 'internal', domain };
  if (isFreeMailDomain(host)) return { kind: 'free-mail', domain };
  if (!ctx.freeMail && domain !== null && domain === ctx.domain) return { kind: 'internal', domain };
  return { kind: 'customer', domain };
}

/** The organisation id an address files under by default: its registrable domain, for customers only. */
export function orgIdForAddress(email: string, ctx: MailboxContext): string | null {
  const c = classifyAddress(email, ctx);
  return c.kind === 'customer' ? c.domain : null;
}

/** A display name from a domain: acme-corp.co.uk → "Acme Corp". */
export function orgNameFromDomain(domain: string): string {
  const d = domain.toLowerCase();
  if (parse(d).isIp === true) return d;
  const shared = SHARED_TENANT_SUFFIXES.find((x) => d.endsWith(`.${x}`));
  const label = shared ? d.slice(0, -shared.length - 1) : getDomainWithoutSuffix(d, { allowPrivateDomains: true }) || d;
  const words = label.split(/[-_.]+/).filter(Boolean);
  if (words.length === 0) return domain;
  return words.map((w) => (w.length <= 1 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

/** Clean a signature company into a display name; null when it is not usable. */
export function cleanCompanyName(company: string | null | undefined): string | null {
  if (!company) return null;
  const c = company.replace(/\s+/g, ' ').trim().replace(/^[|,;:\-–—]+|[|,;:\-–—]+$/g, '').trim();
  if (c.length < 2 || c.length > 120) return null;
  if (c.includes('@') || /^https?:\/\//i.test(c)) return null;
  return c;
}

/** A slug for user-made organisation ids ('user:<slug>'). Keeps CJK letters. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'org';
}
