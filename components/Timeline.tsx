import type { MessageRecord } from '../lib/model/records';
import { formatDate, t, type Locale } from './i18n';

export function Timeline({ messages, locale }: { messages: MessageRecord[]; locale: Locale }) {
  const list = [...messages].sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? '')).slice(0, 12);
  if (!list.length) return null;
  return (
    <section className="card" aria-labelledby="timeline-h">
      <h2 id="timeline-h">
        {t(locale, 'timeline')} <span className="count">{messages.length}</span>
      </h2>
      <ol className="timeline">
        {list.map((m) => (
          <li key={m.messageId} className={m.direction}>
            <span className="when">{formatDate(locale, m.sentAt)}</span>
            <span className="dir">{t(locale, m.direction === 'in' ? 'inbound' : m.direction === 'out' ? 'outbound' : 'internal')}</span>
            <span className="subject">{m.subject}</span>
            <span className="from">{m.from?.name || m.from?.email}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
