import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { birthYearOf } from '../../../db/deskSearch.ts';
import type { Person } from '../../../domain/records/person.ts';
import { countries, languages } from '../../../domain/vocab/geo.ts';
import { consentStatuses, employmentStatuses, sexes, yesNoUnknown } from '../../../domain/vocab/people.ts';
import { formatDay, useLang } from '../../ui/format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Her data and her household, as registered. */
export function PersonDetails({ person: p }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = t('deskForms.form.notStated');
  const year = birthYearOf(p);
  return (
    <>
      <section className="card" aria-labelledby="person-data">
        <h2 id="person-data">{t('deskForms.person.sections.identity')}</h2>
        <dl className="facts facts--grid">
          <Fact label={t('deskForms.person.sex')}>{sexes.label(p.sex, lang)}</Fact>
          <Fact label={t('deskForms.person.birthDate')}>{p.birthDate ? formatDay(p.birthDate, lang) : year ?? none}</Fact>
          <Fact label={t('deskForms.person.countryOfBirth')}>{p.countryOfBirth ? countries.label(p.countryOfBirth, lang) : none}</Fact>
          <Fact label={t('deskForms.person.citizenship')}>{p.citizenship ? countries.label(p.citizenship, lang) : none}</Fact>
          <Fact label={t('deskForms.person.languages')}>
            {p.languages.length ? p.languages.map((l) => languages.label(l, lang)).join(', ') : none}
          </Fact>
          <Fact label={t('deskForms.person.phone')}>{p.phone ? <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a> : none}</Fact>
          <Fact label={t('deskForms.person.codiceFiscale')}>{p.codiceFiscale ?? none}</Fact>
          <Fact label={t('deskForms.person.knownToSocialServices')}>{yesNoUnknown.label(p.knownToSocialServices, lang)}</Fact>
          <Fact label={t('deskForms.person.receivesAdi')}>{yesNoUnknown.label(p.receivesAdi, lang)}</Fact>
          <Fact label={t('deskForms.person.employment')}>{employmentStatuses.label(p.employment, lang)}</Fact>
          <Fact label={t('deskForms.person.consent')}>
            {consentStatuses.label(p.consent.status, lang)}
            {p.consent.date ? ` (${formatDay(p.consent.date, lang)})` : ''}
          </Fact>
        </dl>
        {p.note && <p className="prewrap">{p.note}</p>}
      </section>
      <section className="card" aria-labelledby="person-household">
        <h2 id="person-household">{t('deskForms.person.sections.household')}</h2>
        {p.household.pregnant && (
          <p>
            {p.household.dueDate
              ? t('deskForms.person.pregnantDue', { date: formatDay(p.household.dueDate, lang) })
              : t('deskForms.person.pregnant')}
          </p>
        )}
        {p.household.children.length === 0 ? (
          <p>{t('deskForms.person.noChildren')}</p>
        ) : (
          <ul className="children-facts">
            {p.household.children.map((c, i) => (
              <li key={c.id}>
                {c.name || t('deskForms.person.childN', { n: i + 1 })}
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
