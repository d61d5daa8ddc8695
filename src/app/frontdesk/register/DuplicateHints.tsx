import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeskResult } from '../../../db/deskSearch.ts';
import { useSiteLabel } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { fullName, PersonFacts } from '../../ui/PersonSummary';
import './duplicates.css';

/**
 * "Is she already registered?" Shown under the name while typing. "This is her" opens her
 * page instead of registering her twice. The region is always there, so screen readers
 * announce matches when they appear.
 */
export function DuplicateHints({ matches, onChoose }: { matches: DeskResult[]; onChoose: () => void }) {
  const { t } = useTranslation();
  const siteLabel = useSiteLabel();
  return (
    <div className="duplicates" aria-live="polite">
      {matches.length > 0 && (
        <section className="panel panel--warning duplicates__box" aria-labelledby="duplicates-title">
          <h3 id="duplicates-title">{t('deskForms.register.duplicatesTitle', { count: matches.length })}</h3>
          <ul className="stack stack--tight plain-list">
            {matches.map(({ person, lastVisit }) => (
              <li key={person.id} className="toolbar">
                <span className="duplicate__who">
                  <strong>{fullName(person)}</strong>
                  <PersonFacts person={person} lastVisit={lastVisit} siteLabel={siteLabel} />
                </span>
                <Link href={deskPaths.person(person.id)} className="button" onClick={onChoose}>
                  {t('deskForms.register.thisIsHer')}
                  <span className="visually-hidden">: {fullName(person)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
