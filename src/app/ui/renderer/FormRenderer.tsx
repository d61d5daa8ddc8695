import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/validation.ts';
import { versionOf, type FieldDef, type FormDef } from '../../../forms/types.ts';
import { shownFields, type FieldValue, type FormValues } from '../../../forms/values.ts';
import { FormFields } from '../form/FieldErrors';
import { Bi } from './Bi';
import { FIELD_COMPONENTS } from './fields/registry';
import './renderer.css';

/**
 * The one renderer of forms-as-data (src/forms): it draws any version of any form definition,
 * asks only the questions whose condition holds, marks the required ones, and shows each
 * validation message next to its field. Answers are codes in `values`, keyed by field id; the
 * caller turns them into a record and validates it with the domain's zod schema, so a form
 * drawn here is checked by the very rules the repository and the server apply.
 */
export interface FormRendererProps {
  form: FormDef;
  /** The version to draw; the current one when not given. */
  version?: number | undefined;
  values: FormValues;
  onChange: (fieldId: string, value: FieldValue) => void;
  /** Errors by record path ("household.children.0.birthDate"), shown under their field. */
  errors: readonly FieldError[];
  /** Makes element ids unique when several forms share a page. */
  idPrefix: string;
  /** What a screen adds inside the form: at its top, and after a field (e.g. duplicate hints after the name). */
  intro?: ReactNode;
  after?: Partial<Record<string, ReactNode>>;
}

export function FormRenderer({ form, version, values, onChange, errors, idPrefix, intro, after }: FormRendererProps) {
  const fields = versionOf(form, version).fields;
  return (
    <FormFields idPrefix={idPrefix} errors={errors as FieldError[]}>
      <fieldset className="form-section rendered-form" data-form={form.id}>
        <legend>
          <Bi target={{ kind: 'title', formId: form.id }} />
        </legend>
        {intro}
        {shownFields(fields, values).map((field) => (
          <Fragment key={field.id}>
            <RenderedField form={form} field={field} value={values[field.id]} onChange={(v) => onChange(field.id, v)} />
            {after?.[field.id]}
          </Fragment>
        ))}
      </fieldset>
    </FormFields>
  );
}

/** One question, drawn by the component of its type. */
export function RenderedField(props: { form: FormDef; field: FieldDef; value: FieldValue; onChange: (value: FieldValue) => void }) {
  const { t } = useTranslation();
  const Component = FIELD_COMPONENTS[props.field.type] as (typeof FIELD_COMPONENTS)[keyof typeof FIELD_COMPONENTS] | undefined;
  if (!Component) {
    // formProblems fails the tests on an unknown type; should one reach a desk, say so.
    return (
      <p className="field-error" role="alert" data-field={props.field.id}>
        {t('formRenderer.unknownType', { form: props.form.id, field: props.field.id, type: props.field.type })}
      </p>
    );
  }
  return <Component formId={props.form.id} field={props.field} value={props.value} onChange={props.onChange} />;
}
