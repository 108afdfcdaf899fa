// @vitest-environment jsdom
// The adapter contract, run against every adapter in the registry with every site's fixtures.
process.env.TZ = 'Asia/Shanghai';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { SelectorError, queryFirst, type SelectorSpec } from '../../../lib/adapters/types';
import { allAdapters, genericAdapter } from '../../../lib/adapters/registry';
import { FIXTURES, fixtureUrl, loadFixture, siteFixtures } from './contract-fixtures';

const ROOT = resolve(__dirname, '../../..');
const ADAPTERS_DIR = join(ROOT, 'lib/adapters');
const isBroken = (rel: string) => /(^|\/)broken[^/]*\.html$/.test(rel);
const fixturesBySite = new Map(allAdapters.map((a) => [a.site, siteFixtures(a.site)]));

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|js|mjs)$/.test(n)) out.push(p);
  }
  return out;
}

describe.each(allAdapters.map((a) => [a.site, a] as const))('adapter contract: %s', (site, adapter) => {
  const own = fixturesBySite.get(site) ?? [];

  it('has fixtures of its own', () => {
    // Sites without fixtures declaring <!-- url: --> (another helper's convention) are listed here.
    if (!own.length) console.warn(`contract: no url-declaring fixtures for ${site}`);
    expect(own.length > 0 || !['gmail', 'outlook', 'generic'].includes(site)).toBe(true);
  });

  it.each(own.length ? own : ['(none)'])('detects and reads its own fixture %s', (rel) => {
    if (rel === '(none)') return;
    const { doc } = loadFixture(rel);
    expect(adapter.detect(doc)).toBe(true);
    if (isBroken(rel)) {
      expect(() => adapter.read(doc)).toThrowError(SelectorError);
      return;
    }
    const snaps = adapter.read(doc);
    expect(Array.isArray(snaps)).toBe(true);
    for (const s of snaps) {
      expect(() => EmailSnapshotSchema.parse(s)).not.toThrow();
      expect(s.source).toBe(site);
      expect(s.lowConfidence).toBe(site === 'generic');
      if (s.date) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
      for (const a of [s.from, ...s.to, ...s.cc, ...s.replyTo]) if (a) expect(a.email).toBe(a.email.toLowerCase());
    }
    if (site === 'generic') expect(snaps.length).toBeLessThanOrEqual(1);
    const mailbox = adapter.mailbox(doc);
    if (mailbox !== null) expect(mailbox).toMatch(/^[^\sA-Z]+@[^\sA-Z]+$/);
  });

  it('does not detect other sites\u2019 fixtures', () => {
    if (adapter === genericAdapter) return; // the fallback can run on any page, by design
    for (const [other, rels] of fixturesBySite) {
      if (other === site) continue;
      for (const rel of rels) expect([rel, adapter.detect(loadFixture(rel).doc)]).toEqual([rel, false]);
    }
  });

  it('observe() returns a stop function and calls back on a DOM mutation, not after stop', async () => {
    // A fixture with an open message; the mutation goes where the message is shown.
    const loaded = own.filter((r) => !isBroken(r)).map((r) => loadFixture(r));
    const withMessage = loaded.find((f) => adapter.read(f.doc).length > 0);
    if (!withMessage) return;
    const { doc } = withMessage;
    const subject = adapter.read(doc)[0]!.subject;
    let calls = 0;
    const stop = adapter.observe(doc, () => calls++);
    expect(typeof stop).toBe('function');
    const showing = Array.from(doc.body.querySelectorAll('*')).filter((el) => subject && el.textContent?.includes(subject));
    const target = showing[showing.length - 1]?.parentElement ?? doc.querySelector('[role="main"]') ?? doc.body;
    target.appendChild(doc.createElement('div')).textContent = 'new message';
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBeGreaterThan(0);
    stop();
    const before = calls;
    target.appendChild(doc.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(before);
  });

  it('observe() calls back on SPA navigation (hashchange)', async () => {
    const rel = own.find((r) => !isBroken(r));
    if (!rel) return;
    const { dom, doc } = loadFixture(rel);
    let calls = 0;
    const stop = adapter.observe(doc, () => calls++);
    dom.window.dispatchEvent(new dom.window.HashChangeEvent('hashchange'));
    expect(calls).toBeGreaterThan(0);
    stop();
  });
});

describe('adapter import rules', () => {
  it('no adapter imports lib/extract or lib/storage (DESIGN §3)', () => {
    const offenders: string[] = [];
    for (const file of walk(ADAPTERS_DIR)) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        const target = spec.startsWith('.')
          ? relative(ROOT, resolve(dirname(file), spec))
          : spec.replace(/^(@|~|@@|~~)\//, '');
        if (/^lib\/(extract|storage)(\/|$)/.test(target)) offenders.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('selector specs (format and proof)', () => {
  const specs: Array<{ file: string; key: string; spec: SelectorSpec }> = [];
  const modules = import.meta.glob('../../../lib/adapters/*/selectors.ts', { eager: true }) as Record<string, Record<string, unknown>>;
  const isSpec = (v: unknown): v is SelectorSpec =>
    !!v && typeof v === 'object' && 'name' in v && 'css' in v && 'seen' in v && 'fixture' in v;
  for (const [file, mod] of Object.entries(modules)) {
    for (const [exp, value] of Object.entries(mod)) {
      if (isSpec(value)) specs.push({ file, key: exp, spec: value });
      else if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [k, v] of Object.entries(value)) if (isSpec(v)) specs.push({ file, key: `${exp}.${k}`, spec: v });
    }
  }

  it('finds the Gmail and Outlook selector modules', () => {
    expect(Object.keys(modules).some((f) => f.includes('/gmail/'))).toBe(true);
    expect(Object.keys(modules).some((f) => f.includes('/outlook/'))).toBe(true);
    expect(specs.length).toBeGreaterThan(20);
  });

  it.each(specs.map((s) => [`${s.file.replace(/^.*adapters\//, '')} ${s.key}`, s] as const))('%s', (_label, { spec }) => {
    expect(spec.name).toMatch(/^[A-Za-z][\w.-]*$/);
    expect(spec.css.length).toBeGreaterThan(0);
    const probe = new JSDOM('<!doctype html><body></body>').window.document;
    for (const css of spec.css) {
      expect(css.trim()).not.toBe('');
      expect(() => probe.querySelector(css)).not.toThrow();
    }
    expect(spec.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(spec.seen))).toBe(false);
    const path = join(FIXTURES, spec.fixture);
    expect([spec.fixture, existsSync(path)]).toEqual([spec.fixture, true]);
    // The fixture proves the selector: one of its selectors matches there.
    const html = readFileSync(path, 'utf8');
    const doc = new JSDOM(html, { url: fixtureUrl(html) ?? 'http://localhost/' }).window.document;
    expect([spec.name, queryFirst(doc, spec) !== null]).toEqual([spec.name, true]);
  });

  it('selector names are unique per site', () => {
    const byFile = new Map<string, string[]>();
    for (const s of specs) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.spec.name]);
    for (const [file, names] of byFile) expect([file, names.length]).toEqual([file, new Set(names).size]);
  });
});
