import type { CurrentView } from '../lib/model/records';
import { NextMoveItem } from './Insight';
import { isOverdue } from '../lib/account/commitments';
import { formatDate, PROJECT_LABELS, RELATIONSHIP_LABELS, t, type Locale } from './i18n';

export function PopupSummary({ view, locale, onOpenPanel }: { view: CurrentView | null; locale: Locale; onOpenPanel: () => void }) {
  const account = view?.account ?? null;
  const open = account ? account.commitments.filter((c) => c.status === 'open') : [];
  // The same rule as the badge and the overdue list: snoozed items are not overdue.
  const overdueHere = view ? open.filter((c) => isOverdue(c, view.today)) : [];
  const nextDue = open.filter((c) => c.due && view && c.due >= view.today).sort((a, b) => a.due!.localeCompare(b.due!))[0];
  const insight = view?.insight ?? null;
  const covered = insight ? insight.committee.filter((s) => s.contacts.length).length : null;
  return (
    <div className="popup">
      <header className="popup-head">
        <span className="brand">{t(locale, 'appName')}</span>
        <button type="button" onClick={onOpenPanel}>
          {t(locale, 'openPanel')}
        </button>
      </header>
      {account && view ? (
        <section className="card" aria-labelledby="popup-account">
          <h1 id="popup-account" className="org-name">
            {account.org.name}
          </h1>
          {insight ? (
            <p className="stages">
              <span data-stage="relationship">{RELATIONSHIP_LABELS[locale][insight.relationship.value]}</span>
              {insight.project.value ? <span data-stage="project"> · {PROJECT_LABELS[locale][insight.project.value]}</span> : null}
            </p>
          ) : null}
          <dl className="facts">
            {covered !== null ? (
              <>
                <dt>{t(locale, 'coverage')}</dt>
                <dd data-fact="coverage">{t(locale, 'rolesCovered', { n: covered })}</dd>
              </>
            ) : null}
            <dt>{t(locale, 'openCommitments')}</dt>
            <dd data-fact="open">{open.length}</dd>
            <dt>{t(locale, 'overdueCount')}</dt>
            <dd data-fact="overdue" className={overdueHere.length ? 'bad' : ''}>
              {overdueHere.length}
            </dd>
            <dt>{t(locale, 'nextDue')}</dt>
            <dd data-fact="next-due">{nextDue ? `${formatDate(locale, nextDue.due)} · ${nextDue.text}` : '—'}</dd>
          </dl>
          {insight?.nextMoves[0] ? (
            <>
              <h2>{t(locale, 'topMove')}</h2>
              <ul className="moves">
                <NextMoveItem move={insight.nextMoves[0]} locale={locale} compact />
              </ul>
            </>
          ) : null}
        </section>
      ) : (
        <section className="card">
          <p>{t(locale, 'emptyTitle')}</p>
        </section>
      )}
      <section className="card" aria-labelledby="popup-overdue">
        <h2 id="popup-overdue">{t(locale, 'overdueAll')}</h2>
        {view?.overdue.length ? (
          <ul className="overdue-list">
            {view.overdue.slice(0, 6).map((c) => (
              <li key={c.id}>
                <span className="due-badge overdue">{formatDate(locale, c.due)}</span> {c.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t(locale, 'nothingOverdue')}</p>
        )}
      </section>
      <p className="privacy">{t(locale, 'privacy')}</p>
    </div>
  );
}
