import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import { interventionAreas, interventionTypes } from '../../../domain/vocab/pathways.ts';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextAreaField, TextField } from '../../ui/form/Field';
import { FormFields } from '../../ui/form/FieldErrors';
import { vocabOptions } from '../../ui/form/options';
import type { FormSubmit } from '../../ui/form/useFormSubmit';
import { useLang } from '../../ui/format';
import { withArea, withType, type InterventionForm } from '../forms/interventionForm';

/**
 * An intervention or follow-up: what kind (a specialist consultation, a home visit…), the area
 * of report §5 it counts under (proposed from the kind), when, who, and the next follow-up.
 */
export function InterventionFormView(props: {
  form: InterventionForm;
  setForm: (update: (form: InterventionForm) => InterventionForm) => void;
  submit: FormSubmit;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const idPrefix = useId();
  const { form, setForm, submit } = props;
  const change = (patch: Partial<InterventionForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form ref={submit.formRef} className="desk-form intervention-form" onSubmit={submit.onSubmit} noValidate>
      <FormFields idPrefix={idPrefix} errors={submit.errors}>
        <RadioGroup path="type" legend={t('paths.intervention.type')} required
          options={vocabOptions(interventionTypes, lang, [form.type]).filter((o) => o.value !== 'grant')}
          value={form.type} onChange={(type) => setForm((f) => withType(f, type))} />
        <RadioGroup path="area" legend={t('paths.intervention.area')} required hint={t('paths.intervention.areaHint')}
          options={vocabOptions(interventionAreas, lang, [form.area])} value={form.area}
          onChange={(area) => setForm((f) => withArea(f, area))} />
        <div className="field-row">
          <TextField path="date" label={t('paths.intervention.date')} required value={form.date}
            onChange={(date) => change({ date })} input={{ type: 'date', max: localDate() }} className="field--short" />
          <TextField path="who" label={t('paths.intervention.who')} value={form.who}
            onChange={(who) => change({ who })} input={{ maxLength: 120 }} />
        </div>
        <TextAreaField path="note" label={t('paths.intervention.note')} value={form.note} maxLength={2000}
          onChange={(note) => change({ note })} />
        <TextField path="followUpOn" label={t('paths.intervention.followUpOn')} hint={t('paths.intervention.followUpHint')}
          value={form.followUpOn} onChange={(followUpOn) => change({ followUpOn })} input={{ type: 'date', min: form.date || undefined }}
          className="field--short" />
      </FormFields>
      {props.footer}
    </form>
  );
}
