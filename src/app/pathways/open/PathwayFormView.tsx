import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import type { FieldError } from '../../../domain/validation.ts';
import { fragilities } from '../../../domain/vocab/pathways.ts';
import { CheckboxGroup } from '../../ui/form/ChoiceGroup';
import { SelectField, TextAreaField, TextField } from '../../ui/form/Field';
import { FormFields } from '../../ui/form/FieldErrors';
import { vocabOptions } from '../../ui/form/options';
import type { FormSubmit } from '../../ui/form/useFormSubmit';
import { useLang, useSiteLabel } from '../../ui/format';
import type { PathwayForm } from '../forms/pathwayForm';
import { useCaseManagerOptions } from '../useCaseManagers';
import { GoalsField } from './GoalsField';

/** The pathway form, for opening one and for editing an open one. */
export function PathwayFormView(props: {
  form: PathwayForm;
  change: (patch: Partial<PathwayForm>) => void;
  submit: FormSubmit;
  errors: FieldError[];
  /** Sites to choose from; none when the site cannot change (an existing pathway). */
  siteIds: string[] | null;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const siteLabel = useSiteLabel();
  const idPrefix = useId();
  const { form, change, submit } = props;
  const caseManagers = useCaseManagerOptions(form.siteId, form.caseManagerId);
  return (
    <form ref={submit.formRef} className="desk-form pathway-form" onSubmit={submit.onSubmit} noValidate>
      <FormFields idPrefix={idPrefix} errors={props.errors}>
        <p className="hint">{t('deskForms.form.requiredNote')}</p>
        <div className="field-row">
          <SelectField path="caseManagerId" label={t('paths.form.caseManager')} required value={form.caseManagerId}
            options={caseManagers} onChange={(caseManagerId) => change({ caseManagerId })} />
          {props.siteIds && props.siteIds.length > 1 ? (
            <SelectField path="siteId" label={t('paths.form.site')} required value={form.siteId}
              options={props.siteIds.map((id) => ({ value: id, label: siteLabel(id) }))} onChange={(siteId) => change({ siteId })} />
          ) : (
            <p className="field">
              <span className="field__label">{t('paths.form.site')}</span>
              <span>{siteLabel(form.siteId)}</span>
            </p>
          )}
          <TextField path="openedOn" label={t('paths.form.openedOn')} required value={form.openedOn}
            onChange={(openedOn) => change({ openedOn })} input={{ type: 'date', max: localDate() }} className="field--short" />
        </div>
        <CheckboxGroup path="fragilities" legend={t('paths.form.fragilities')} hint={t('paths.form.fragilitiesHint')}
          options={vocabOptions(fragilities, lang, form.fragilities)} value={form.fragilities}
          onChange={(list) => change({ fragilities: list })} />
        {form.fragilities.includes('other') && (
          <TextField path="fragilityOther" label={t('paths.form.fragilityOther')} required value={form.fragilityOther}
            onChange={(fragilityOther) => change({ fragilityOther })} input={{ maxLength: 200 }} />
        )}
        <TextAreaField path="mainRequest" label={t('paths.form.mainRequest')} value={form.mainRequest} maxLength={1000}
          onChange={(mainRequest) => change({ mainRequest })} />
        <GoalsField goals={form.goals} onChange={(goals) => change({ goals })} />
      </FormFields>
      {props.footer}
    </form>
  );
}
