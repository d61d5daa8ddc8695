import type { FieldError } from '../domain/validation.ts';
import type { FieldDef } from './types.ts';
import { isEmptyValue, shownFields, type FormValues } from './values.ts';

/**
 * The form's own requirement: a required question that is asked and not answered. (The record
 * schema says what a record needs; a form may ask for more, e.g. consent's status.)
 */
export function requiredErrors(fields: readonly FieldDef[], values: FormValues): FieldError[] {
  return shownFields(fields, values)
    .filter((f) => f.required && isEmptyValue(values[f.id]))
    .map((f) => ({ path: f.id, key: 'required' as const }));
}

/** Whether an error at a record path belongs to a field ("household.children.0.sex" → "household.children"). */
export function fieldOwns(fieldId: string, path: string): boolean {
  return path === fieldId || path.startsWith(`${fieldId}.`);
}

/** The errors that belong to some of the given fields. */
export function errorsOfFields(errors: readonly FieldError[], fields: readonly FieldDef[]): FieldError[] {
  return errors.filter((e) => fields.some((f) => fieldOwns(f.id, e.path)));
}

/** One message per path, the first (the form's order). */
export function firstPerPath(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}
