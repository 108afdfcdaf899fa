import type { AccountInsight, Evidence, NextMove, ProjectOrigin, ProjectStage, RelationshipStage, StageInference } from '../lib/model/records';
import { PROJECT_STAGES, RELATIONSHIP_STAGES } from '../lib/model/records';
import { safeHref } from './links';
import { formatDate, ORIGIN_LABELS, PROJECT_LABELS, RELATIONSHIP_LABELS, ROLE_LABELS, t, type Locale } from './i18n';

export interface StageActions {
  onStage: (patch: { relationship?: RelationshipStage | null; project?: ProjectStage | null; origin?: ProjectOrigin | null }) => void;
}

function EvidenceList({ evidence, locale }: { evidence: Evidence[]; locale: Locale }) {
  if (!evidence.length) return null;
  return (
    <ul className="evidence">
      {evidence.slice(0, 3).map((e, i) => {
        const href = safeHref(e.url);
        const src = `${e.subject ? `${e.subject}, ` : ''}${formatDate(locale, e.at)}`;
        return (
          <li key={`${e.messageId}-${i}`}>
            <q>{e.quote}</q>
            {e.at || e.subject ? (
              <span className="evidence-src">
                {' '}—{' '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {src}
                  </a>
                ) : (
                  src
                )}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function StageRow<T extends string>({
  label, inf, labels, order, locale, onChange, name,
}: {
  label: string; inf: StageInference<T>; labels: Record<T, string>; order: readonly T[]; locale: Locale;
  onChange: (v: T | null) => void; name: string;
}) {
  const id = `stage-${name}`;
  return (
    <div className="stage-row" data-stage={name} data-value={inf.value ?? ''}>
      <div className="stage-head">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={inf.value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
          {order.map((v) => (
            <option key={v} value={v}>
              {labels[v]}
            </option>
          ))}
        </select>
        <span className={`pill ${inf.source === 'user' ? 'user' : ''}`}>{inf.source === 'user' ? t(locale, 'setByYou') : t(locale, 'inferred')}</span>
      </div>
      {inf.source === 'user' && inf.inferred !== inf.value && inf.inferred ? (
        <p className="meta">
          {t(locale, 'inferred')}: {labels[inf.inferred]}
        </p>
      ) : null}
      {order.length > 3 ? (
        <ol className="ladder" aria-hidden="true">
          {order.map((v) => (
            <li key={v} className={v === inf.value ? 'current' : order.indexOf(v) < order.indexOf(inf.value as T) ? 'past' : ''} />
          ))}
        </ol>
      ) : null}
      <EvidenceList evidence={inf.evidence} locale={locale} />
    </div>
  );
}

export function StagePanel({ insight, locale, actions }: { insight: AccountInsight; locale: Locale; actions: StageActions }) {
  return (
    <section className="card" aria-labelledby="stage-h">
      <h2 id="stage-h" className="sr-only">
        {t(locale, 'relationship')} / {t(locale, 'project')}
      </h2>
      <StageRow name="relationship" label={t(locale, 'relationship')} inf={insight.relationship} labels={RELATIONSHIP_LABELS[locale]} order={RELATIONSHIP_STAGES} locale={locale} onChange={(v) => actions.onStage({ relationship: v })} />
      <StageRow
        name="project"
        label={t(locale, 'project')}
        inf={{ ...insight.project, value: insight.project.value ?? 'need', inferred: insight.project.inferred ?? 'need' }}
        labels={PROJECT_LABELS[locale]}
        order={PROJECT_STAGES}
        locale={locale}
        onChange={(v) => actions.onStage({ project: v })}
      />
      <StageRow name="origin" label={t(locale, 'origin')} inf={insight.origin} labels={ORIGIN_LABELS[locale]} order={['proactive', 'tender', 'unknown'] as const} locale={locale} onChange={(v) => actions.onStage({ origin: v })} />
    </section>
  );
}

export function CommitteeGrid({ insight, locale }: { insight: AccountInsight; locale: Locale }) {
  return (
    <section className="card" aria-labelledby="committee-h">
      <h2 id="committee-h">
        {t(locale, 'committee')}{' '}
        <span className="count">{t(locale, 'rolesCovered', { n: insight.committee.filter((s) => s.contacts.length).length })}</span>
      </h2>
      <ul className="committee">
        {insight.committee.map((slot) => (
          <li key={slot.role} className={slot.contacts.length ? 'covered' : 'gap'} data-role={slot.role}>
            <span className="role-name">{ROLE_LABELS[locale][slot.role]}</span>
            <span className="role-people">
              {slot.contacts.length ? slot.contacts.map((c) => c.name || c.email).join(', ') : t(locale, 'noOneYet')}
            </span>
          </li>
        ))}
      </ul>
      {insight.gaps.length ? (
        <div className="gaps">
          <h3>{t(locale, 'gaps')}</h3>
          <ul>
            {insight.gaps.map((g) => (
              <li key={g.id} data-gap={g.id}>
                {g.text[locale]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function NextMoveItem({ move, locale, compact = false }: { move: NextMove; locale: Locale; compact?: boolean }) {
  return (
    <li className="move" data-rule={move.rule}>
      <strong className="move-title">{move.title[locale]}</strong>
      <p className="move-action">{move.action[locale]}</p>
      {compact ? null : (
        <details>
          <summary>{t(locale, 'why')}</summary>
          <p>{move.reason[locale]}</p>
          <EvidenceList evidence={move.evidence} locale={locale} />
        </details>
      )}
    </li>
  );
}

export function NextMoves({ moves, locale }: { moves: NextMove[]; locale: Locale }) {
  return (
    <section className="card" aria-labelledby="moves-h">
      <h2 id="moves-h">{t(locale, 'nextMoves')}</h2>
      {moves.length ? (
        <ol className="moves">
          {moves.slice(0, 6).map((m) => (
            <NextMoveItem key={`${m.rule}-${m.evidence[0]?.messageId ?? ''}`} move={m} locale={locale} />
          ))}
        </ol>
      ) : (
        <p className="empty">{t(locale, 'noNextMoves')}</p>
      )}
    </section>
  );
}
