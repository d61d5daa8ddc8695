import { useTranslation } from 'react-i18next';
import { birthYearOf } from '../../../db/deskSearch.ts';
import type { Person } from '../../../domain/records/person.ts';
import { registrationForm } from '../../../forms/definitions/registration.ts';
import { describeValue, fieldLabel, fieldOfPath, type RecordField } from '../../../forms/recordFields.ts';
import { currentVersion } from '../../../forms/types.ts';
import { getPath } from '../../../forms/values.ts';
import { Fact } from '../../ui/Fact';
import { formatDay, useLang } from '../../ui/format';
import { uiText } from '../../ui/renderer/uiText';

/**
 * The registration form's questions, as facts: her name is the page's heading, the year of
 * birth stands in for a missing birth date, and the notes are a paragraph under the facts.
 */
const SHOWN_ELSEWHERE = new Set(['firstName', 'lastName', 'birthYear', 'note']);

function asked(path: string): RecordField {
  const rf = fieldOfPath('people', path);
  if (!rf) throw new Error(`No person form asks ${path}`);
  return rf;
}

const IDENTITY = currentVersion(registrationForm).fields.filter((f) => !SHOWN_ELSEWHERE.has(f.id)).map((f) => asked(f.id));
const CONSENT = asked('consent.status');
const HOUSEHOLD = asked('household');

/** Her data and her household, as registered, in the words of the forms. */
export function PersonDetails({ person: p }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = t('deskForms.form.notStated');
  const year = birthYearOf(p);
  const value = (rf: RecordField) => describeValue(rf, getPath(p, rf.path), lang);
  return (
    <>
      <section className="card" aria-labelledby="person-data">
        <h2 id="person-data">{t('deskForms.person.sections.identity')}</h2>
        <dl className="facts facts--grid">
          {IDENTITY.map((rf) => (
            <Fact key={rf.path} label={fieldLabel(rf, lang)}>
              {rf.path === 'phone' && p.phone
                ? <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a>
                : value(rf) ?? (rf.path === 'birthDate' ? year : undefined) ?? none}
            </Fact>
          ))}
          <Fact label={fieldLabel(CONSENT, lang)}>
            {value(CONSENT)}
            {p.consent.date ? ` (${formatDay(p.consent.date, lang)})` : ''}
          </Fact>
        </dl>
        {p.note && <p className="prewrap">{p.note}</p>}
      </section>
      <section className="card" aria-labelledby="person-household">
        <h2 id="person-household">{fieldLabel(HOUSEHOLD, lang)}</h2>
        {p.household.pregnant && (
          <p>
            {p.household.dueDate
              ? t('deskForms.person.pregnantDue', { date: formatDay(p.household.dueDate, lang) })
              : t('deskForms.person.pregnant')}
          </p>
        )}
        {p.household.children.length === 0 ? (
          <p>{uiText('noChildren', lang)}</p>
        ) : (
          <ul className="children-facts">
            {p.household.children.map((c, i) => (
              <li key={c.id}>
                {c.name || uiText('childN', lang, { n: i + 1 })}
                {': '}
                {c.birthDate ? t('deskForms.person.childBorn', { date: formatDay(c.birthDate, lang) }) : t('deskForms.person.childBirthUnknown')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
