import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import { consentStatuses, employmentStatuses, yesNoUnknown } from '../../../domain/vocab/people.ts';
import { RadioGroup } from '../form/ChoiceGroup';
import { SelectField, TextAreaField, TextField } from '../form/Field';
import { vocabOptions } from '../form/options';
import { useLang } from '../format';
import type { SectionProps } from './IdentityFields';

/** Services, benefits, work, privacy consent and a free note. */
export function SituationFields({ form, change }: SectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const yesNo = vocabOptions(yesNoUnknown, lang);
  return (
    <fieldset className="form-section">
      <legend>{t('deskForms.person.sections.situation')}</legend>
      <RadioGroup path="knownToSocialServices" legend={t('deskForms.person.knownToSocialServices')} options={yesNo}
        value={form.knownToSocialServices} onChange={(knownToSocialServices) => change({ knownToSocialServices })} />
      <RadioGroup path="receivesAdi" legend={t('deskForms.person.receivesAdi')} options={yesNo}
        value={form.receivesAdi} onChange={(receivesAdi) => change({ receivesAdi })} />
      <SelectField path="employment" label={t('deskForms.person.employment')} value={form.employment}
        options={vocabOptions(employmentStatuses, lang, [form.employment])} onChange={(employment) => change({ employment })} />
      <RadioGroup path="consent.status" legend={t('deskForms.person.consent')} hint={t('deskForms.person.consentHint')}
        options={vocabOptions(consentStatuses, lang)} value={form.consentStatus}
        onChange={(consentStatus) =>
          change(consentStatus === 'given' && form.consentDate === '' ? { consentStatus, consentDate: localDate() } : { consentStatus })
        } />
      {form.consentStatus === 'given' && (
        <TextField path="consent.date" label={t('deskForms.person.consentDate')} value={form.consentDate}
          onChange={(consentDate) => change({ consentDate })} input={{ type: 'date', max: localDate() }} />
      )}
      <TextAreaField path="note" label={t('deskForms.person.note')} value={form.note} maxLength={2000}
        onChange={(note) => change({ note })} />
    </fieldset>
  );
}
