// Content script: wiring only. Picks the adapter for this page and starts the runtime,
// which reads the open email and sends it to the background, which extracts it and stores
// the result (the only writer of IndexedDB).
import { browser } from 'wxt/browser';
import { WEBMAIL_MATCHES } from '@/lib/adapters/origins';
import { genericAdapter, pickAdapter } from '@/lib/adapters/registry';
import { startContentRuntime } from '@/lib/content/runtime';
import { mountCaptureButtons, type CaptureLabels } from '@/lib/content/capture-button';
import type { ContentMessage } from '@/lib/protocol/messages';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  // Gmail and Outlook show the message in the top document: the script does not start in their
  // many iframes. Self-hosted webmail (Roundcube shows the message in an iframe) is registered
  // at runtime with allFrames (lib/background/webmail-origins.ts); the demo/test build's loopback
  // match turns all_frames on in wxt.config.ts.
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = pickAdapter(document, location.href);
    if (!adapter) return;
    const send = (msg: ContentMessage) => browser.runtime.sendMessage(msg);
    const zh = (navigator.language || '').toLowerCase().startsWith('zh');
    const labels: CaptureLabels = zh
      ? { capture: '保存联系人', captured: '已保存 ✓', failed: '保存失败', aria: '将 {name} 保存到 Accord' }
      : { capture: 'Capture', captured: 'Captured ✓', failed: 'Not saved', aria: 'Capture {name} in Accord' };
    const runtime = startContentRuntime({
      doc: document,
      adapter,
      fallback: adapter === genericAdapter ? null : genericAdapter,
      send,
      onPass: (pass) => {
        if (!pass.mailbox || pass.failed.length) return;
        const mailbox = pass.mailbox;
        // Our own messages need no capture button.
        const theirs = pass.snapshots.filter((snap) => snap.from?.email && snap.from.email !== mailbox);
        mountCaptureButtons(document, adapter, theirs, labels, async (email) => {
          const res = (await send({ type: 'capture-contact', mailbox, email })) as { ok?: boolean } | undefined;
          return !!res?.ok;
        });
      },
    });
    ctx.onInvalidated(() => runtime.stop());
  },
});
