// Evidence and commitments link to their message in the webmail (issue 6), and only ever through
// an http(s) URL: a stored or imported record with a javascript:/data: URL renders no link.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { safeHref } from '../../../components/links';
import { NextMoveItem } from '../../../components/Insight';
import { CommitmentList, type CommitmentActions } from '../../../components/CommitmentList';
import type { NextMove } from '../../../lib/model/records';
import { com, msg } from '../account/builders';

const GMAIL = 'https://mail.google.com/mail/u/0/#all/FMfcgzQbgRsTvWxYzAbCdEfGhJkLmNpQ';

describe('safeHref', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHref(GMAIL)).toBe(GMAIL);
    expect(safeHref('http://127.0.0.1:8643/?_task=mail&_uid=2&_mbox=INBOX&_action=show')).toBe(
      'http://127.0.0.1:8643/?_task=mail&_uid=2&_mbox=INBOX&_action=show',
    );
    expect(safeHref('  HTTPS://Outlook.office.com/mail/id/AA%3D ')).toBe('https://outlook.office.com/mail/id/AA%3D');
  });

  it('refuses every other scheme, relative and empty URLs', () => {
    for (const bad of [
      'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:x', 'file:///etc/passwd', 'chrome-extension://abc/page.html', 'mailto:a@b.c', '/relative/path', '#/thread/x', '', null, undefined,
    ]) {
      expect([bad, safeHref(bad)]).toEqual([bad, null]);
    }
  });
});

const move = (url?: string): NextMove => ({
  rule: 'our-promise-overdue', priority: 90,
  title: { en: 'Send the quote', zh: '发送报价' }, reason: { en: 'Overdue', zh: '已逾期' }, action: { en: 'Send it', zh: '发送' },
  evidence: [{ messageId: '<m@x>', quote: 'I will send the quote by Friday.', at: '2026-11-20T09:00:00Z', subject: 'Quote', ...(url === undefined ? {} : { url }) }],
});

describe('evidence links', () => {
  it('the subject and date open the message in a new tab when its URL is http(s)', () => {
    const html = renderToStaticMarkup(<NextMoveItem move={move(GMAIL)} locale="en" />);
    expect(html).toContain(`href="${GMAIL}"`);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toMatch(/<a [^>]*>Quote, [^<]+<\/a>/);
  });

  it('no link without a URL, nor for a javascript: URL', () => {
    expect(renderToStaticMarkup(<NextMoveItem move={move()} locale="en" />)).not.toContain('<a ');
    const html = renderToStaticMarkup(<NextMoveItem move={move('javascript:alert(1)')} locale="en" />);
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Quote, ');
  });
});

describe('commitment links', () => {
  const noop = () => undefined;
  const actions: CommitmentActions = { onStatus: noop, onSnooze: noop, onEdit: noop, onConfirmDelivery: noop };
  const c1 = com('I will send the revised quote by Friday.', { messageId: '<a@x>' });
  const c2 = com('We will share the test plan.', { messageId: '<b@x>' });

  it("each commitment's date links to the message that made it, when that message has a safe URL", () => {
    const html = renderToStaticMarkup(
      <CommitmentList
        commitments={[c1, c2]} today="2026-11-23" locale="en" actions={actions}
        messages={[msg({ messageId: '<a@x>', url: GMAIL }), msg({ messageId: '<b@x>', url: 'javascript:alert(1)' })]}
      />,
    );
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(`href="${GMAIL}"`);
    expect(html).not.toContain('javascript:');
  });

  it('without messages (the default) no links, as before', () => {
    expect(renderToStaticMarkup(<CommitmentList commitments={[c1]} today="2026-11-23" locale="en" actions={actions} />)).not.toContain('<a ');
  });
});
