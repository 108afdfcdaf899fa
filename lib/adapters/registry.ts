// The adapters Accord knows, and the choice of one for a page: the site adapter whose match
// patterns cover the URL and whose detect() recognises the document; else the generic reader
// for origins the user enabled. The runtime also falls back to `genericAdapter` when a site
// adapter's read() throws SelectorError.
import { SelectorError, type AdapterHealth, type WebmailAdapter } from './types';
import type { EmailSnapshot } from '../model/email';
import { matchesPattern } from './generic/dom';
import { genericAdapter } from './generic/adapter';
import { gmailAdapter } from './gmail/adapter';
import { outlookAdapter } from './outlook/adapter';
import { roundcubeAdapter } from './roundcube/adapter';
import { demoAdapter } from './demo/adapter';

export { genericAdapter };

/** Site adapters, most specific first. The generic reader is not in this list. */
export const siteAdapters: readonly WebmailAdapter[] = [gmailAdapter, outlookAdapter, demoAdapter, roundcubeAdapter];

/** Every adapter, the generic reader last. */
export const allAdapters: readonly WebmailAdapter[] = [...siteAdapters, genericAdapter];

export interface PickOptions {
  /**
   * Origins (or match patterns) the user enabled for the generic reader. When omitted, the
   * caller vouches that the page is on an enabled origin (content scripts are only injected there).
   */
  enabledOrigins?: readonly string[];
}

function originEnabled(url: string, enabled: readonly string[] | undefined): boolean {
  if (!enabled) return true;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return enabled.some((e) => (e.includes('*') ? matchesPattern(e, url) : e.replace(/\/+$/, '') === origin));
}

/**
 * The adapter for this page, or null when none applies. Never throws.
 * - A site adapter with match patterns is chosen when they cover the URL and detect() agrees.
 * - A site adapter without match patterns (self-hosted webmail such as Roundcube, enabled by
 *   the user at runtime) is chosen on an enabled origin when detect() recognises the page.
 * - On a known site's origin whose adapter does not recognise the page (a sign-in page, one of
 *   Gmail's helper iframes) nothing is chosen: the generic reader would read noise there. A known
 *   page whose selectors broke is still picked by detect() and falls back at read time
 *   (readWithFallback), with the failure reported.
 * - Otherwise the generic reader, on enabled origins.
 */
export function pickAdapter(doc: Document, url: string, options: PickOptions = {}): WebmailAdapter | null {
  const enabled = originEnabled(url, options.enabledOrigins);
  let knownSite = false;
  for (const adapter of siteAdapters) {
    try {
      const covered = adapter.matches.some((p) => matchesPattern(p, url));
      knownSite ||= covered;
      if (adapter.matches.length ? covered : enabled) {
        if (adapter.detect(doc)) return adapter;
      }
    } catch {
      // a broken detect() must not break the others
    }
  }
  if (!knownSite && enabled && genericAdapter.detect(doc)) return genericAdapter;
  return null;
}

export interface ReadOutcome {
  /** The adapter whose snapshots these are ('generic' after a fallback). */
  site: string;
  snapshots: EmailSnapshot[];
  /** Health of the picked adapter: names of failed selectors only, never content. */
  health: AdapterHealth;
}

/**
 * Read with the picked adapter; when it raises SelectorError, report the selector name as
 * adapter health and read the page with the generic reader instead of failing silently.
 */
export function readWithFallback(
  adapter: WebmailAdapter,
  doc: Document,
  now: () => Date = () => new Date(),
  fallback: WebmailAdapter | null = genericAdapter,
): ReadOutcome {
  try {
    const snapshots = adapter.read(doc);
    return { site: adapter.site, snapshots, health: { site: adapter.site, ok: true, failed: [], checkedAt: now().toISOString() } };
  } catch (err) {
    if (!(err instanceof SelectorError)) throw err;
    const health = { site: adapter.site, ok: false, failed: [err.selector], checkedAt: now().toISOString() };
    // No other reader (the generic one failed itself): nothing is read, the failure is reported.
    if (!fallback || fallback === adapter) return { site: adapter.site, snapshots: [], health };
    return { site: fallback.site, snapshots: fallback.read(doc), health };
  }
}
