// @vitest-environment jsdom
// The demo mailbox data (demo/data/mailbox-N.json), checked as data: every message well formed,
// every sender with a signature, dates that stay on working days whatever day the demo is
// opened, the sales situations the demo must show, and two mailboxes that share nothing.
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { demoAdapter } from '../../../lib/adapters/demo/adapter';
import { demoData, navigate, renderDemo, type DemoData } from './demo-page';

const BOXES = { '1': demoData('1'), '2': demoData('2') } as const;
const ALL: [string, DemoData][] = Object.entries(BOXES);
const STAGES = ['need', 'initiation', 'evaluation', 'proposal', 'negotiation', 'contract', 'delivery', 'expansion'];
const CLIENTS = ['outlook-en', 'outlook365-en', 'gmail-en', 'gmail-us', 'apple-en', 'gmail-zh', 'gmail-zht', 'outlook-zh', 'outlook-zht', 'foxmail-zh'];
const DATE_FORMATS = ['en', 'us', 'zh', 'zh-wd', 'zht-wd', 'zh-ym'];
const TOKEN = /\{\{date:(-?\d+):([a-z-]+)\}\}/g;

interface ModelMessage { id: string; iso: string; ms: number; text: string; index: number }
interface Model { me: { email: string }; anchorDate: string; threads: { id: string; messages: ModelMessage[] }[] }
const modelOf = (win: unknown): Model => (win as { AccordDemo: { model: Model } }).AccordDemo.model;

const weekdayOfOffset = (day: number): number => ((day % 7) + 7) % 7; // 0 = Monday (the anchor)
const ownDomain = (d: DemoData): string => Object.values(d.orgs).find((o) => o.own)!.domain;

describe('demo data: format', () => {
  for (const [box, d] of ALL) {
    describe(`mailbox ${box}`, () => {
      it('has a known format, an owner on our domain, and unique thread ids', () => {
        expect(d.format).toBe('accord-demo-mailbox/1');
        expect(d.mailbox.id).toBe(box);
        expect(d.people[d.mailbox.person]!.email.endsWith('@' + ownDomain(d))).toBe(true);
        const ids = d.threads.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
      });

      it('every thread: 1-4 messages, a known customer, language, stage and origin', () => {
        for (const t of d.threads) {
          expect(t.messages.length, t.id).toBeGreaterThanOrEqual(1);
          expect(t.messages.length, t.id).toBeLessThanOrEqual(4);
          expect(d.orgs[t.org], t.id).toBeDefined();
          expect(d.orgs[t.org]!.own, t.id).toBeFalsy();
          expect(['en', 'zh-Hans', 'zh-Hant']).toContain(t.lang);
          expect(STAGES).toContain(t.stage);
          expect(['proactive', 'passive']).toContain(t.origin);
          expect(t.subject.trim()).toBe(t.subject);
        }
      });

      it('every person belongs to a known organisation on its domain', () => {
        for (const [key, p] of Object.entries(d.people)) {
          expect(d.orgs[p.org], key).toBeDefined();
          expect(p.email, key).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+$/);
          expect(p.email.split('@')[1], key).toBe(d.orgs[p.org]!.domain);
        }
      });

      it('every message: a Message-ID, known participants, a working-day date and a valid time and offset', () => {
        for (const t of d.threads) {
          for (const m of t.messages) {
            const where = `${t.id} ${m.id}`;
            expect(m.id, where).toMatch(/^<[^<>\s@]+@[a-z0-9.-]+\.[a-z]+>$/);
            for (const k of [m.from, ...m.to, ...(m.cc ?? [])]) expect(d.people[k], `${where} ${k}`).toBeDefined();
            expect(m.to.length, where).toBeGreaterThan(0);
            expect(m.to, where).not.toContain(m.from);
            // Only people of this thread's customer and of our own company take part.
            for (const k of [m.from, ...m.to, ...(m.cc ?? [])]) expect([t.org, 'northwind'], `${where} ${k}`).toContain(d.people[k]!.org);
            expect(Number.isInteger(m.day), where).toBe(true);
            expect(m.day, `${where}: no message after the anchor Monday`).toBeLessThanOrEqual(0);
            expect(weekdayOfOffset(m.day), `${where}: sent on a working day`).toBeLessThanOrEqual(4);
            expect(m.time, where).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
            expect(m.tz, where).toMatch(/^[+-](0\d|1[0-4]):(00|30|45)$/);
            expect(m.body.length, where).toBeGreaterThan(2);
            for (const line of m.body) expect(line, where).toBe(line.trimEnd());
          }
        }
      });

      it('every sender has a mail client and a realistic signature in the message language', () => {
        for (const t of d.threads) {
          for (const m of t.messages) {
            const p = d.people[m.from]!;
            const lang = m.lang ?? t.lang;
            expect(CLIENTS, `${t.id} ${m.from}`).toContain(p.client ?? 'outlook-en');
            const sig = p.signature?.[lang] ?? (p.robot ? p.signature?.en : undefined);
            expect(sig, `${m.from} signature in ${lang}`).toBeDefined();
            expect(sig!.length, m.from).toBeGreaterThanOrEqual(3);
            if (!p.robot) {
              // The name on the first line (Latin names by surname, Chinese names as written),
              // a title or company line, and a phone number.
              const surname = p.name.split(' ').pop()!;
              expect(sig![0], m.from).toMatch(new RegExp(`${surname}|${p.name}`));
              expect(sig!.some((l) => /(\+?\d[\d ()-]{6,}\d)/.test(l)), `${m.from} phone`).toBe(true);
            }
          }
        }
      });

      it('date tokens use known formats; commitments quote their message and fall due on or after it', () => {
        for (const t of d.threads) {
          for (const m of t.messages) {
            const body = m.body.join('\n');
            for (const [, , fmt] of body.matchAll(TOKEN)) expect(DATE_FORMATS, `${t.id}`).toContain(fmt);
            expect(body.replace(TOKEN, '')).not.toMatch(/\{\{|\}\}/);
            for (const c of m.commitments) {
              const where = `${t.id}: ${c.text}`;
              expect(body, where).toContain(c.text);
              expect(['promise', 'request']).toContain(c.kind);
              expect(['sender', 'recipient', 'third-party']).toContain(c.owner);
              if (c.kind === 'request') expect(c.owner, where).toBe('recipient');
              if (c.due !== null) {
                expect(Number.isInteger(c.due), where).toBe(true);
                expect(c.due, where).toBeGreaterThanOrEqual(m.day);
              }
            }
          }
        }
      });

      it('every thread but plain notices goes both ways: the customer writes and we write', () => {
        for (const t of d.threads) {
          const sides = new Set(t.messages.map((m) => d.people[m.from]!.org === 'northwind'));
          if (t.informational) {
            expect(t.messages.every((m) => m.commitments.length === 0), t.id).toBe(true);
          } else {
            expect(sides.size, t.id).toBe(2);
          }
        }
      });
    });
  }
});

