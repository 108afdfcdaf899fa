// Background service worker: wiring only. Opens the database, routes protocol messages
// (the only writer of IndexedDB), tracks what each webmail tab has open, keeps the badge,
// menus and runtime-registered webmail origins. Logic lives in lib/.
import { browser, type Browser } from 'wxt/browser';
import { createBackground } from '@/lib/background/service';
import { openAccordDb } from '@/lib/storage/db';
import { syncWebmailScripts } from '@/lib/background/webmail-origins';
import { browserWebmailOriginDeps, onWebmailOriginsChanged } from '@/lib/browser/webmail-origins';

export default defineBackground(() => {
  const service = createBackground({
    db: openAccordDb(),
    runtimeId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    manifestMatches: (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []),
    hasOriginPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    session: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    activeTabId: async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    },
    broadcast: (notice) => {
      browser.runtime.sendMessage(notice).catch(() => {
        /* no page open: nobody to tell */
      });
    },
    setBadge: (count) => {
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      void action.setBadgeText({ text: count > 0 ? String(count) : '' });
      void action.setBadgeBackgroundColor({ color: '#b42318' });
    },
    today: () => localToday(),
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'accord-changed') return false;
    void service.handle(raw, sender).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));

  // Self-hosted webmail: run the content script on the origins the user added on the options
  // page, while their permission is granted (lib/background/webmail-origins.ts).
  const syncRegistered = () => void syncWebmailScripts(browserWebmailOriginDeps()).catch(() => undefined);
  browser.permissions.onAdded.addListener(syncRegistered);
  browser.permissions.onRemoved.addListener(syncRegistered);
  onWebmailOriginsChanged(syncRegistered);
  browser.runtime.onInstalled.addListener(() => {
    syncRegistered();
    setupMenus();
  });
  browser.runtime.onStartup.addListener(syncRegistered);

  // Keyboard shortcut: open the side panel for the current window (a command is a user gesture).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel') return;
    const g = globalThis as unknown as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } };
    if (tab?.windowId !== undefined) void g.chrome?.sidePanel?.open({ windowId: tab.windowId });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void service.onMenu(String(info.menuItemId), info.selectionText ?? '', info.linkUrl ?? '', tab?.id ?? null);
  });

  // Overdue changes at midnight, not only on writes.
  browser.alarms.create('accord-badge', { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === 'accord-badge') void service.refreshBadge();
  });
  void service.refreshBadge();
});

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function setupMenus() {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: 'accord-capture-contact', title: browser.i18n.getMessage('menuCapture'), contexts: ['selection', 'link'] });
    browser.contextMenus.create({ id: 'accord-add-commitment', title: browser.i18n.getMessage('menuCommitment'), contexts: ['selection'] });
  });
}
