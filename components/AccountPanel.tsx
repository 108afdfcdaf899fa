import type { CurrentView } from '../lib/model/records';
import { CommitmentList, type CommitmentActions } from './CommitmentList';
import { ContactList, type ContactActions } from './ContactList';
import { CommitteeGrid, NextMoves, StagePanel, type StageActions } from './Insight';
import { Timeline } from './Timeline';
import { t, type Locale } from './i18n';

export type PanelActions = CommitmentActions & ContactActions & StageActions;

export function EmptyState({ locale, title, body }: { locale: Locale; title: string; body: string }) {
  return (
    <div className="empty-state" role="status">
      <h2>{title}</h2>
      <p>{body}</p>
      <p className="privacy">{t(locale, 'privacy')}</p>
    </div>
  );
}

export function AccountPanel({ view, locale, actions }: { view: CurrentView | null; locale: Locale; actions: PanelActions }) {
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
          {view.unfiled.length ? <ContactList contacts={view.unfiled} locale={locale} actions={actions} /> : null}
        </>
      ) : (
        <>
          <header className="account-head">
            <h1 className="org-name">{view.account.org.name}</h1>
            <p className="meta">
              {view.account.org.domains.join(', ')} · {t(locale, 'mailbox')}: {view.mailbox}
            </p>
          </header>
          {view.insight ? <StagePanel insight={view.insight} locale={locale} actions={actions} /> : null}
          {view.insight ? <NextMoves moves={view.insight.nextMoves} locale={locale} /> : null}
          <CommitmentList commitments={view.account.commitments} today={view.today} locale={locale} actions={actions} />
          {view.insight ? <CommitteeGrid insight={view.insight} locale={locale} /> : null}
          <ContactList contacts={view.account.contacts} locale={locale} actions={actions} />
          <Timeline messages={view.account.messages} locale={locale} />
        </>
      )}
    </div>
  );
}