describe('demo data: what the demo must show', () => {
  const d = BOXES['1'];
  const commitments = d.threads.flatMap((t) => t.messages.flatMap((m) => m.commitments.map((c) => ({ ...c, t, m }))));

  it('about a dozen threads across six customers in English, Simplified and Traditional Chinese', () => {
    expect(d.threads.length).toBeGreaterThanOrEqual(11);
    expect(new Set(d.threads.map((t) => t.org)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(d.threads.map((t) => t.lang))).toEqual(new Set(['en', 'zh-Hans', 'zh-Hant']));
    const domains = Object.values(d.orgs).map((o) => o.domain);
    for (const tld of ['.co.uk', '.com.cn', '.com.tw']) expect(domains.some((x) => x.endsWith(tld)), tld).toBe(true);
  });

  it('the stages of a deal, both origins, and a plain notice with no commitment', () => {
    const stages = new Set(d.threads.map((t) => t.stage));
    for (const s of ['initiation', 'evaluation', 'proposal', 'negotiation', 'delivery', 'expansion']) expect(stages, s).toContain(s);
    expect(new Set(d.threads.map((t) => t.origin))).toEqual(new Set(['proactive', 'passive']));
    expect(d.threads.some((t) => t.informational && t.messages.every((m) => m.commitments.length === 0))).toBe(true);
  });

  it('colleagues on some threads, and more than one person per customer', () => {
    const colleagues = new Set(
      d.threads.flatMap((t) => t.messages.flatMap((m) => [m.from, ...m.to, ...(m.cc ?? [])])).filter((k) => d.people[k]!.org === 'northwind' && k !== d.mailbox.person),
    );
    expect(colleagues.size).toBeGreaterThanOrEqual(2);
    // A public tender goes through procurement only (single-threaded: a risk the demo shows);
    // every other customer has a committee of at least two.
    for (const org of new Set(d.threads.filter((t) => t.origin === 'proactive').map((t) => t.org))) {
      const people = Object.values(d.people).filter((p) => p.org === org && !p.robot);
      expect(people.length, org).toBeGreaterThanOrEqual(2);
    }
  });

  it('promises both ways in both languages; some always overdue, some always upcoming', () => {
    // The anchor is the Monday of the week the demo is opened: due < 0 is past whatever the
    // day, due >= 7 is still ahead whatever the day.
    const ours = commitments.filter((c) => c.m.from === d.mailbox.person || d.people[c.m.from]!.org === 'northwind');
    const theirs = commitments.filter((c) => !ours.includes(c));
    for (const side of [ours, theirs]) {
      expect(side.some((c) => c.kind === 'promise')).toBe(true);
      expect(side.some((c) => c.kind === 'request')).toBe(true);
      expect(side.some((c) => c.due !== null && c.due < 0)).toBe(true);
    }
    expect(commitments.filter((c) => c.due !== null && c.due >= 7).length).toBeGreaterThanOrEqual(3);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
      const inLang = commitments.filter((c) => c.t.lang === lang);
      expect(inLang.some((c) => c.kind === 'promise'), lang).toBe(true);
      expect(inLang.some((c) => c.kind === 'request'), lang).toBe(true);
    }
  });
});

