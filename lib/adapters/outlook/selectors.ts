// Every Outlook-on-the-web host-page selector, named and dated, primary first then fallbacks.
// ARIA roles and labels first: OWA's class names are generated and change with every build.
//
// Provenance: RECONSTRUCTED fixtures under tests/fixtures/outlook/2026-11-reconstructed/ (see
// its NOTES.md), built from the roles/labels OWA exposes to assistive technology and from the
// HTML Outlook writes into mail (#divRplyFwdMsg, #appendonsend; OWA prefixes ids in rendered
// mail with "x_"). `seen` is the reconstruction date, not a live capture. The zh-CN labels
// (发件人/收件人/抄送/邮件正文) are likewise reconstructed: OWA localises aria-labels, so every
// label-based selector keeps a language-neutral fallback (ids, data-testid, title="address").
import type { SelectorSpec } from '../types';

const RECON = 'outlook/2026-11-reconstructed';
const SEEN = '2026-11-29';

export const SITE = 'outlook';

export const outlookSelectors = {
  /** Reading pane region. Observed for SPA changes. */
  main: { name: 'main', css: ['[role="main"]', '#ReadingPaneContainerId'], seen: SEEN, fixture: `${RECON}/thread-3.html` },
  /** Conversation subject heading in the reading pane. */
  subject: {
    name: 'subject',
    css: ['[role="heading"][aria-level="2"]', 'h2', '[role="heading"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** One element per message of the open conversation. */
  item: {
    name: 'item',
    css: ['div[aria-label="Email message"]', '[role="region"][aria-label]', '[data-testid="ConversationItem"]'],
    seen: SEEN,
    fixture: `${RECON}/thread-3.html`,
  },
  /** Sender persona: address in title or aria-label ("From: Name <address>"). */
  sender: {
    name: 'sender',
    css: ['[aria-label^="From:"]', '[aria-label^="发件人"]', '[data-testid="SenderPersona"]', 'span[title*="@"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  to: { name: 'to', css: ['[aria-label^="To:"]', '[aria-label^="收件人"]', '[data-testid="RecipientWell-To"]'], seen: SEEN, fixture: `${RECON}/single.html` },
  cc: { name: 'cc', css: ['[aria-label^="Cc:"]', '[aria-label^="抄送"]', '[data-testid="RecipientWell-Cc"]'], seen: SEEN, fixture: `${RECON}/html-mail.html` },
  /** Sent/received time as displayed ("Mon 11/2/2026 10:15 AM"). */
  date: {
    name: 'date',
    css: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]', '[aria-label^="Sent:"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** Message body of an expanded item. */
  body: {
    name: 'body',
    css: ['[aria-label="Message body"]', '[aria-label="邮件正文"]', 'div[id^="UniqueMessageBody"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** Preview line of a collapsed item. */
  snippet: {
    name: 'snippet',
    css: ['[data-testid="ItemPreview"]', '[aria-label^="Preview"]'],
    seen: SEEN,
    fixture: `${RECON}/collapsed-expanded.html`,
  },
  /** Selected row of the message list, carrying the conversation id when the URL lacks it. */
  selectedOption: {
    name: 'selectedOption',
    css: ['[role="listbox"] [role="option"][aria-selected="true"][data-convid]', '[role="option"][aria-selected="true"]'],
    seen: SEEN,
    fixture: `${RECON}/thread-3.html`,
  },
  /** The account manager button: "Account manager for Name" (address in label/title when shown). */
  account: {
    name: 'account',
    css: ['#O365_MainLink_Me', 'button[aria-label^="Account manager"]', '#mectrl_main_trigger'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
  /** The account address line in the account manager ("me control"). */
  accountAddress: {
    name: 'accountAddress',
    css: ['#mectrl_currentAccount_secondary', '[data-testid="mectrl_currentAccount_secondary"]'],
    seen: SEEN,
    fixture: `${RECON}/single.html`,
  },
} as const satisfies Record<string, SelectorSpec>;

/** Quote markers in mail rendered by OWA (ids in mail HTML are prefixed "x_" by OWA). */
export const outlookQuoteMarkers = {
  quote: ['blockquote', '.gmail_quote', '.gmail_extra', '.yahoo_quoted', '.moz-cite-prefix'],
  quoteFrom: [
    '#divRplyFwdMsg',
    '#x_divRplyFwdMsg',
    '[id$="divRplyFwdMsg"]',
    '#appendonsend',
    '#x_appendonsend',
    '[id$="appendonsend"]',
  ],
  signature: ['#Signature', '#x_Signature', '[id$="_Signature"]', '.elementToProof#Signature'],
} as const;
