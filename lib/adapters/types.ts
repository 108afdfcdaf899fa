// The adapter contract. An adapter knows one webmail's DOM and nothing else:
// no extraction, no storage, no browser extension API.
import type { EmailSnapshot } from '../model/email';

/** A named selector, with the date it was last seen working and the fixture that proves it. */
export interface SelectorSpec {
  /** Stable name reported in adapter health (never page content). */
  name: string;
  /** Primary selector first, then fallbacks, tried in order. */
  css: readonly string[];
  /** ISO date the selector was last seen on the live site or a capture. */
  seen: string;
  /** Fixture file (under tests/fixtures) that proves it. */
  fixture: string;
}

/** Raised when a required element is missing: the site changed. Carries selector names only. */
export class SelectorError extends Error {
  constructor(
    readonly site: string,
    readonly selector: string,
  ) {
    super(`${site}: selector "${selector}" matched nothing`);
    this.name = 'SelectorError';
  }
}

export interface AdapterHealth {
  site: string;
  ok: boolean;
  /** Names of the selectors that failed, never content. */
  failed: string[];
  checkedAt: string;
}

export interface WebmailAdapter {
  /** 'gmail' | 'outlook' | 'roundcube' | 'demo' | 'generic' */
  readonly site: string;
  /** Match patterns of the origins it serves (manifest syntax). */
  readonly matches: readonly string[];
  /** True when this adapter recognises the document (origin and page shape). */
  detect(doc: Document): boolean;
  /** The signed-in mailbox address (lower-cased), or null when the page does not show it. */
  mailbox(doc: Document): string | null;
  /**
   * The open message, or every message of the open thread, oldest first.
   * Returns [] when no message is open. Throws SelectorError when the page shape changed.
   */
  read(doc: Document): EmailSnapshot[];
  /**
   * Calls `onChange` (debounced by the caller) when the open message or thread may have changed.
   * Returns a function that stops observing.
   */
  observe(doc: Document, onChange: () => void): () => void;
  /** Where to put the capture button for a message (beside the sender), or null. */
  senderAnchor?(doc: Document, messageId: string): Element | null;
}

/** First element matching any of the spec's selectors, or null. */
export function queryFirst(root: ParentNode, spec: SelectorSpec): Element | null {
  for (const css of spec.css) {
    const el = root.querySelector(css);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first of the spec's selectors that matches anything. */
export function queryAll(root: ParentNode, spec: SelectorSpec): Element[] {
  for (const css of spec.css) {
    const els = Array.from(root.querySelectorAll(css));
    if (els.length) return els;
  }
  return [];
}

/** Like queryFirst, but a missing element is a SelectorError. */
export function queryRequired(root: ParentNode, site: string, spec: SelectorSpec): Element {
  const el = queryFirst(root, spec);
  if (!el) throw new SelectorError(site, spec.name);
  return el;
}
