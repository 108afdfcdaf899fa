import { useState } from 'react';
import { addDays, isSnoozed } from '../lib/account/commitments';
import type { CommitmentRecord, MessageRecord } from '../lib/model/records';
import { safeHref } from './links';
import { formatDate, t, type Locale } from './i18n';

export interface CommitmentActions {
  onStatus: (id: string, status: 'open' | 'done' | 'dismissed') => void;
  onSnooze: (id: string, until: string) => void;
  onEdit: (id: string, patch: { text?: string; due?: string | null; side?: 'ours' | 'theirs' }) => void;
  onConfirmDelivery: (id: string) => void;
}

export function dueState(c: CommitmentRecord, today: string): 'overdue' | 'today' | 'upcoming' | 'none' {
  if (!c.due) return 'none';
  if (c.due < today) return 'overdue';
  if (c.due === today) return 'today';
  return 'upcoming';
}

/** Open first; among open, overdue first, then by due date, undated last. */
export function sortCommitments(list: CommitmentRecord[], today: string): CommitmentRecord[] {
  const rank = (c: CommitmentRecord) => (c.status !== 'open' ? 3 : isSnoozed(c, today) ? 2 : c.due ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || (b.madeAt ?? '').localeCompare(a.madeAt ?? ''));
}

/** messageId → safe webmail URL of the message, for the messages that have one. */
export function messageUrls(messages: readonly Pick<MessageRecord, 'messageId' | 'url'>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of messages) {
    const href = safeHref(m.url);
    if (href) out.set(m.messageId, href);
  }
  return out;
}

function CommitmentItem({
  c, today, locale, actions, href,
}: { c: CommitmentRecord; today: string; locale: Locale; actions: CommitmentActions; href: string | null }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.text);
  const [due, setDue] = useState(c.due ?? '');
  const [side, setSide] = useState(c.side);
  const state = dueState(c, today);
  const open = c.status === 'open';
  const who = c.ownerName || c.ownerEmail;
  return (
    <li className={`commitment ${open ? state : 'closed'}`} data-commitment-id={c.id} data-status={c.status}>
      {editing ? (
        <form
          className="edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.onEdit(c.id, { text: text.trim() || c.text, due: due || null, ...(side !== c.side ? { side } : {}) });
            setEditing(false);
          }}
        >
          <label>
            <span className="sr-only">{t(locale, 'commitments')}</span>
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
          </label>
          <label className="inline">
            {t(locale, 'dueOn', { date: '' }).trim()}
            <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </label>
          <label className="inline">
            {t(locale, 'owedBy')}
            <select value={side} onChange={(e) => setSide(e.target.value as 'ours' | 'theirs')}>
              <option value="ours">{t(locale, 'ours')}</option>
              <option value="theirs">{t(locale, 'theirs')}</option>
            </select>
          </label>
          <div className="row-actions">
            <button type="submit">{t(locale, 'save')}</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t(locale, 'cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="commitment-text">“{c.text}”</p>
          <p className="meta">
            <span className={`due-badge ${open ? state : 'closed'}`}>
              {c.status === 'lapsed'
                ? `${t(locale, 'lapsed')}${c.due ? ` · ${formatDate(locale, c.due)}` : ''}`
                : !open
                ? t(locale, 'closed')
                : state === 'overdue'
                  ? `${t(locale, 'overdue')} · ${formatDate(locale, c.due)}`
                  : state === 'today'
                    ? t(locale, 'dueToday')
                    : c.due
                      ? t(locale, 'dueOn', { date: formatDate(locale, c.due) })
                      : c.dueText ?? t(locale, 'noDue')}
            </span>
            {who ? <span className="who">{who}</span> : null}
            {c.madeAt ? (
              <span className="when">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer" title={c.subject || undefined}>
                    {formatDate(locale, c.madeAt)}
                  </a>
                ) : (
                  formatDate(locale, c.madeAt)
                )}
              </span>
            ) : null}
          </p>
          {open && c.deliveredBy ? (
            <p className="delivered">
              {t(locale, 'deliveredHint')} “{c.deliveredBy.quote}”{' '}
              <button type="button" onClick={() => actions.onConfirmDelivery(c.id)}>
                {t(locale, 'confirmDelivered')}
              </button>
            </p>
          ) : null}
          <div className="row-actions">
            {open ? (
              <>
                <button type="button" onClick={() => actions.onStatus(c.id, 'done')}>
                  {t(locale, 'done')}
                </button>
                <button type="button" className="secondary" onClick={() => setEditing(true)}>
                  {t(locale, 'edit')}
                </button>
                <button type="button" className="secondary" onClick={() => actions.onSnooze(c.id, addDays(today, 7))}>
                  {t(locale, 'snooze')}
                </button>
                <button type="button" className="secondary" onClick={() => actions.onStatus(c.id, 'dismissed')}>
                  {t(locale, 'dismiss')}
                </button>
              </>
            ) : (
              <button type="button" className="secondary" onClick={() => actions.onStatus(c.id, 'open')}>
                {t(locale, 'reopen')}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

export function CommitmentList({
  commitments,
  today,
  locale,
  actions,
  messages = [],
}: {
  commitments: CommitmentRecord[];
  today: string;
  locale: Locale;
  actions: CommitmentActions;
  /** The account's messages: a commitment's date links to its message in the webmail when known. */
  messages?: readonly Pick<MessageRecord, 'messageId' | 'url'>[];
}) {
  const urls = messageUrls(messages);
  const sides = [
    { side: 'ours' as const, label: t(locale, 'ours') },
    { side: 'theirs' as const, label: t(locale, 'theirs') },
  ];
  const any = commitments.some((c) => c.status === 'open');
  return (
    <section className="card" aria-labelledby="commitments-h">
      <h2 id="commitments-h">{t(locale, 'commitments')}</h2>
      {!any ? <p className="empty">{t(locale, 'noCommitments')}</p> : null}
      {sides.map(({ side, label }) => {
        const list = sortCommitments(commitments.filter((c) => c.side === side), today);
        if (!list.length) return null;
        return (
          <div key={side} className="commitment-group" data-side={side}>
            <h3>
              {label} <span className="count">{list.filter((c) => c.status === 'open').length}</span>
            </h3>
            <ul className="commitments">
              {list.map((c) => (
                <CommitmentItem key={c.id} c={c} today={today} locale={locale} actions={actions} href={urls.get(c.messageId) ?? null} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
