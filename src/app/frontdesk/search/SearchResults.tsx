import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeskResult } from '../../../db/deskSearch.ts';
import { useSiteLabel } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { fullName, PersonFacts } from '../../ui/PersonSummary';
import type { DeskSearch } from '../../data/useDeskSearch';

/** How long a search may run before "Searching…" is shown (most finish within a frame). */
const LOADING_DELAY_MS = 200;

interface Props {
  id: string;
  search: DeskSearch;
  /** Arrow keys and Escape hand focus back to the search box. */
  onLeave: () => void;
}

/**
 * The people found, as a list of links: the name opens her page, "New visit" opens the visit
 * form directly (the fast path for a returning person). Arrow keys move between names.
 */
export function SearchResults({ id, search, onLeave }: Props) {
  const { t } = useTranslation();
  const slow = useDelayedFlag(search.status === 'searching', LOADING_DELAY_MS);
  const siteLabel = useSiteLabel();
  if (search.status === 'idle') return null;
  const results = search.status === 'done' ? search.results : search.previous;
  const query = search.query;

  return (
    <div className="search-results" aria-busy={search.status === 'searching'}>
      <p className="search-results__status" role="status">
        {search.status === 'searching' && slow
          ? t('desk.search.searching')
          : search.status === 'done'
            ? t('desk.search.found', { count: search.results.length })
            : ''}
      </p>
      {results && results.length > 0 && (
        <ul id={id} className="result-list" aria-label={t('desk.search.resultsLabel')} onKeyDown={(e) => moveFocus(e, onLeave)}>
          {results.map((r) => (
            <ResultItem key={r.person.id} result={r} siteLabel={siteLabel} />
          ))}
        </ul>
      )}
      {search.status === 'done' && search.results.length === 0 && (
        <div className="empty-state">
          <p>{t('desk.search.noneFound', { query })}</p>
          <Link href={deskPaths.register(query)} className="button button--primary">
            {t('desk.search.registerHer', { name: query })}
          </Link>
        </div>
      )}
    </div>
  );
}

function ResultItem({ result, siteLabel }: { result: DeskResult; siteLabel: (siteId: string) => string }) {
  const { t } = useTranslation();
  const { person, lastVisit } = result;
  const name = fullName(person);
  return (
    <li className="result">
      <Link href={deskPaths.person(person.id)} className="result__main" data-result-link="">
        <span className="result__name">{name}</span>
        <PersonFacts person={person} lastVisit={lastVisit} siteLabel={siteLabel} />
      </Link>
      <Link href={deskPaths.newVisit(person.id)} className="button button--primary result__visit">
        {t('desk.search.newVisit')}
        <span className="visually-hidden">: {name}</span>
      </Link>
    </li>
  );
}

/** Up/Down between the names, Home/End to the ends, Escape (or Up from the first) to the box. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>, onLeave: () => void): void {
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-result-link]')];
  const at = links.indexOf(document.activeElement as HTMLElement);
  let next: number | null = null;
  if (event.key === 'ArrowDown') next = Math.min(at + 1, links.length - 1);
  else if (event.key === 'ArrowUp') next = at - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  else if (event.key === 'Escape') next = -1;
  if (next === null) return;
  event.preventDefault();
  if (next < 0) onLeave();
  else links[next]?.focus();
}

function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!on) return;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return late;
}
