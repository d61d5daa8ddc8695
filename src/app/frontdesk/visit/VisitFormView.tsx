import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import type { FieldError } from '../../../domain/validation.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../../../domain/vocab/visits.ts';
import { CheckboxGroup, RadioGroup } from '../form/ChoiceGroup';
import { SelectField, TextAreaField, TextField } from '../form/Field';
import { FormFields } from '../form/FieldErrors';
import { vocabOptions } from '../form/options';
import type { FormSubmit } from '../form/useFormSubmit';
import { useLang, useSiteLabel } from '../format';
import type { VisitForm } from '../visitForm';

/**
 * The visit form. Topics come first: for a returning person the form is prefilled from her
 * last visit, and the usual change is a topic; Save is right under the choices.
 */
export function VisitFormView(props: {
  form: VisitForm;
  change: (patch: Partial<VisitForm>) => void;
  submit: FormSubmit;
  errors: FieldError[];
  siteIds: string[];
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const siteLabel = useSiteLabel();
  const idPrefix = useId();
  const { form, change, submit } = props;
  return (
    <form ref={submit.formRef} className="desk-form visit-form" onSubmit={submit.onSubmit} noValidate>
      <FormFields idPrefix={idPrefix} errors={props.errors}>
        <div className="field-row">
          <TextField path="date" label={t('deskForms.visit.date')} required value={form.date}
            onChange={(date) => change({ date })} input={{ type: 'date', max: localDate() }} />
          {props.siteIds.length > 1 ? (
            <SelectField path="siteId" label={t('deskForms.visit.site')} required value={form.siteId}
              options={props.siteIds.map((id) => ({ value: id, label: siteLabel(id) }))} onChange={(siteId) => change({ siteId })} />
          ) : (
            <p className="field">
              <span className="field__label">{t('deskForms.visit.site')}</span>
              <span>{siteLabel(form.siteId)}</span>
            </p>
          )}
        </div>
        <CheckboxGroup path="topics" legend={t('deskForms.visit.topics')} required hint={t('deskForms.visit.topicsHint')}
          options={vocabOptions(visitTopics, lang, form.topics)} value={form.topics} onChange={(topics) => change({ topics })} />
        <RadioGroup path="arrival" legend={t('deskForms.visit.arrival')} required
          options={vocabOptions(arrivalChannels, lang, [form.arrival])} value={form.arrival} onChange={(arrival) => change({ arrival })} />
        <CheckboxGroup path="referrals" legend={t('deskForms.visit.referrals')}
          options={vocabOptions(referralTargets, lang, form.referrals)} value={form.referrals} onChange={(referrals) => change({ referrals })} />
        <TextAreaField path="guidance" label={t('deskForms.visit.guidance')} value={form.guidance} maxLength={2000}
          onChange={(guidance) => change({ guidance })} />
        <TextAreaField path="note" label={t('deskForms.visit.note')} value={form.note} maxLength={2000}
          onChange={(note) => change({ note })} />
      </FormFields>
      {props.footer}
    </form>
  );
}
