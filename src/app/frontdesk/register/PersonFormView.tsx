import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/validation.ts';
import { FormFields } from '../form/FieldErrors';
import type { FormSubmit } from '../form/useFormSubmit';
import type { PersonForm } from '../personForm';
import { HouseholdFields } from './HouseholdFields';
import { IdentityFields } from './IdentityFields';
import { SituationFields } from './SituationFields';

/** The person form, shared by registration and editing; the screens own state and saving. */
export function PersonFormView(props: {
  form: PersonForm;
  change: (patch: Partial<PersonForm>) => void;
  submit: FormSubmit;
  errors: FieldError[];
  afterName?: ReactNode;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const { form, change, submit } = props;
  return (
    <form ref={submit.formRef} className="desk-form" onSubmit={submit.onSubmit} noValidate>
      <p className="hint">
        {t('deskForms.form.requiredNote')}
      </p>
      <FormFields idPrefix={idPrefix} errors={props.errors}>
        <IdentityFields form={form} change={change} afterName={props.afterName} />
        <HouseholdFields form={form} change={change} />
        <SituationFields form={form} change={change} />
      </FormFields>
      {props.footer}
    </form>
  );
}
