import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/validation.ts';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { FormRenderer } from '../../ui/renderer/FormRenderer';
import { PrivacyNotice } from '../../ui/renderer/PrivacyNotice';
import type { FormSubmit } from '../../ui/form/useFormSubmit';
import { PERSON_FORMS } from '../../../forms/personForm';

/**
 * The person's forms at the desk — registration, household, consent — drawn from their
 * definitions (src/forms) by the one renderer, in the operator's language, all on one page.
 * Shared by registration and editing; the screens own the answers and the saving.
 */
export function PersonFormView(props: {
  values: FormValues;
  onChange: (fieldId: string, value: FieldValue) => void;
  submit: FormSubmit;
  errors: FieldError[];
  afterName?: ReactNode;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const { values, onChange, submit, errors } = props;
  return (
    <form ref={submit.formRef} className="desk-form" onSubmit={submit.onSubmit} noValidate>
      <p className="hint">{t('formRenderer.requiredNote')}</p>
      {PERSON_FORMS.map((form) => (
        <FormRenderer key={form.id} form={form} values={values} onChange={onChange} errors={errors} idPrefix={`${idPrefix}-${form.id}`}
          after={{ lastName: props.afterName }}
          intro={form.id === 'consent' && (
            <details className="desk-notice">
              <summary>{t('deskForms.person.showNotice')}</summary>
              <PrivacyNotice />
            </details>
          )} />
      ))}
      {props.footer}
    </form>
  );
}
