// Loading DOM fixtures for adapter tests. Each fixture's first line is `<!-- url: ... -->`: the
// page address it was captured (or reconstructed) at, which jsdom uses as document.URL.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = resolve(__dirname, '../../fixtures');

export interface LoadedFixture {
  rel: string;
  url: string;
  dom: JSDOM;
  doc: Document;
}

export function fixtureUrl(html: string): string | null {
  return /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? null;
}

export function loadFixture(rel: string, urlOverride?: string): LoadedFixture {
  const html = readFileSync(join(FIXTURES, rel), 'utf8');
  const url = urlOverride ?? fixtureUrl(html);
  if (!url) throw new Error(`fixture ${rel} has no <!-- url: --> first line`);
  const dom = new JSDOM(html, { url });
  return { rel, url, dom, doc: dom.window.document };
}

/** Every .html fixture under tests/fixtures/<site>/ that declares its URL, relative to tests/fixtures. */
export function siteFixtures(site: string): string[] {
  const root = join(FIXTURES, site);
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names.sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.html') && fixtureUrl(readFileSync(p, 'utf8'))) out.push(relative(FIXTURES, p));
    }
  };
  walk(root);
  return out;
}
