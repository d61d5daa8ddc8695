import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/records/person.ts';
import { birthYearOf } from '../../db/deskSearch.ts';
import { useDeskSearch } from '../data/useDeskSearch';
import { fullName } from '../ui/PersonSummary';

/** Optional: the person a session was with, looked up by name, phone or codice fiscale. */
export function PersonPicker({ chosen, onChoose }: { chosen: Person | undefined; onChoose: (person: Person | undefined) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useDeskSearch(query);
  const inputId = useId();
  const resultsId = useId();
  const describe = (p: Person) => {
    const year = birthYearOf(p);
    return year === undefined ? fullName(p) : `${fullName(p)} (${year})`;
  };

  if (chosen) {
    return (
      <div className="field person-picker">
        <span className="field__label">{t('mediation.session.person')}</span>
        <p className="person-picker__chosen">
          <span>{describe(chosen)}</span>
          <button type="button" className="button button--small" onClick={() => onChoose(undefined)}>
            {t('mediation.session.changePerson')}
          </button>
        </p>
      </div>
    );
  }
  const results = search.status === 'done' ? search.results : search.status === 'searching' ? (search.previous ?? []) : [];
  return (
    <div className="field person-picker">
      <label htmlFor={inputId}>{t('mediation.session.findPerson')}</label>
      <input id={inputId} type="search" autoComplete="off" value={query} aria-describedby={`${inputId}-hint`}
        aria-controls={resultsId} onChange={(e) => setQuery(e.target.value)} />
      <p id={`${inputId}-hint`} className="hint">{t('mediation.session.findPersonHint')}</p>
      <ul id={resultsId} className="stack stack--tight plain-list person-picker__results" aria-label={t('mediation.session.found')}>
        {results.slice(0, 6).map(({ person }) => (
          <li key={person.id}>
            <button type="button" className="button" onClick={() => onChoose(person)}>
              {describe(person)}
            </button>
          </li>
        ))}
      </ul>
      {search.status === 'done' && results.length === 0 && <p role="status" className="hint">{t('mediation.session.noneFound')}</p>}
    </div>
  );
}
