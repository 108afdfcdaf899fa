// The background's logic, free of browser APIs (they are injected), so it runs under tests.
// The single writer of IndexedDB: every write goes through here.
import type { AccountInsight, AccountView, CurrentView } from '../model/records';
import type { ChangedNotice, ErrorCode } from '../protocol/messages';
import { createRouter, ProtocolError, type SenderFacts } from '../protocol/router';
import { originMatches } from '../adapters/origins';
import type { AccordDb } from '../storage/db';
import * as repo from '../storage/repo';
import * as edits from '../storage/edits';
import { ingestExtraction } from '../storage/ingest';
import { StorageFullError, NotFoundError, BackupError, InvalidEditError } from '../storage/errors';
import { backupToJson, exportBackup, importBackup } from '../storage/backup';
import { exportCommitments, exportContacts } from '../storage/export';
import { computeInsight } from '../playbook/insight';
import { normaliseEmail } from '../account/organisations';
import { extract } from '../extract/index';

/** The parts of runtime.MessageSender the background trusts. */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export interface TabState {
  mailbox: string | null;
  site: string;
  openMessageIds: string[];
  health: { ok: boolean; failed: string[]; fallback: boolean } | null;
  lowConfidence: boolean;
  updatedAt: number;
}

export interface BackgroundDeps {
  db: Promise<AccordDb>;
  runtimeId: string;
  extensionOrigin: string;
  manifestMatches: string[];
  hasOriginPermission: (origin: string) => Promise<boolean>;
  session: { get: (key: string) => Promise<unknown>; set: (key: string, value: unknown) => Promise<void> };
  activeTabId: () => Promise<number | null>;
  broadcast: (notice: ChangedNotice) => void;
  setBadge: (count: number) => void;
  today: () => string;
}

const TABS_KEY = 'accord-tabs';

