import { useEffect, useState } from 'react';
import type { AccountSummary } from '../lib/model/records';
import { t, type Locale } from './i18n';

export function SearchBox({
  locale,
  search,
  onPick,
}: {
  locale: Locale;
  search: (query: string) => Promise<AccountSummary[]>;
  onPick: (orgId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<AccountSummary[] | null>(null);
  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      search(query.trim()).then((r) => live && setResults(r), () => live && setResults([]));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);
  return (
    <div className="search" role="search">
      <label className="sr-only" htmlFor="account-search">
        {t(locale, 'search')}
      </label>
      <input
        id="account-search"
        type="search"
        placeholder={t(locale, 'searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {results ? (
        <ul className="search-results card">
          {results.length ? (
            results.map((r) => (
              <li key={r.orgId}>
                <button
                  type="button"
                  onClick={() => {
                    onPick(r.orgId);
                    setQuery('');
                  }}
                >
                  <strong>{r.name}</strong> <span className="count">{r.domains.join(', ')} · {r.open} / {r.overdue}</span>
                </button>
              </li>
            ))
          ) : (
            <li className="empty">{t(locale, 'noResults')}</li>
          )}
        </ul>
      ) : null}
    </div>
  );
}
