import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../../forms/types.ts';
import type { FieldValue } from '../../../../forms/values.ts';
import { controlProps, ErrorText, RequiredMark } from '../../form/Field';
import { describedBy, useField, type FieldState } from '../../form/FieldErrors';
import { Bi } from '../Bi';
import { useFormText } from '../FormLanguage';

/** What every field component of the renderer receives. */
export interface FieldProps {
  formId: string;
  field: FieldDef;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
}

/** The field's help text in the languages shown, when the catalogue has one. */
export function FieldHelp({ formId, field, state }: { formId: string; field: FieldDef; state: FieldState }) {
  const f = useFormText();
  const target = { kind: 'help', formId, fieldId: field.id } as const;
  if (!f.text(target, f.operator) && !f.text(target, f.beneficiary)) return null;
  return (
    <p id={state.hintId} className="hint">
      <Bi target={target} />
    </p>
  );
}

export function hasHelp(formId: string, field: FieldDef, f: ReturnType<typeof useFormText>): boolean {
  const target = { kind: 'help', formId, fieldId: field.id } as const;
  return Boolean(f.text(target, f.operator) || f.text(target, f.beneficiary));
}

/** While a mediator reviews the translations: the button that opens this question's review. */
export function ReviewButton({ formId, field }: { formId: string; field: FieldDef }) {
  const { t } = useTranslation();
  const f = useFormText();
  if (!f.review) return null;
  const review = f.review;
  return (
    <button type="button" className="button button--small review-button" onClick={() => review(formId, field.id)}>
      <span aria-hidden="true">✎ </span>
      {t('formRenderer.reviewTranslation', { question: f.text({ kind: 'label', formId, fieldId: field.id }, f.operator) })}
    </button>
  );
}

/** A labelled single control: label (in the languages shown), control, help, error. */
export function FieldFrame(props: {
  formId: string;
  field: FieldDef;
  className?: string;
  children: (a11y: ReturnType<typeof controlProps>) => ReactNode;
}) {
  const { formId, field, className } = props;
  const state = useField(field.id);
  const f = useFormText();
  const help = hasHelp(formId, field, f);
  return (
    <div className={['field rendered-field', className].filter(Boolean).join(' ')} data-field={field.id} data-invalid={state.error ? '' : undefined}>
      <label htmlFor={state.id} className="rendered-field__label">
        <Bi target={{ kind: 'label', formId, fieldId: field.id }} suffix={field.required ? <RequiredMark /> : undefined} />
      </label>
      <ReviewButton formId={formId} field={field} />
      {props.children({ ...controlProps(state, { required: field.required }), 'aria-describedby': describedBy(state, help) })}
      <FieldHelp formId={formId} field={field} state={state} />
      <ErrorText field={state} />
    </div>
  );
}

/** A group of choices (or a list) in a fieldset whose legend is the question. */
export function GroupFrame(props: {
  formId: string;
  field: FieldDef;
  radio: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { formId, field, radio } = props;
  const state = useField(field.id);
  const f = useFormText();
  const help = hasHelp(formId, field, f);
  return (
    <fieldset
      id={state.id}
      className={['field rendered-field choice-group', props.className].filter(Boolean).join(' ')}
      data-field={field.id}
      data-invalid={state.error ? '' : undefined}
      aria-describedby={describedBy(state, help)}
      {...(radio ? { role: 'radiogroup', 'aria-required': field.required ? true : undefined, 'aria-invalid': state.error ? true : undefined } : {})}
    >
      <legend className="rendered-field__label">
        <Bi target={{ kind: 'label', formId, fieldId: field.id }} suffix={field.required ? <RequiredMark /> : undefined} />
      </legend>
      <ReviewButton formId={formId} field={field} />
      <FieldHelp formId={formId} field={field} state={state} />
      {props.children}
      <ErrorText field={state} />
    </fieldset>
  );
}
