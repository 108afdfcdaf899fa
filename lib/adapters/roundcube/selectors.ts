// Every Roundcube (elastic skin) host-page selector, named and dated, primary first then fallbacks.
//
// Provenance: LIVE captures of Roundcube 1.6.5 (Debian 1.6.5+dfsg-1+deb12u13, elastic, served by
// scripts/roundcube/up.sh) under tests/fixtures/roundcube/live-1.6.5/, fetched on `seen` with
// scripts/roundcube/capture.mjs; and the team's earlier captures of the same version under
// tests/fixtures/roundcube/corpus-2024/ (see NOTES.md there). The opened message lives in the
// same-origin iframe#messagecontframe (`_action=preview&_framed=1`); a double-click opens
// `_action=show` at the top level with the same message markup.
import type { SelectorSpec } from '../types';

const LIVE = 'roundcube/live-1.6.5';
const SEEN = '2026-11-29';

export const SITE = 'roundcube';

export const roundcubeSelectors = {
  /** Header block of the open message (preview iframe and _action=show). */
  messageHeader: { name: 'messageHeader', css: ['#message-header'], seen: SEEN, fixture: `${LIVE}/reply-signature.html` },
  /** Subject heading; its span.voice ("Subject: ") and a.extwin ("Open in new window") are not the subject. */
  subject: {
    name: 'subject',
    css: ['#message-header h2.subject', 'h2.subject'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** "Open in new window" link in the subject heading: its href carries _uid and _mbox. */
  extwin: {
    name: 'extwin',
    css: ['#message-header h2.subject a.extwin', 'a.extwin[href*="_uid="]'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** "From <sender> on <date>" line (in Sent/Drafts it reads "To <recipient> on <date>"). */
  summary: {
    name: 'summary',
    css: ['#message-header .header-summary', '.header-summary'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** The address shown in the summary line: where the capture button goes. */
  summaryAddress: {
    name: 'summaryAddress',
    css: ['#message-header .header-summary .adr', '.header-summary .adr'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** The full date in the summary, formatted with the user's date_long, in the user's time zone. */
  summaryDate: {
    name: 'summaryDate',
    css: ['#message-header .header-summary .text-nowrap', '.header-summary .text-nowrap'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /**
   * The sender. The headers table is in the DOM but hidden until "Details"; read textContent and
   * the mailto: href (title disappears when the user shows addresses). The summary is the fallback.
   */
  from: {
    name: 'from',
    css: ['#message-header td.header.from .adr', 'td.header.from .adr', '#message-header .header-summary .adr'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  to: { name: 'to', css: ['#message-header td.header.to', 'td.header.to'], seen: SEEN, fixture: `${LIVE}/reply-signature.html` },
  cc: { name: 'cc', css: ['#message-header td.header.cc', 'td.header.cc'], seen: SEEN, fixture: `${LIVE}/reply-signature.html` },
  /** Reply-To, shown only when it differs from From. */
  replyTo: {
    name: 'replyTo',
    css: ['#message-header td.header.replyto', 'td.header.replyto'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** Date row of the headers table: "pretty" (Today 10:15, Sun 10:15) for recent mail, so only a fallback. */
  dateCell: {
    name: 'dateCell',
    css: ['#message-header td.header.date', 'td.header.date'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** One address in a header cell. */
  address: { name: 'address', css: ['span.adr'], seen: SEEN, fixture: `${LIVE}/reply-signature.html` },
  /** "and N more": only 10 addresses per header are rendered; this link's onclick holds them all. */
  moreLink: { name: 'moreLink', css: ['a.morelink'], seen: SEEN, fixture: `${LIVE}/gb2312-many-recipients.html` },
  /** Message body: plain text in div.pre, HTML in div.rcmBody (class names prefixed v1). */
  body: { name: 'body', css: ['#messagebody'], seen: SEEN, fixture: `${LIVE}/reply-signature.html` },
  /** Inline scripts, one of which calls rcmail.set_env({...uid, mailbox, username, date_format...}). */
  envScript: {
    name: 'envScript',
    css: ['head script:not([src])', 'script:not([src])'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
  /** The account name at the top of the folder column (top-level page only). */
  accountName: {
    name: 'accountName',
    css: ['#layout-sidebar .header-title.username', '.header-title.username', '#layout-sidebar .username'],
    seen: SEEN,
    fixture: `${LIVE}/mail-top.html`,
  },
  /** The same-origin preview iframe on the top-level mail page. */
  previewFrame: {
    name: 'previewFrame',
    css: ['iframe#messagecontframe', 'iframe[name="messagecontframe"]'],
    seen: SEEN,
    fixture: `${LIVE}/mail-top.html`,
  },
  /** Region observed for changes: the content column holding header and body. */
  content: {
    name: 'content',
    css: ['#layout-content', '#message-content', '#messagebody'],
    seen: SEEN,
    fixture: `${LIVE}/reply-signature.html`,
  },
} as const satisfies Record<string, SelectorSpec>;

/**
 * Zones marked in the rendered body. Roundcube turns plain-text "> " quotes into nested
 * <blockquote> and wraps a "-- " signature in span.sig; HTML mail keeps the sending client's
 * markers with Roundcube's "v1" class/id prefix, hence the substring/suffix matches.
 */
export const roundcubeZoneMarkers = {
  quote: ['blockquote', '[class*="gmail_quote"]', '[class*="yahoo_quoted"]', '[class*="moz-cite-prefix"]'],
  quoteFrom: ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]'],
  /**
   * span.sig is Roundcube's own marker in plain text; the others come from the sender's HTML
   * (div#signature is what Roundcube itself sends, shown as "v1signature"; Outlook's #Signature).
   */
  signature: ['span.sig', '[class*="signature"]', '[id$="Signature"]', '[id$="signature"]'],
  /**
   * One part of the message: an HTML part's div.rcmBody, a plain part's div.message-part. New text
   * after a quote is looked for in the quote's own part, not in what Roundcube adds after it.
   */
  part: ['div.rcmBody', 'div.message-part', 'div.message-htmlpart'],
} as const;

/** Body classes of pages that show one message. */
export const MESSAGE_PAGE_CLASSES = ['action-preview', 'action-show'] as const;
