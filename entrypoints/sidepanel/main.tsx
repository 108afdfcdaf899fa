import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AccountPanel, type PanelActions } from '@/components/AccountPanel';
import { SearchBox } from '@/components/SearchBox';
import { pickLocale, t } from '@/components/i18n';
import type { AccountSummary, CurrentView, MailboxRecord } from '@/lib/model/records';
import { ask, onAccordChanged } from '@/lib/protocol/browser-client';
import '@/components/accord.css';

const locale = pickLocale(navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = t(locale, 'appName');

function App() {
  const [view, setView] = useState<CurrentView | null>(null);
  const [pinned, setPinned] = useState<{ mailbox: string; orgId: string; openKey: string } | null>(null);
  const [mailboxes, setMailboxes] = useState<string[]>([]);
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    try {
      const [current, boxes] = await Promise.all([
        ask<CurrentView>({ type: 'get-current' }),
        ask<MailboxRecord[]>({ type: 'list-mailboxes' }),
      ]);
      setMailboxes(boxes.map((b) => b.id));
      const box = pinned?.mailbox ?? current.mailbox ?? boxes[0]?.id ?? null;
      setAccounts(box ? await ask<AccountSummary[]>({ type: 'list-accounts', mailbox: box }) : []);
      if (pinned && pinned.openKey !== current.openMessageIds.join('\n')) setPinned(null);
      else if (pinned) {
        // An account chosen from search: shown until the user opens another email.
        const picked = await ask<Pick<CurrentView, 'account' | 'insight' | 'history'>>({ type: 'get-account', mailbox: pinned.mailbox, orgId: pinned.orgId });
        setView({ ...current, mailbox: pinned.mailbox, account: picked.account, insight: picked.insight, history: picked.history ?? [] });
      } else setView(current);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoaded(true);
    }
  }, [pinned]);

  useEffect(() => {
    void load();
    const off = onAccordChanged(() => void load());
    const onTab = () => {
      setPinned(null);
      void load();
    };
    browser.tabs.onActivated.addListener(onTab);
    return () => {
      off();
      browser.tabs.onActivated.removeListener(onTab);
    };
  }, [load]);

  // Search works without an open email too: in the open email's mailbox, else the first one known.
  const mailbox = view?.mailbox ?? mailboxes[0] ?? null;
  // Stable across re-renders, so that a refresh does not send the search again.
  const search = useCallback((query: string) => ask<AccountSummary[]>({ type: 'search', mailbox: mailbox ?? '', query }), [mailbox]);
  const act = (msg: Parameters<typeof ask>[0]) => ask(msg).then(load, (e: Error) => setError(e.message));
  const actions: PanelActions = {
    onStatus: (id, status) => mailbox && act({ type: 'commitment-status', mailbox, id, status }),
    onSnooze: (id, until) => mailbox && act({ type: 'commitment-snooze', mailbox, id, until }),
    onEdit: (id, patch) => mailbox && act({ type: 'commitment-edit', mailbox, id, patch }),
    onConfirmDelivery: (id) => mailbox && act({ type: 'commitment-confirm-delivery', mailbox, id }),
    onRole: (email, role) => mailbox && act({ type: 'contact-role', mailbox, email, role }),
    onCapture: (email) => mailbox && act({ type: 'capture-contact', mailbox, email }),
    onEditContact: (email, patch) => mailbox && act({ type: 'contact-edit', mailbox, email, patch }),
    onFile: (email, orgId) => mailbox && act({ type: 'contact-file', mailbox, email, orgId }),
    onRename: (orgId, name) => mailbox && act({ type: 'org-rename', mailbox, orgId, name }),
    onMerge: (fromId, intoId) => {
      if (!mailbox) return;
      // Follow the account the user merged into.
      setPinned({ mailbox, orgId: intoId, openKey: (view?.openMessageIds ?? []).join('\n') });
      void act({ type: 'org-merge', mailbox, fromId, intoId });
    },
    onSplit: (orgId, domain) => mailbox && act({ type: 'org-split', mailbox, orgId, domain }),
    onStage: (patch) => {
      const orgId = view?.account?.org.id;
      if (mailbox && orgId) void act({ type: 'org-stage', mailbox, orgId, ...patch });
    },
  };

  return (
    <main className="app" aria-busy={!loaded}>
      <div className="topbar">
        <span className="brand">{t(locale, 'appName')}</span>
        {mailbox ? (
          <SearchBox
            locale={locale}
            search={search}
            onPick={(orgId) => setPinned({ mailbox, orgId, openKey: (view?.openMessageIds ?? []).join('\n') })}
          />
        ) : null}
      </div>
      {error ? (
        <div className="warning" role="alert">
          {t(locale, 'errorTitle')}: {error}{' '}
          <button type="button" onClick={() => void load()}>
            {t(locale, 'retry')}
          </button>
        </div>
      ) : null}
      {!loaded ? <p className="empty">{t(locale, 'loading')}</p> : <AccountPanel view={view} locale={locale} actions={actions} accounts={accounts} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
