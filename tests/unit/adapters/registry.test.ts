// @vitest-environment jsdom
// Choosing an adapter for a page, and falling back to the generic reader on SelectorError.
process.env.TZ = 'Asia/Shanghai';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { allAdapters, genericAdapter, pickAdapter, readWithFallback, siteAdapters } from '../../../lib/adapters/registry';
import { gmailAdapter } from '../../../lib/adapters/gmail/adapter';
import { outlookAdapter } from '../../../lib/adapters/outlook/adapter';
import { matchesPattern } from '../../../lib/adapters/generic/dom';
import { loadFixture } from './contract-fixtures';

describe('registry', () => {
  it('lists the site adapters with the generic reader last', () => {
    expect(siteAdapters).toContain(gmailAdapter);
    expect(siteAdapters).toContain(outlookAdapter);
    expect(siteAdapters).not.toContain(genericAdapter);
    expect(allAdapters[allAdapters.length - 1]).toBe(genericAdapter);
    expect(new Set(allAdapters.map((a) => a.site)).size).toBe(allAdapters.length);
  });

  it('picks the site adapter whose matches and detect fit', () => {
    const g = loadFixture('gmail/2026-11-reconstructed/thread-3.html');
    expect(pickAdapter(g.doc, g.url)).toBe(gmailAdapter);
    const o = loadFixture('outlook/2026-11-reconstructed/chinese.html');
    expect(pickAdapter(o.doc, o.url)).toBe(outlookAdapter);
  });

  it('picks generic only for enabled origins without a site adapter', () => {
    const f = loadFixture('generic/2026-11/webmail-headers-table.html');
    expect(pickAdapter(f.doc, f.url, { enabledOrigins: ['https://webmail.accordsales.example'] })).toBe(genericAdapter);
    expect(pickAdapter(f.doc, f.url, { enabledOrigins: ['https://*.accordsales.example/*'] })).toBe(genericAdapter);
    expect(pickAdapter(f.doc, f.url, { enabledOrigins: ['https://mail.huaxin-logistics.example'] })).toBeNull();
    expect(pickAdapter(f.doc, f.url, { enabledOrigins: [] })).toBeNull();
    // Injected by the runtime only where enabled: no list means the caller vouches for it.
    expect(pickAdapter(f.doc, f.url)).toBe(genericAdapter);
  });

  it('picks nothing on a known site whose adapter refuses the page (no generic noise from helper iframes)', () => {
    const dom = new JSDOM('<!doctype html><title></title><body><div>Loading chat… a long helper frame text with enough words to read as an article body, repeated a few times to pass thresholds. a long helper frame text with enough words to read as an article body.</div></body>', {
      url: 'https://mail.google.com/mail/u/0/blank',
    });
    expect(gmailAdapter.detect(dom.window.document)).toBe(false);
    expect(pickAdapter(dom.window.document, dom.window.document.URL)).toBeNull();
  });

  it('picks a pattern-less site adapter (self-hosted webmail) on enabled origins only, by detect()', () => {
    const selfHosted = {
      ...genericAdapter,
      site: 'selfhosted-test',
      matches: [] as string[],
      detect: (doc: Document) => !!doc.querySelector('meta[name="selfhosted-webmail"]'),
    };
    const dom = new JSDOM('<!doctype html><meta name="selfhosted-webmail"><body>x</body>', { url: 'https://mail.corp.example/' });
    const doc = dom.window.document;
    (siteAdapters as unknown as Array<typeof selfHosted>).push(selfHosted);
    try {
      expect(pickAdapter(doc, doc.URL, { enabledOrigins: ['https://mail.corp.example'] })).toBe(selfHosted);
      expect(pickAdapter(doc, doc.URL, { enabledOrigins: ['https://other.example'] })).toBeNull();
    } finally {
      (siteAdapters as unknown as unknown[]).pop();
    }
  });

  it('falls back to the generic reader when the site adapter raises SelectorError, reporting the selector name', () => {
    for (const rel of ['gmail/2026-11-reconstructed/broken-renamed-body.html', 'outlook/2026-11-reconstructed/broken-renamed-body.html']) {
      const f = loadFixture(rel);
      const adapter = pickAdapter(f.doc, f.url)!;
      expect(adapter).not.toBe(genericAdapter);
      const out = readWithFallback(adapter, f.doc, () => new Date('2026-11-29T00:00:00Z'));
      expect(out.site).toBe('generic');
      expect(out.health).toEqual({ site: adapter.site, ok: false, failed: ['body'], checkedAt: '2026-11-29T00:00:00.000Z' });
      expect(out.snapshots).toHaveLength(1);
      expect(out.snapshots[0]!.lowConfidence).toBe(true);
      expect(JSON.stringify(out.health)).not.toContain('Shenzhen');
    }
  });

  it('keeps the site adapter when it reads fine', () => {
    const f = loadFixture('gmail/2026-11-reconstructed/thread-3.html');
    const out = readWithFallback(gmailAdapter, f.doc);
    expect(out.site).toBe('gmail');
    expect(out.health.ok).toBe(true);
    expect(out.snapshots).toHaveLength(3);
  });

  it('matches manifest patterns like the browser does', () => {
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com.evil.example/')).toBe(false);
    expect(matchesPattern('https://*.example.com/*', 'https://example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://a.b.example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'http://a.example.com/x')).toBe(false);
    expect(matchesPattern('*://outlook.live.com/*', 'https://outlook.live.com/mail/0/')).toBe(true);
  });
});
