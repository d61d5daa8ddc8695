import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, useField, type FieldState } from './FieldErrors';
import './form.css';

/** The required-field mark; screen readers hear "required" from aria-required instead. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}

export function ErrorText({ field }: { field: FieldState }) {
  if (!field.error) return null;
  return (
    <p id={field.errorId} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {field.error}
    </p>
  );
}

/** The a11y attributes every single control of a field carries. */
export function controlProps(field: FieldState, opts: { required?: boolean | undefined; hint?: ReactNode }) {
  return {
    id: field.id,
    'aria-invalid': field.error ? true : undefined,
    'aria-required': opts.required ? true : undefined,
    'aria-describedby': describedBy(field, Boolean(opts.hint)),
  } as const;
}

interface FieldShellProps {
  path: string;
  label: ReactNode;
  required?: boolean | undefined;
  hint?: ReactNode;
  className?: string | undefined;
  /** The control, given its ids and aria attributes. */
  children: (props: ReturnType<typeof controlProps>) => ReactNode;
}

/** A labelled control with its hint and its error message underneath. */
export function FieldShell({ path, label, required, hint, className, children }: FieldShellProps) {
  const field = useField(path);
  return (
    <div className={`field ${className ?? ''}`} data-invalid={field.error ? '' : undefined}>
      <label htmlFor={field.id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {children(controlProps(field, { required, hint }))}
      {hint && (
        <p id={field.hintId} className="hint">
          {hint}
        </p>
      )}
      <ErrorText field={field} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

export function TextField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
  input?: InputProps;
}) {
  const { path, label, value, onChange, required, hint, className, input } = props;
  return (
    <FieldShell path={path} label={label} required={required} hint={hint} className={className}>
      {(a11y) => <input type="text" {...input} {...a11y} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

export function TextAreaField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  maxLength?: number;
}) {
  const { path, label, value, onChange, hint, maxLength } = props;
  return (
    <FieldShell path={path} label={label} hint={hint}>
      {(a11y) => <textarea {...a11y} rows={3} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  required?: boolean;
  /** Text of the empty choice; none when the field always has a value. */
  emptyLabel?: string;
  hint?: ReactNode;
  /** Options listed first, in their own group (e.g. the most frequent countries). */
  frequent?: Option[];
}) {
  const { path, label, value, onChange, options, required, emptyLabel, hint, frequent } = props;
  const { t } = useTranslation();
  return (
    <FieldShell path={path} label={label} required={required} hint={hint}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {frequent && frequent.length > 0 ? (
            <>
              <optgroup label={t('deskForms.form.frequent')}>
                {frequent.map((o) => (
                  <option key={`f-${o.value}`} value={o.value}>{o.label}</option>
                ))}
              </optgroup>
              <optgroup label={t('deskForms.form.allOptions')}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </optgroup>
            </>
          ) : (
            options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))
          )}
        </select>
      )}
    </FieldShell>
  );
}
