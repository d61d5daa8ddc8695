import { useId, type ReactNode } from 'react';
import type { FieldError } from '../../../domain/validation.ts';
import { visitForm } from '../../../forms/definitions/visit.ts';
import type { FieldValue } from '../../../forms/values.ts';
import { FormRenderer } from '../../ui/renderer/FormRenderer';
import { SiteField } from '../../ui/form/SiteField';
import type { FormSubmit } from '../../ui/form/useFormSubmit';
import type { VisitForm } from '../../../forms/visitForm';

/**
 * The visit form, drawn from its definition (src/forms/definitions/visit.ts) by the one
 * renderer, in the operator's language, with the site it happened at on top.
 */
export function VisitFormView(props: {
  form: VisitForm;
  onChange: (fieldId: string, value: FieldValue) => void;
  onSite: (siteId: string) => void;
  submit: FormSubmit;
  errors: FieldError[];
  siteIds: string[];
  footer: ReactNode;
}) {
  const idPrefix = useId();
  const { form, submit } = props;
  return (
    <form ref={submit.formRef} className="desk-form visit-form" onSubmit={submit.onSubmit} noValidate>
      <FormRenderer form={visitForm} values={form} onChange={props.onChange} errors={props.errors} idPrefix={idPrefix}
        intro={<SiteField siteIds={props.siteIds} value={form.siteId} onChange={props.onSite} />} />
      {props.footer}
    </form>
  );
}
