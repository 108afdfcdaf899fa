import type { HistoryEntry, MessageRecord } from '../lib/model/records';
import { ORIGIN_LABELS, PROJECT_LABELS, RELATIONSHIP_LABELS, ROLE_LABELS } from './i18n';
import { formatDate, t, type Locale } from './i18n';

function label(locale: Locale, field: HistoryEntry['field'], v: string | null): string {
  if (!v) return '—';
  const table = field === 'role' ? ROLE_LABELS : field === 'relationship' ? RELATIONSHIP_LABELS : field === 'projectStage' ? PROJECT_LABELS : ORIGIN_LABELS;
  return (table[locale] as Record<string, string>)[v] ?? v;
}

export function Timeline({ messages, locale, history = [] }: { messages: MessageRecord[]; locale: Locale; history?: HistoryEntry[] }) {
  const inbound = messages.filter((m) => m.direction === 'in').length;
  const outbound = messages.filter((m) => m.direction === 'out').length;
  const list = [...messages].sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? '')).slice(0, 12);
  if (!list.length) return null;
  return (
    <section className="card" aria-labelledby="timeline-h">
      <h2 id="timeline-h">
        {t(locale, 'timeline')} <span className="count">{messages.length}</span>
      </h2>
      <p className="meta" data-reciprocity>
        {t(locale, 'reciprocity', { in: inbound, out: outbound })}
      </p>
      <ol className="timeline">
        {list.map((m) => (
          <li key={m.messageId} className={m.direction} data-message-id={m.messageId}>
            <span className="when">{formatDate(locale, m.sentAt)}</span>
            <span className="dir">{t(locale, m.direction === 'in' ? 'inbound' : m.direction === 'out' ? 'outbound' : 'internal')}</span>
            <span className="subject">{m.subject}</span>
            <span className="from">{m.from?.name || m.from?.email}</span>
          </li>
        ))}
      </ol>
      {history.length ? (
        <>
          <h3>{t(locale, 'changes')}</h3>
          <ol className="timeline history">
            {history.slice(0, 10).map((h, i) => (
              <li key={`${h.at}-${i}`} data-field={h.field}>
                <span className="when">{formatDate(locale, h.at)}</span>
                <span className="dir">{h.source === 'user' ? t(locale, 'setByYou') : t(locale, 'inferred')}</span>
                <span className="subject">
                  {h.target.type === 'contact' ? `${h.target.key}: ` : ''}
                  {label(locale, h.field, h.from)} → {label(locale, h.field, h.to)}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