describe('demo data: two mailboxes never share data', () => {
  it('no thread, message, customer or customer contact in common', () => {
    const [a, b] = [BOXES['1'], BOXES['2']];
    const inter = <T,>(x: T[], y: T[]) => x.filter((v) => y.includes(v));
    expect(inter(a.threads.map((t) => t.id), b.threads.map((t) => t.id))).toEqual([]);
    const ids = (d: DemoData) => d.threads.flatMap((t) => t.messages.map((m) => m.id));
    expect(inter(ids(a), ids(b))).toEqual([]);
    expect(new Set([...ids(a), ...ids(b)]).size).toBe(ids(a).length + ids(b).length);
    const customers = (d: DemoData) => Object.values(d.orgs).filter((o) => !o.own).map((o) => o.domain);
    expect(inter(customers(a), customers(b))).toEqual([]);
    const contacts = (d: DemoData) => Object.values(d.people).filter((p) => p.org !== 'northwind').map((p) => p.email);
    expect(inter(contacts(a), contacts(b))).toEqual([]);
    expect(a.people[a.mailbox.person]!.email).not.toBe(b.people[b.mailbox.person]!.email);
  });
});

describe('demo page: dates computed at load time', () => {
  // Every day of one week, a year boundary and a leap day.
  const todays = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2027-01-01', '2028-02-29'];
  for (const today of todays) {
    it(`opened on ${today}: anchored on that week's Monday, messages on working days and in order`, async () => {
      for (const mailbox of ['1', '2'] as const) {
        const dom = await renderDemo({ today, mailbox });
        const model = modelOf(dom.window);
        const t = new Date(`${today}T00:00:00Z`);
        const monday = new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * 86400000).toISOString().slice(0, 10);
        expect(model.anchorDate).toBe(monday);
        const endOfToday = t.getTime() + 86400000;
        for (const th of model.threads) {
          let prev = -Infinity;
          for (const m of th.messages) {
            const local = new Date(`${m.iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
            expect([1, 2, 3, 4, 5], `${th.id} ${m.iso}`).toContain(local);
            expect(Date.parse(m.iso)).toBe(m.ms);
            expect(m.ms, `${th.id}: replies come after what they answer`).toBeGreaterThan(prev);
            expect(m.ms, `${th.id}: not in the future`).toBeLessThan(endOfToday);
            expect(m.text).not.toMatch(/\{\{|\}\}/);
            prev = m.ms;
          }
        }
        dom.window.close();
      }
    });
  }

  it('without ?today the page uses the real date', async () => {
    const dom = await renderDemo({});
    const now = new Date();
    const monday = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7)));
    expect(modelOf(dom.window).anchorDate).toBe(monday.toISOString().slice(0, 10));
    dom.window.close();
  });

  it('the adapter reads every thread of both mailboxes in full', async () => {
    for (const mailbox of ['1', '2'] as const) {
      const d = BOXES[mailbox];
      const dom = await renderDemo({ today: '2026-11-25', mailbox });
      const doc = dom.window.document;
      expect(demoAdapter.mailbox(doc)).toBe(d.people[d.mailbox.person]!.email);
      for (const t of d.threads) {
        await navigate(dom, `#/thread/${t.id}`);
        const snaps = demoAdapter.read(doc).map((s) => EmailSnapshotSchema.parse(s));
        expect(snaps.map((s) => s.messageId)).toEqual(t.messages.map((m) => m.id));
        snaps.forEach((s, i) => {
          const m = t.messages[i]!;
          expect(s.threadId).toBe(t.id);
          expect(s.from?.email).toBe(d.people[m.from]!.email);
          expect(s.to.map((a) => a.email)).toEqual(m.to.map((k) => d.people[k]!.email));
          expect(s.date).toMatch(new RegExp(`T${m.time}:00\\${m.tz}$`));
          expect(s.text.startsWith(m.body[0]!)).toBe(true);
          // Replies carry the history of the message they answer.
          if (i > 0) expect(s.text).toContain(snaps[i - 1]!.text.split('\n')[0]!);
        });
      }
      dom.window.close();
    }
  });
});
