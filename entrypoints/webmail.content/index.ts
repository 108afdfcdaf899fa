// Content script: wiring only. Picks the adapter for this page and starts the runtime,
// which reads the open email, extracts it here in the page and sends the result to the
// background (the only writer of IndexedDB).
import { browser } from 'wxt/browser';
import { WEBMAIL_MATCHES } from '@/lib/adapters/origins';
import { genericAdapter, pickAdapter } from '@/lib/adapters/registry';
import { startContentRuntime } from '@/lib/content/runtime';
import { extract } from '@/lib/extract/index';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  // Roundcube and other self-hosted webmail show the message in a same-origin iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = pickAdapter(document, location.href);
    if (!adapter) return;
    const runtime = startContentRuntime({
      doc: document,
      adapter,
      fallback: adapter === genericAdapter ? null : genericAdapter,
      extract,
      send: (msg) => browser.runtime.sendMessage(msg),
    });
    ctx.onInvalidated(() => runtime.stop());
  },
});