export function createBackground(deps: BackgroundDeps) {
  // Tab states survive a service-worker restart through storage.session.
  // One load shared by every caller: two requests right after a worker start (the panel asking
  // while a tab reports its health) must not each build a map and lose the other's update.
  let tabs: Promise<Map<number, TabState>> | null = null;
  function tabStates(): Promise<Map<number, TabState>> {
    tabs ??= deps.session
      .get(TABS_KEY)
      .catch(() => null)
      .then((saved) => new Map(Array.isArray(saved) ? (saved as [number, TabState][]) : []));
    return tabs;
  }
  async function updateTab(tabId: number, patch: Partial<TabState>): Promise<void> {
    const all = await tabStates();
    const prev = all.get(tabId) ?? { mailbox: null, site: '', openMessageIds: [], health: null, lowConfidence: false, updatedAt: 0 };
    all.set(tabId, { ...prev, ...patch, updatedAt: Date.now() });
    await deps.session.set(TABS_KEY, [...all.entries()]).catch(() => {});
  }

  /** The webmail tab the user is looking at: the active tab, or the last webmail tab used. */
  async function currentTab(): Promise<TabState | null> {
    const all = await tabStates();
    const active = await deps.activeTabId().catch(() => null);
    if (active !== null && all.has(active)) return all.get(active)!;
    let best: TabState | null = null;
    for (const s of all.values()) if (!best || s.updatedAt > best.updatedAt) best = s;
    return best;
  }

  async function insightFor(account: AccountView | null): Promise<AccountInsight | null> {
    return account ? computeInsight(account, deps.today()) : null;
  }

  /** Overdue commitments of every mailbox (or of one), soonest due first per mailbox. */
  async function overdueIn(mailbox: string | null, today: string) {
    const db = await deps.db;
    const boxes = mailbox ? [mailbox] : (await repo.listMailboxes(db)).map((m) => m.id);
    return (await Promise.all(boxes.map((b) => repo.listOverdue(db, b, today)))).flat();
  }

  // Overdue count per mailbox for the badge: a change in one mailbox recounts that mailbox only;
  // a new day, a change to every mailbox (restore, delete all) or a restarted worker recounts all.
  const overdueCounts = new Map<string, number>();
  let countedOn = '';
  async function refreshBadge(mailbox: string | null = null): Promise<void> {
    const today = deps.today();
    const db = await deps.db;
    if (mailbox === null || countedOn !== today) {
      overdueCounts.clear();
      for (const m of await repo.listMailboxes(db)) overdueCounts.set(m.id, (await repo.listOverdue(db, m.id, today)).length);
      countedOn = today;
    } else {
      overdueCounts.set(normaliseEmail(mailbox), (await repo.listOverdue(db, mailbox, today)).length);
    }
    deps.setBadge([...overdueCounts.values()].reduce((a, b) => a + b, 0));
  }

  async function changed(mailbox: string | null, badge = true) {
    deps.broadcast({ type: 'accord-changed', mailbox });
    if (badge) await refreshBadge(mailbox).catch(() => {});
  }

  /** The customer of the open thread: the organisation most of its messages belong to, newest first. */
  async function threadOrgId(db: AccordDb, mailbox: string, openMessageIds: readonly string[]): Promise<string | null> {
    const counts = new Map<string, number>();
    for (const id of [...openMessageIds].reverse()) {
      for (const orgId of await repo.orgIdsForMessage(db, mailbox, id)) counts.set(orgId, (counts.get(orgId) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }

  async function currentView(): Promise<CurrentView> {
    const tab = await currentTab();
    const today = deps.today();
    const db = await deps.db;
    const base: CurrentView = {
      mailbox: tab?.mailbox ?? null, site: tab?.site ?? null, health: tab?.health ?? null, lowConfidence: tab?.lowConfidence ?? false,
      openMessageIds: tab?.openMessageIds ?? [], account: null, insight: null, unfiled: [], overdue: [], today,
    };
    if (!tab?.mailbox) {
      // No webmail tab: still show what is overdue across every mailbox.
      base.overdue = await overdueIn(null, today);
      return base;
    }
    base.overdue = await repo.listOverdue(db, tab.mailbox, today);
    const orgId = await threadOrgId(db, tab.mailbox, tab.openMessageIds);
    if (orgId) {
      base.account = await repo.getAccountView(db, tab.mailbox, orgId);
      base.insight = await insightFor(base.account);
      base.history = await repo.listHistory(db, tab.mailbox, orgId);
    }
    base.unfiled = await repo.unfiledContactsForMessages(db, tab.mailbox, tab.openMessageIds);
    return base;
  }

  const classify = (err: unknown): { code: ErrorCode; message: string } => {
    if (err instanceof ProtocolError) return { code: err.code, message: err.message };
    if (err instanceof StorageFullError) return { code: 'storage-full', message: err.message };
    if (err instanceof NotFoundError) return { code: 'not-found', message: err.message };
    if (err instanceof BackupError) return { code: 'malformed', message: err.message };
    if (err instanceof InvalidEditError) return { code: 'malformed', message: err.message };
    return { code: 'internal', message: err instanceof Error ? `${err.name}` : 'error' };
  };

  const handle = createRouter<object>({
    classify,
    isAllowedContentOrigin: async (origin) =>
      !!origin && (deps.manifestMatches.some((p) => originMatches(origin, p)) || (await deps.hasOriginPermission(origin).catch(() => false))),
    content: {
      ingest: async (msg, ctx) => {
        const db = await deps.db;
        const results = [];
        // Extracted here, off the webmail page's main thread (the extractor is pure), and only
        // when the message is not stored yet.
        for (const snap of msg.snapshots) {
          const input = { messageId: snap.messageId, url: snap.url ?? null, extract: () => extract(snap) };
          results.push(await ingestExtraction(db, msg.mailbox, input, { today: deps.today() }));
        }
        await updateTab(ctx.tabId, { mailbox: msg.mailbox, site: msg.site, lowConfidence: msg.snapshots.some((x) => x.lowConfidence) });
        if (results.some((r) => r.status === 'added')) await changed(msg.mailbox);
        return results.map((r) => r.status);
      },
      view: async (msg, ctx) => {
        await updateTab(ctx.tabId, { mailbox: msg.mailbox, site: msg.site, openMessageIds: msg.openMessageIds });
        await changed(msg.mailbox, false);
      },
      'adapter-health': async (msg, ctx) => {
        await updateTab(ctx.tabId, { health: { ok: msg.ok, failed: msg.failed, fallback: msg.fallback } });
        await changed(null, false);
      },
      'capture-contact': async (msg) => {
        await edits.captureContact(await deps.db, msg.mailbox, msg.email);
        await changed(msg.mailbox, false);
      },
    },
    page: {
      'get-current': () => currentView(),
      'get-account': async (msg) => {
        const account = await repo.getAccountView(await deps.db, msg.mailbox, msg.orgId);
        if (!account) throw new ProtocolError('not-found', 'no such account');
        return { account, insight: await insightFor(account), history: await repo.listHistory(await deps.db, msg.mailbox, msg.orgId) };
      },
      'list-accounts': async (msg) => repo.listAccounts(await deps.db, msg.mailbox, deps.today()),
      search: async (msg) => repo.searchAccounts(await deps.db, msg.mailbox, msg.query, deps.today()),
      'list-overdue': async (msg) => overdueIn(msg.mailbox, deps.today()),
      'list-mailboxes': async () => repo.listMailboxes(await deps.db),
      'commitment-status': async (msg) => {
        await edits.setCommitmentStatus(await deps.db, msg.mailbox, msg.id, msg.status);
        await changed(msg.mailbox);
      },
      'commitment-snooze': async (msg) => {
        await edits.snoozeCommitment(await deps.db, msg.mailbox, msg.id, msg.until);
        await changed(msg.mailbox);
      },
      'commitment-edit': async (msg) => {
        await edits.editCommitment(await deps.db, msg.mailbox, msg.id, msg.patch);
        await changed(msg.mailbox);
      },
      'commitment-confirm-delivery': async (msg) => {
        await edits.confirmDelivery(await deps.db, msg.mailbox, msg.id);
        await changed(msg.mailbox);
      },
      'contact-role': async (msg) => {
        await edits.setContactRole(await deps.db, msg.mailbox, msg.email, msg.role);
        await changed(msg.mailbox, false);
      },
      'capture-contact': async (msg) => {
        await edits.captureContact(await deps.db, msg.mailbox, msg.email);
        await changed(msg.mailbox, false);
      },
      'org-rename': async (msg) => {
        await edits.renameOrganisation(await deps.db, msg.mailbox, msg.orgId, msg.name);
        await changed(msg.mailbox, false);
      },
      'org-merge': async (msg) => {
        await edits.mergeOrganisations(await deps.db, msg.mailbox, msg.fromId, msg.intoId);
        await changed(msg.mailbox);
      },
      'org-split': async (msg) => {
        const org = await edits.splitDomain(await deps.db, msg.mailbox, msg.orgId, msg.domain);
        await changed(msg.mailbox);
        return org.id;
      },
      'contact-file': async (msg) => {
        await edits.fileContact(await deps.db, msg.mailbox, msg.email, msg.orgId);
        await changed(msg.mailbox);
      },
      'contact-edit': async (msg) => {
        await edits.editContact(await deps.db, msg.mailbox, msg.email, msg.patch);
        await changed(msg.mailbox, false);
      },
      'get-settings': async (msg) => repo.getSettings(await deps.db, msg.mailbox),
      'update-settings': async (msg) => {
        const settings = await edits.updateSettings(await deps.db, msg.mailbox, msg.patch);
        await changed(msg.mailbox);
        return settings;
      },
      'delete-mailbox': async (msg) => {
        await edits.deleteMailbox(await deps.db, msg.mailbox);
        await changed(msg.mailbox);
      },
      'ingest-batch': async (msg) => {
        const db = await deps.db;
        let added = 0;
        for (const x of msg.extractions) if ((await ingestExtraction(db, msg.mailbox, x, { today: deps.today() })).status === 'added') added++;
        if (added) await changed(msg.mailbox);
        return { added, duplicates: msg.extractions.length - added };
      },
      export: async (msg) => {
        const db = await deps.db;
        if (msg.format === 'backup') return backupToJson(await exportBackup(db, msg.mailbox ? { mailboxId: msg.mailbox } : {}));
        if (!msg.mailbox) throw new ProtocolError('malformed', 'choose a mailbox to export');
        if (msg.format === 'commitments-ics') return exportCommitments(db, msg.mailbox, { now: new Date() });
        return exportContacts(db, msg.mailbox, msg.format === 'contacts-csv' ? 'csv' : 'vcard', { all: true, bom: msg.format === 'contacts-csv' });
      },
      'restore-backup': async (msg) => {
        let json: unknown;
        try {
          json = JSON.parse(msg.json);
        } catch {
          throw new ProtocolError('malformed', 'this file is not an Accord backup (not JSON)');
        }
        const result = await importBackup(await deps.db, json);
        await changed(null);
        return result;
      },
      'storage-summary': async (msg) => repo.storageSummary(await deps.db, msg.mailbox),
      'delete-all': async () => {
        await edits.deleteAll(await deps.db);
        await changed(null);
      },
      'org-stage': async (msg) => {
        await edits.setOrgOverrides(await deps.db, msg.mailbox, msg.orgId, {
          ...(msg.relationship !== undefined ? { relationshipOverride: msg.relationship } : {}),
          ...(msg.project !== undefined ? { projectStageOverride: msg.project } : {}),
          ...(msg.origin !== undefined ? { originOverride: msg.origin } : {}),
        });
        await changed(msg.mailbox, false);
      },
    },
  });

  return {
    handle(raw: unknown, sender: MessageSender) {
      const url = sender.url ?? '';
      const facts: SenderFacts = {
        ownExtension: sender.id === deps.runtimeId,
        extensionPage: url.startsWith(deps.extensionOrigin + '/'),
        tabId: sender.tab?.id ?? null,
        origin: sender.origin ?? (url ? safeOrigin(url) : null),
      };
      return handle(raw, facts, {});
    },
    async forgetTab(tabId: number) {
      const all = await tabStates();
      if (all.delete(tabId)) await deps.session.set(TABS_KEY, [...all.entries()]).catch(() => {});
    },
    refreshBadge: () => refreshBadge().catch(() => {}),
    /** Context menu on a selection or link in a webmail tab: capture a contact, or note a commitment. */
    async onMenu(menuId: string, selection: string, linkUrl: string, tabId: number | null) {
      const tab = (tabId !== null ? (await tabStates()).get(tabId) : null) ?? (await currentTab());
      if (!tab?.mailbox) return;
      const db = await deps.db;
      if (menuId === 'accord-capture-contact') {
        const source = linkUrl.startsWith('mailto:') ? decodeURIComponent(linkUrl.slice(7)) : selection;
        const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(source)?.[0];
        if (!email) return;
        await edits.captureContact(db, tab.mailbox, email).catch((e: unknown) => {
          if (!(e instanceof NotFoundError)) throw e;
        });
      } else if (menuId === 'accord-add-commitment') {
        const text = selection.trim().slice(0, 2000);
        if (!text) return;
        // on the account of the thread open in that tab (not the whole side-panel view)
        const orgId = await threadOrgId(db, tab.mailbox, tab.openMessageIds);
        await edits.addCommitment(db, tab.mailbox, { orgId, text, side: 'ours' });
      } else return;
      await changed(tab.mailbox);
    },
  };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
