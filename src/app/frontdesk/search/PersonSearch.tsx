import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { SearchResults } from './SearchResults';
import { useDeskSearch } from '../../data/useDeskSearch';

/**
 * The front desk's one search box: name (any part, any order, any transliteration), phone or
 * codice fiscale. The query is kept in the address (?q=), so coming back from a person's page
 * shows the same results.
 */
export function PersonSearch() {
  const { t } = useTranslation();
  const searchId = useId();
  const hintId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [location, navigate] = useLocation();
  const params = useSearch();
  const urlQuery = new URLSearchParams(params).get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  const search = useDeskSearch(query);

  // The address follows the box (replacing, not adding, history entries), and the box follows
  // the address when it changes from outside (e.g. the "Front desk" link clears the search).
  const written = useRef(urlQuery);
  useEffect(() => {
    if (urlQuery === written.current) return;
    written.current = urlQuery;
    setQuery(urlQuery);
  }, [urlQuery]);
  useEffect(() => {
    const q = query.trim();
    if (q === written.current) return;
    written.current = q;
    navigate(q ? `${location}?q=${encodeURIComponent(q)}` : location, { replace: true });
  }, [query, location, navigate]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const first = document.getElementById(listId)?.querySelector<HTMLElement>('[data-result-link]');
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && first) {
      // Enter opens the first (best) match, as in any search box that lists results.
      event.preventDefault();
      first.click();
    }
  }

  return (
    <>
      <search className="person-search">
        <label htmlFor={searchId}>{t('desk.search.label')}</label>
        <input
          ref={input}
          id={searchId}
          type="search"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={hintId}
          aria-controls={search.status === 'done' && search.results.length > 0 ? listId : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="hint">
          {t('desk.search.hint')}
        </p>
      </search>
      <SearchResults id={listId} search={search} onLeave={() => input.current?.focus()} />
    </>
  );
}
