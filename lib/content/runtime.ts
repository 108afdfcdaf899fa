// Site-independent content-script runtime: pick adapter → observe → read → send.
// It never blocks the page: work is debounced, and the only work done in the page is the
// adapter's read; the background extracts what it sends (in the page, the extractor's cold
// start cost ~150 ms of main-thread time per page in Chromium; bench/content-chromium.bench.mjs).
import type { EmailSnapshot } from '../model/email';
import type { ContentMessage } from '../protocol/messages';
import { SelectorError, type WebmailAdapter } from '../adapters/types';
import { readWithFallback } from '../adapters/registry';

export interface RuntimeDeps {
  doc: Document;
  /** The adapter for this page, and the generic reader to fall back on. */
  adapter: WebmailAdapter;
  fallback: WebmailAdapter | null;
  send: (msg: ContentMessage) => Promise<unknown>;
  /** Debounce before reading after a change (ms). */
  debounceMs?: number;
  /** Called after each completed pass (tests and the capture button use it). */
  onPass?: (pass: PassResult) => void;
}

export interface PassResult {
  mailbox: string | null;
  site: string;
  snapshots: EmailSnapshot[];
  /** Selector names that failed in the site adapter (empty when healthy). */
  failed: string[];
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startContentRuntime(deps: RuntimeDeps): { stop: () => void; runNow: () => Promise<PassResult | null> } {
  const { doc, adapter, fallback, send } = deps;
  const debounceMs = deps.debounceMs ?? 400;
  // messageId → text length sent: a message whose text has not changed is not sent again
  const sent = new Map<string, number>();
  let lastView = '';
  let lastHealth = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<PassResult | null> | null = null;
  let again = false;
  let stopped = false;

  async function report(failed: string[]) {
    const key = failed.join(',');
    if (key === lastHealth) return;
    lastHealth = key;
    await send({ type: 'adapter-health', site: adapter.site, ok: failed.length === 0, failed, fallback: failed.length > 0 && !!fallback }).catch(() => {});
  }

  async function pass(): Promise<PassResult | null> {
    if (stopped) return null;
    const { site, snapshots, health } = readWithFallback(adapter, doc, undefined, fallback);
    const failed = health.failed;
    await report(failed);
    let mailbox: string | null = null;
    try {
      mailbox = adapter.mailbox(doc);
    } catch (err) {
      if (!(err instanceof SelectorError)) throw err;
      await report([...failed, err.selector]);
    }
    const fresh: EmailSnapshot[] = [];
    for (const snap of snapshots) {
      // A collapsed message shows only a preview: it is stored once the user expands it,
      // since storage keeps the first reading of a message id.
      if (snap.headers['x-accord-view'] === 'collapsed') continue;
      if ((sent.get(snap.messageId) ?? -1) < snap.text.length) fresh.push(snap);
    }
    if (mailbox && fresh.length) {
      await yieldToPage();
      if (stopped) return null;
      const res = (await send({ type: 'ingest', mailbox, site, snapshots: fresh }).catch(() => null)) as { ok?: boolean } | null;
      if (res?.ok) {
        if (sent.size > 500) sent.clear(); // a long session in one tab stays small
        for (const snap of fresh) sent.set(snap.messageId, snap.text.length);
      }
    }
    const view = `${mailbox}|${site}|${snapshots.map((s) => s.messageId).join(',')}`;
    if (view !== lastView) {
      lastView = view;
      await send({ type: 'view', mailbox, site, openMessageIds: snapshots.map((s) => s.messageId) }).catch(() => {});
    }
    const result = { mailbox, site, snapshots, failed };
    deps.onPass?.(result);
    return result;
  }

  function schedule() {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void runNow();
    }, debounceMs);
  }

  async function runNow(): Promise<PassResult | null> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        return await pass();
      } catch {
        // Never let a page quirk break the webmail: report health by name only.
        await report(['runtime']);
        return null;
      } finally {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
      }
    })();
    return running;
  }

  const stopObserving = adapter.observe(doc, schedule);
  schedule();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopObserving();
    },
    runNow,
  };
}
