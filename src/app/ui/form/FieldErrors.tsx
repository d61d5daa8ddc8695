import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { validationMessages, type ValidationMessageKey } from '../../../domain/messages.ts';
import type { FieldError } from '../../../domain/validation.ts';
import { useLang } from '../format';

/**
 * The errors of one form, by field path, and the prefix that makes the form's element ids
 * unique. Fields read their own message from here, so a form passes errors once.
 */
interface FormContextValue {
  idPrefix: string;
  errors: ReadonlyMap<string, FieldError['key']>;
}

const FormContext = createContext<FormContextValue>({ idPrefix: 'f', errors: new Map() });

export function FormFields({ idPrefix, errors, children }: { idPrefix: string; errors: FieldError[]; children: ReactNode }) {
  const value = useMemo(
    () => ({ idPrefix, errors: new Map(errors.map((e) => [e.path, e.key] as const)) }),
    [idPrefix, errors],
  );
  return <FormContext.Provider value={value}>{children}</FormContext.Provider>;
}

/** Validation messages are shared with the server (domain/messages.ts), in Italian and English. */
export function validationText(key: ValidationMessageKey, lang: string): string {
  const labels = validationMessages[key] as Record<string, string | undefined>;
  return labels[lang] ?? validationMessages[key].it;
}

export interface FieldState {
  /** Id of the control (or of the group). */
  id: string;
  errorId: string;
  hintId: string;
  /** The translated message, when the field is invalid. */
  error: string | undefined;
}

/** Ids and the translated error for the field at `path` (e.g. "household.dueDate"). */
export function useField(path: string): FieldState {
  const { idPrefix, errors } = useContext(FormContext);
  const lang = useLang();
  const key = errors.get(path);
  const id = `${idPrefix}-${path.replace(/\./g, '-')}`;
  return { id, errorId: `${id}-error`, hintId: `${id}-hint`, error: key ? validationText(key, lang) : undefined };
}

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(field: FieldState, hasHint: boolean): string | undefined {
  return [hasHint ? field.hintId : null, field.error ? field.errorId : null].filter(Boolean).join(' ') || undefined;
}

/** Moves focus to the first invalid field of a form, in reading order. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const target = form?.querySelector<HTMLElement>(
    '[data-invalid] :is(input:not([type=hidden]), select, textarea)',
  );
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
