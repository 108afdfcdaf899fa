// The protocol client for extension pages, bound to the browser's runtime messaging.
import { browser } from 'wxt/browser';
import { request } from './client';
import type { ChangedNotice, PageMessage } from './messages';

export function ask<T>(msg: PageMessage): Promise<T> {
  return request<T>((m) => browser.runtime.sendMessage(m), msg);
}

/** Calls back when the background reports that stored data changed. Returns an unsubscribe function. */
export function onAccordChanged(cb: (notice: ChangedNotice) => void): () => void {
  const listener = (msg: unknown) => {
    if (msg && typeof msg === 'object' && (msg as { type?: unknown }).type === 'accord-changed') cb(msg as ChangedNotice);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Must be called from a user
 * gesture in an extension page: the browser refuses it otherwise.
 */
export async function openSidePanel(): Promise<void> {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (g.chrome?.sidePanel && win.id !== undefined) await g.chrome.sidePanel.open({ windowId: win.id });
}
