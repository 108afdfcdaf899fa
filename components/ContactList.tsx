import { COMMITTEE_ROLES, type CommitteeRole } from '../lib/model/extraction';
import type { ContactRecord } from '../lib/model/records';
import { formatDate, ROLE_LABELS, t, type Locale } from './i18n';

export interface ContactActions {
  onRole: (email: string, role: CommitteeRole | null) => void;
  onCapture: (email: string) => void;
}

export function effectiveRole(c: ContactRecord): CommitteeRole | null {
  return c.roleOverride ?? c.role;
}

export function ContactCard({ c, locale, actions }: { c: ContactRecord; locale: Locale; actions: ContactActions }) {
  const role = effectiveRole(c);
  const selectId = `role-${c.email}`;
  return (
    <li className="contact" data-email={c.email}>
      <div className="contact-head">
        <strong className="contact-name">{c.name || c.email}</strong>
        {c.captured ? <span className="pill ok">{t(locale, 'captured')}</span> : <span className="pill">{t(locale, 'suggested')}</span>}
      </div>
      <div className="contact-sub">{c.email}</div>
      {c.title ? <div className="contact-title">{c.title}</div> : null}
      {c.company ? <div className="contact-company">{c.company}</div> : null}
      {c.phones.length ? <div className="contact-phones">{c.phones.join(' · ')}</div> : null}
      <div className="contact-role">
        <label htmlFor={selectId}>{t(locale, 'role')}</label>
        <select
          id={selectId}
          value={role ?? ''}
          onChange={(e) => actions.onRole(c.email, (e.target.value || null) as CommitteeRole | null)}
        >
          <option value="">{t(locale, 'noRole')}</option>
          {COMMITTEE_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[locale][r]}
            </option>
          ))}
        </select>
        <span className="role-source">
          {c.roleOverride ? t(locale, 'setByYou') : c.role ? `${t(locale, 'inferred')}${c.roleEvidence ? `: ${c.roleEvidence}` : ''}` : ''}
        </span>
      </div>
      <div className="contact-foot">
        {c.lastSeenAt ? (
          <span>
            {t(locale, 'lastSeen')}: {formatDate(locale, c.lastSeenAt)}
          </span>
        ) : null}
        {!c.captured ? (
          <button type="button" onClick={() => actions.onCapture(c.email)}>
            {t(locale, 'capture')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

export function ContactList({ contacts, locale, actions }: { contacts: ContactRecord[]; locale: Locale; actions: ContactActions }) {
  const people = contacts.filter((c) => c.person);
  return (
    <section className="card" aria-labelledby="contacts-h">
      <h2 id="contacts-h">
        {t(locale, 'contacts')} <span className="count">{people.length}</span>
      </h2>
      <ul className="contacts">
        {people.map((c) => (
          <ContactCard key={c.email} c={c} locale={locale} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
