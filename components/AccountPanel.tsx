import { useState } from 'react';
import type { AccountSummary, AccountView, CurrentView } from '../lib/model/records';
import { CommitmentList, type CommitmentActions } from './CommitmentList';
import { ContactList, type ContactActions } from './ContactList';
import { CommitteeGrid, NextMoves, StagePanel, type StageActions } from './Insight';
import { Timeline } from './Timeline';
import { t, type Locale } from './i18n';

export interface AccountActions {
  onRename: (orgId: string, name: string) => void;
  onMerge: (fromId: string, intoId: string) => void;
  onSplit: (orgId: string, domain: string) => void;
}

export type PanelActions = CommitmentActions & ContactActions & StageActions & AccountActions;

/** Rename, merge into another account, split a domain off: the user's word on what an account is. */
function AccountEdit({ account, accounts, locale, actions }: { account: AccountView; accounts: AccountSummary[]; locale: Locale; actions: AccountActions }) {
  const org = account.org;
  const [name, setName] = useState(org.name);
  const [into, setInto] = useState('');
  const others = accounts.filter((a) => a.orgId !== org.id);
  return (
    <details className="account-edit">
      <summary>{t(locale, 'editAccount')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== org.name) actions.onRename(org.id, name.trim());
        }}
      >
        <label htmlFor="account-name">{t(locale, 'accountName')}</label>{' '}
        <input id="account-name" value={name} onChange={(e) => setName(e.target.value)} /> <button type="submit">{t(locale, 'rename')}</button>
      </form>
      {others.length ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (into) actions.onMerge(org.id, into);
          }}
        >
          <p className="meta">{t(locale, 'mergeHelp')}</p>
          <label htmlFor="merge-into">{t(locale, 'mergeInto')}</label>{' '}
          <select id="merge-into" value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">{t(locale, 'chooseAccount')}</option>
            {others.map((a) => (
              <option key={a.orgId} value={a.orgId}>
                {a.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" disabled={!into}>
            {t(locale, 'merge')}
          </button>
        </form>
      ) : null}
      {org.domains.length > 1 ? (
        <div className="row-actions">
          {org.domains.slice(1).map((d) => (
            <button key={d} type="button" className="secondary" onClick={() => actions.onSplit(org.id, d)}>
              {t(locale, 'splitOff', { domain: d })}
            </button>
          ))}
        </div>
      ) : null}
    </details>
  );
}

export function EmptyState({ locale, title, body }: { locale: Locale; title: string; body: string }) {
  return (
    <div className="empty-state" role="status">
      <h2>{title}</h2>
      <p>{body}</p>
      <p className="privacy">{t(locale, 'privacy')}</p>
    </div>
  );
}

export function AccountPanel({
  view,
  locale,
  actions,
  accounts = [],
}: {
  view: CurrentView | null;
  locale: Locale;
  actions: PanelActions;
  /** The mailbox's accounts, for merging and filing. */
  accounts?: AccountSummary[];
}) {
  if (!view || (!view.account && !view.openMessageIds.length)) {
    return <EmptyState locale={locale} title={t(locale, 'emptyTitle')} body={t(locale, 'emptyBody')} />;
  }
  const warn = view.health && !view.health.ok;
  return (
    <div className="account">
      {warn ? (
        <p className="warning" role="alert">
          {t(locale, 'healthWarning', { failed: view.health!.failed.join(', ') })}
        </p>
      ) : view.lowConfidence ? (
        <p className="warning">{t(locale, 'lowConfidence')}</p>
      ) : null}
      {!view.account ? (
        <>
          <EmptyState locale={locale} title={t(locale, 'emptyNoAccount')} body={t(locale, 'emptyNoAccountBody')} />
          {view.unfiled.length ? <ContactList contacts={view.unfiled} locale={locale} actions={actions} accounts={accounts} /> : null}
        </>
      ) : (
        <>
          <header className="account-head">
            <h1 className="org-name">{view.account.org.name}</h1>
            <p className="meta org-domains">
              {view.account.org.domains.join(', ')} · {t(locale, 'mailbox')}: {view.mailbox}
            </p>
            <AccountEdit account={view.account} accounts={accounts} locale={locale} actions={actions} />
          </header>
          {view.insight ? <StagePanel insight={view.insight} locale={locale} actions={actions} /> : null}
          {view.insight ? <NextMoves moves={view.insight.nextMoves} locale={locale} /> : null}
          <CommitmentList commitments={view.account.commitments} messages={view.account.messages} today={view.today} locale={locale} actions={actions} />
          {view.insight ? <CommitteeGrid insight={view.insight} locale={locale} /> : null}
          <ContactList contacts={view.account.contacts} locale={locale} actions={actions} accounts={accounts} />
          {view.unfiled.length ? <ContactList contacts={view.unfiled} locale={locale} actions={actions} accounts={accounts} /> : null}
          <Timeline messages={view.account.messages} locale={locale} history={view.history ?? []} />
        </>
      )}
    </div>
  );
}
