import { useTranslation } from 'react-i18next';
import { birthYearOf } from '../../db/deskSearch.ts';
import type { Person } from '../../domain/records/person.ts';
import type { Visit } from '../../domain/records/visit.ts';
import { countries } from '../../domain/vocab/geo.ts';
import { formatDay, useLang } from './format';

/**
 * One line that tells two people of the same name apart: birth year, country of birth,
 * children, pregnancy, and when and where she was last seen.
 */
export function PersonFacts(props: { person: Person; lastVisit?: Visit | undefined; siteLabel: (siteId: string) => string }) {
  const { person, lastVisit, siteLabel } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const year = birthYearOf(person);
  const facts = [
    year === undefined ? t('desk.summary.bornUnknown') : t('desk.summary.born', { year, context: person.sex }),
    person.countryOfBirth ? countries.label(person.countryOfBirth, lang) : t('desk.summary.countryUnknown'),
    t('desk.summary.children', { count: person.household.children.length }),
    person.household.pregnant ? t('desk.summary.pregnant') : null,
    lastVisit
      ? t('desk.summary.lastVisit', { date: formatDay(lastVisit.date, lang), site: siteLabel(lastVisit.siteId) })
      : t('desk.summary.noVisits'),
  ].filter((f): f is string => f !== null);
  return (
    <span className="person-facts">
      {facts.map((fact, i) => (
        <span key={i} className="person-facts__item">
          {fact}
        </span>
      ))}
    </span>
  );
}

export function fullName(p: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`;
}
