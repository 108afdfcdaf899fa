// The browser side of lib/background/webmail-origins.ts: extension storage, permissions and
// scripting, shared by the background (which registers the content script) and the options
// page (where the user adds and removes origins).
import { browser } from 'wxt/browser';
import { WEBMAIL_ORIGINS_KEY, type WebmailOriginDeps } from '../background/webmail-origins';

export function browserWebmailOriginDeps(): WebmailOriginDeps {
  const manifest = browser.runtime.getManifest();
  const scripts = manifest.content_scripts ?? [];
  const hostPermissions = (manifest as { host_permissions?: string[] }).host_permissions ?? [];
  return {
    getList: async () => {
      const v = (await browser.storage.local.get(WEBMAIL_ORIGINS_KEY))[WEBMAIL_ORIGINS_KEY];
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    },
    setList: (patterns) => browser.storage.local.set({ [WEBMAIL_ORIGINS_KEY]: patterns }),
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    isGranted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    manifestScriptMatches: scripts.flatMap((cs) => cs.matches ?? []),
    manifestHostPermissions: hostPermissions,
    scriptFiles: [...new Set(scripts.flatMap((cs) => cs.js ?? []))],
    getRegistered: (id) => browser.scripting.getRegisteredContentScripts({ ids: [id] }),
    unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
    register: (script) => browser.scripting.registerContentScripts([script]),
  };
}

/** Called back when the user's webmail origin list changes (in any extension page). */
export function onWebmailOriginsChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WEBMAIL_ORIGINS_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
