// One-click contact capture beside the sender of each open message. The only thing Accord puts
// into a webmail page: a host element with a closed shadow root, so the page's CSS cannot reach
// the button and the page's scripts cannot read it.
import type { EmailSnapshot } from '../model/email';
import type { WebmailAdapter } from '../adapters/types';

export interface CaptureLabels {
  capture: string;
  captured: string;
  failed: string;
  /** aria-label, with {name} replaced by the sender's name or address. */
  aria: string;
}

const HOST_ATTR = 'data-accord-capture';

const STYLE = `
  :host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
  button {
    font: 500 12px/1.6 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    color: #0b5cad; background: #fff; border: 1px solid #0b5cad; border-radius: 999px;
    padding: 0 9px; cursor: pointer; white-space: nowrap;
  }
  button:hover { background: #e7f0fb; }
  button:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
  button[data-state="done"] { color: #1a7f37; border-color: #1a7f37; cursor: default; }
  button[data-state="failed"] { color: #b42318; border-color: #b42318; }
`;

/** Puts a capture button beside each message's sender (once per message). Returns how many were added. */
export function mountCaptureButtons(
  doc: Document,
  adapter: WebmailAdapter,
  snapshots: EmailSnapshot[],
  labels: CaptureLabels,
  capture: (email: string) => Promise<boolean>,
): number {
  if (!adapter.senderAnchor) return 0;
  let added = 0;
  for (const snap of snapshots) {
    const email = snap.from?.email;
    if (!email) continue;
    let anchor: Element | null = null;
    try {
      anchor = adapter.senderAnchor(doc, snap.messageId);
    } catch {
      anchor = null;
    }
    if (!anchor) continue;
    const parent = anchor.parentElement ?? anchor;
    if (parent.querySelector(`[${HOST_ATTR}="${CSS.escape(snap.messageId)}"]`)) continue;
    const host = doc.createElement('span');
    host.setAttribute(HOST_ATTR, snap.messageId);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = labels.capture;
    button.setAttribute('aria-label', labels.aria.replace('{name}', snap.from?.name || email));
    button.addEventListener('click', async (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (button.dataset.state === 'done') return;
      const ok = await capture(email).catch(() => false);
      button.dataset.state = ok ? 'done' : 'failed';
      button.textContent = ok ? labels.captured : labels.failed;
    });
    root.append(style, button);
    // An empty slot the page offers is filled; otherwise the button goes right after the sender.
    if (!anchor.childElementCount && !anchor.textContent?.trim()) anchor.append(host);
    else anchor.insertAdjacentElement('afterend', host);
    added++;
  }
  return added;
}
