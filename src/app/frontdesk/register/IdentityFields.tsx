import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import { countries } from '../../../domain/vocab/geo.ts';
import { sexes } from '../../../domain/vocab/people.ts';
import { RadioGroup } from '../form/ChoiceGroup';
import { SelectField, TextField } from '../form/Field';
import { vocabOptions } from '../form/options';
import { useLang } from '../format';
import type { PersonForm } from '../personForm';
import { LanguagesField } from './LanguagesField';

/** Countries most people at the desks come from (report §7), offered first. */
const FREQUENT_COUNTRIES = ['IT', 'NG', 'MA', 'PE', 'RO', 'EG', 'AL', 'TN', 'SN', 'CI', 'GH', 'BD', 'CN', 'UA'];

export interface SectionProps {
  form: PersonForm;
  change: (patch: Partial<PersonForm>) => void;
}

/** Who she is: name, sex, birth, origin, languages, contacts. */
export function IdentityFields({ form, change, afterName }: SectionProps & { afterName?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const countryOptions = vocabOptions(countries, lang, [form.countryOfBirth, form.citizenship], true);
  const frequent = FREQUENT_COUNTRIES.map((code) => ({ value: code, label: countries.label(code, lang) }));
  return (
    <fieldset className="form-section">
      <legend>{t('deskForms.person.sections.identity')}</legend>
      <div className="field-row">
        <TextField path="firstName" label={t('deskForms.person.firstName')} required value={form.firstName}
          onChange={(firstName) => change({ firstName })} input={{ autoComplete: 'off', autoCapitalize: 'words', spellCheck: false }} />
        <TextField path="lastName" label={t('deskForms.person.lastName')} required value={form.lastName}
          onChange={(lastName) => change({ lastName })} input={{ autoComplete: 'off', autoCapitalize: 'words', spellCheck: false }} />
      </div>
      {afterName}
      <RadioGroup path="sex" legend={t('deskForms.person.sex')} required value={form.sex}
        options={vocabOptions(sexes, lang)} onChange={(sex) => change({ sex })} />
      <div className="field-row">
        <TextField path="birthDate" label={t('deskForms.person.birthDate')} value={form.birthDate}
          onChange={(birthDate) => change({ birthDate })} input={{ type: 'date', max: localDate(), min: '1900-01-01' }} />
        <TextField path="birthYear" label={t('deskForms.person.birthYear')} hint={t('deskForms.person.birthYearHint')} value={form.birthYear}
          onChange={(birthYear) => change({ birthYear })} className="field--short"
          input={{ inputMode: 'numeric', maxLength: 4, pattern: '[0-9]*', autoComplete: 'off' }} />
      </div>
      <div className="field-row">
        <SelectField path="countryOfBirth" label={t('deskForms.person.countryOfBirth')} value={form.countryOfBirth}
          emptyLabel={t('deskForms.form.notStated')} options={countryOptions} frequent={frequent}
          onChange={(countryOfBirth) =>
            // Most people hold the citizenship of the country they were born in: fill it in once.
            change(form.citizenship === '' ? { countryOfBirth, citizenship: countryOfBirth } : { countryOfBirth })
          } />
        <SelectField path="citizenship" label={t('deskForms.person.citizenship')} value={form.citizenship}
          emptyLabel={t('deskForms.form.notStated')} options={countryOptions} frequent={frequent}
          onChange={(citizenship) => change({ citizenship })} />
      </div>
      <LanguagesField value={form.languages} onChange={(languages) => change({ languages })} />
      <div className="field-row">
        <TextField path="phone" label={t('deskForms.person.phone')} hint={t('deskForms.person.phoneHint')} value={form.phone}
          onChange={(phone) => change({ phone })} input={{ type: 'tel', inputMode: 'tel', autoComplete: 'off' }} />
        <TextField path="codiceFiscale" label={t('deskForms.person.codiceFiscale')} hint={t('deskForms.person.codiceFiscaleHint')}
          value={form.codiceFiscale} onChange={(codiceFiscale) => change({ codiceFiscale })}
          input={{ autoCapitalize: 'characters', spellCheck: false, autoComplete: 'off', maxLength: 20 }} />
      </div>
    </fieldset>
  );
}
