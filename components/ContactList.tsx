import { useState } from 'react';
import { COMMITTEE_ROLES, type CommitteeRole } from '../lib/model/extraction';
import type { AccountSummary, ContactRecord } from '../lib/model/records';
import { formatDate, ROLE_LABELS, t, type Locale } from './i18n';

export interface ContactActions {
  onRole: (email: string, role: CommitteeRole | null) => void;
  onCapture: (email: string) => void;
  onEditContact: (email: string, patch: { name?: string; title?: string | null; company?: string | null; phones?: string[] }) => void;
  onFile: (email: string, orgId: string | null) => void;
}

function ContactEditForm({ c, locale, onSave, onCancel }: { c: ContactRecord; locale: Locale; onSave: ContactActions['onEditContact']; onCancel: () => void }) {
  const [name, setName] = useState(c.name);
  const [title, setTitle] = useState(c.title ?? '');
  const [company, setCompany] = useState(c.company ?? '');
  const [phones, setPhones] = useState(c.phones.join(', '));
  const id = (f: string) => `edit-${f}-${c.email}`;
  return (
    <form
      className="edit-form"
      aria-label={t(locale, 'editContact')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(c.email, {
          name: name.trim(),
          title: title.trim() || null,
          company: company.trim() || null,
          phones: phones.split(/[,，;；]/).map((p) => p.trim()).filter(Boolean),
        });
        onCancel();
      }}
    >
      <label htmlFor={id('name')}>{t(locale, 'name')}</label>
      <input id={id('name')} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={id('title')}>{t(locale, 'title')}</label>
      <input id={id('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={id('company')}>{t(locale, 'company')}</label>
      <input id={id('company')} value={company} onChange={(e) => setCompany(e.target.value)} />
      <label htmlFor={id('phones')}>{t(locale, 'phonesHelp')}</label>
      <input id={id('phones')} value={phones} onChange={(e) => setPhones(e.target.value)} />
      <div className="row-actions">
        <button type="submit">{t(locale, 'save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}

export function effectiveRole(c: ContactRecord): CommitteeRole | null {
  return c.roleOverride ?? c.role;
}

export function ContactCard({ c, locale, actions, accounts = [] }: { c: ContactRecord; locale: Locale; actions: ContactActions; accounts?: AccountSummary[] }) {
  const role = effectiveRole(c);
  const selectId = `role-${c.email}`;
  const [editing, setEditing] = useState(false);
  const [fileTo, setFileTo] = useState('');
  if (editing) return <li className="contact" data-email={c.email}><ContactEditForm c={c} locale={locale} onSave={actions.onEditContact} onCancel={() => setEditing(false)} /></li>;
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
        <span className="row-actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t(locale, 'edit')}
          </button>
          {!c.captured ? (
            <button type="button" onClick={() => actions.onCapture(c.email)}>
              {t(locale, 'capture')}
            </button>
          ) : null}
        </span>
      </div>
      {!c.orgId && !c.internal && accounts.length ? (
        <form
          className="contact-role"
          onSubmit={(e) => {
            e.preventDefault();
            if (fileTo) actions.onFile(c.email, fileTo);
          }}
        >
          <label htmlFor={`file-${c.email}`}>{t(locale, 'fileUnder')}</label>
          <select id={`file-${c.email}`} value={fileTo} onChange={(e) => setFileTo(e.target.value)}>
            <option value="">{t(locale, 'chooseAccount')}</option>
            {accounts.map((a) => (
              <option key={a.orgId} value={a.orgId}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!fileTo}>
            {t(locale, 'file')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

export function ContactList({ contacts, locale, actions, accounts = [] }: { contacts: ContactRecord[]; locale: Locale; actions: ContactActions; accounts?: AccountSummary[] }) {
  const people = contacts.filter((c) => c.person);
  return (
    <section className="card" aria-labelledby="contacts-h">
      <h2 id="contacts-h">
        {t(locale, 'contacts')} <span className="count">{people.length}</span>
      </h2>
      <ul className="contacts">
        {people.map((c) => (
          <ContactCard key={c.email} c={c} locale={locale} actions={actions} accounts={accounts} />
        ))}
      </ul>
    </section>
  );
}
