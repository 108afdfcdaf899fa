// @vitest-environment jsdom
// Every adapter gives each snapshot the URL that reopens the message where it was read, so that
// evidence in the panel can link back to it (issue 6). Only http(s) page URLs are ever given.
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import { demoAdapter } from '../../../lib/adapters/demo/adapter';
import { gmailAdapter, gmailThreadUrl } from '../../../lib/adapters/gmail/adapter';
import { outlookAdapter } from '../../../lib/adapters/outlook/adapter';
import { roundcubeAdapter } from '../../../lib/adapters/roundcube/adapter';
import { genericAdapter, pageUrl } from '../../../lib/adapters/generic/adapter';
import type { WebmailAdapter } from '../../../lib/adapters/types';
import { loadFixture } from './contract-fixtures';

function urls(adapter: WebmailAdapter, rel: string, urlOverride?: string): (string | null | undefined)[] {
  const snaps = adapter.read(loadFixture(rel, urlOverride).doc).map((s) => EmailSnapshotSchema.parse(s));
  expect(snaps.length).toBeGreaterThan(0);
  return snaps.map((s) => s.url);
}

describe('snapshot url', () => {
  it('demo: the page URL with the hash on the thread, for every message of it', () => {
    const got = urls(demoAdapter, 'demo/thread-hlb-rfp.html', 'http://127.0.0.1:8642/?today=2026-11-23#/label/hlb');
    expect(new Set(got)).toEqual(new Set(['http://127.0.0.1:8642/?today=2026-11-23#/thread/hlb-rfp']));
  });

  it('gmail: the All Mail address of the thread token, keeping the signed-in account number', () => {
    const rel = 'gmail/2026-11-reconstructed/thread-3.html';
    const token = 'FMfcgzQbgRsTvWxYzAbCdEfGhJkLmNpQ';
    expect(new Set(urls(gmailAdapter, rel))).toEqual(new Set([`https://mail.google.com/mail/u/0/#all/${token}`]));
    const fromSearch = urls(gmailAdapter, rel, `https://mail.google.com/mail/u/2/#search/pilot/${token}`);
    expect(new Set(fromSearch)).toEqual(new Set([`https://mail.google.com/mail/u/2/#all/${token}`]));
  });

  it('gmail: without a thread token in the hash, the page URL', () => {
    const doc = loadFixture('gmail/2026-11-reconstructed/single.html', 'https://mail.google.com/mail/u/1/?view=pt&th=abc').doc;
    expect(gmailThreadUrl(doc)).toBe('https://mail.google.com/mail/u/1/?view=pt&th=abc');
  });

  it('outlook: the page URL (it names the item)', () => {
    const rel = 'outlook/2026-11-reconstructed/single.html';
    const { url } = loadFixture(rel);
    expect(urls(outlookAdapter, rel)).toEqual([url]);
  });

  it('roundcube: the top-level show address of the uid, even when read in the preview iframe', () => {
    expect(urls(roundcubeAdapter, 'roundcube/corpus-2024/preview-html.html')).toEqual([
      'http://127.0.0.1:8643/?_task=mail&_uid=2&_mbox=INBOX&_action=show',
    ]);
    expect(urls(roundcubeAdapter, 'roundcube/corpus-2024/show.html')).toEqual([
      'http://127.0.0.1:8643/?_task=mail&_uid=1&_mbox=INBOX&_action=show',
    ]);
  });

  it('generic: the page URL', () => {
    const rel = 'generic/2026-11/webmail-headers-table.html';
    const { url } = loadFixture(rel);
    expect(urls(genericAdapter, rel)).toEqual([new URL(url).href]);
  });

  it('never a non-http(s) URL', () => {
    const doc = loadFixture('generic/2026-11/webmail-headers-table.html', 'file:///home/me/mail.html').doc;
    expect(pageUrl(doc)).toBeNull();
    expect(genericAdapter.read(doc)[0]?.url).toBeNull();
  });
});
