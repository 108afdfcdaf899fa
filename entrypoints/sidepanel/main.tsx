import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AccountPanel, type PanelActions } from '@/components/AccountPanel';
import { SearchBox } from '@/components/SearchBox';
import { pickLocale, t } from '@/components/i18n';
import type { AccountSummary, CurrentView } from '@/lib/model/records';
import { ask, onAccordChanged } from '@/lib/protocol/browser-client';
import '@/components/accord.css';

const locale = pickLocale(navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = t(locale, 'appName');

function App() {
  const [view, setView] = useState<CurrentView | null>(null);
  const [pinned, setPinned] = useState<{ mailbox: string; orgId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    try {
      const current = await ask<CurrentView | null>({ type: 'get-current' });
      const next =
        pinned && current
          ? { ...current, ...(await ask<Pick<CurrentView, 'account' | 'insight'>>({ type: 'get-account', ...pinned })) }
          : current;
      setView(next);
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

  const mailbox = view?.mailbox ?? null;
  const act = (msg: Parameters<typeof ask>[0]) => ask(msg).then(load, (e: Error) => setError(e.message));
  const actions: PanelActions = {
    onStatus: (id, status) => mailbox && act({ type: 'commitment-status', mailbox, id, status }),
    onSnooze: (id, until) => mailbox && act({ type: 'commitment-snooze', mailbox, id, until }),
    onEdit: (id, patch) => mailbox && act({ type: 'commitment-edit', mailbox, id, patch }),
    onConfirmDelivery: (id) => mailbox && act({ type: 'commitment-confirm-delivery', mailbox, id }),
    onRole: (email, role) => mailbox && act({ type: 'contact-role', mailbox, email, role }),
    onCapture: (email) => mailbox && act({ type: 'capture-contact', mailbox, email }),
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
            search={(query) => ask<AccountSummary[]>({ type: 'search', mailbox, query })}
            onPick={(orgId) => setPinned({ mailbox, orgId })}
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
      {!loaded ? <p className="empty">{t(locale, 'loading')}</p> : <AccountPanel view={view} locale={locale} actions={actions} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
