import { withoutUndefined } from '../domain/equality.ts';
import type { FieldDef, FieldType } from './types.ts';

/**
 * The answers of a form while it is being filled: one value per field id, always codes (never
 * a translated label), so the answers — and the record made from them — are the same whatever
 * language the form was shown in. Text fields hold what was typed, untouched until the record
 * is made; the record is read and written at the field's path ("household.pregnant").
 */
export interface ChildValue {
  id: string;
  birthDate: string;
  sex: string;
  name: string;
}

export type FieldValue = string | string[] | boolean | undefined | ChildValue[];
export type FormValues = Record<string, FieldValue>;

/** The value of a field nobody has answered yet. */
export function emptyValue(type: FieldType): FieldValue {
  switch (type) {
    case 'multiChoice':
      return [];
    case 'children':
      return [];
    case 'boolean':
      return undefined;
    default:
      return '';
  }
}

/** Whether an answer is missing (for required marks). `false` is an answer. */
export function isEmptyValue(value: FieldValue): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && value.trim() === '';
}

/**
 * Whether a field is asked, given the answers so far: its condition holds, and the field the
 * condition is on is itself asked (a hidden question's answer does not count).
 */
export function isShown(field: FieldDef, fields: readonly FieldDef[], values: FormValues, depth = 0): boolean {
  if (!field.showIf) return true;
  const on = fields.find((f) => f.id === field.showIf!.field);
  if (!on || depth > fields.length) return false;
  return values[on.id] === field.showIf.equals && isShown(on, fields, values, depth + 1);
}

export function shownFields(fields: readonly FieldDef[], values: FormValues): FieldDef[] {
  return fields.filter((f) => isShown(f, fields, values));
}

/**
 * The answers after one question is answered. A field that `fillsEmpty` another also answers
 * that one while it is still empty, so the common case takes one choice instead of two.
 */
export function answer(fields: readonly FieldDef[], values: FormValues, fieldId: string, value: FieldValue): FormValues {
  const next = { ...values, [fieldId]: value };
  const target = fields.find((f) => f.id === fieldId)?.fillsEmpty;
  if (target && isEmptyValue(values[target])) next[target] = value;
  return next;
}

export function getPath(record: unknown, path: string): unknown {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `record` with `value` at `path`, creating the objects on the way. */
export function setPath<T extends object>(record: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  if (rest.length === 0) {
    copy[head] = value;
  } else {
    const child = copy[head];
    copy[head] = setPath(child !== null && typeof child === 'object' ? (child as object) : {}, rest.join('.'), value);
  }
  return copy as T;
}

/** The answer a stored record holds for a field (for editing, and for the read-only view). */
export function valueFromRecord(field: FieldDef, record: unknown): FieldValue {
  const stored = getPath(record, field.id);
  if (stored === undefined || stored === null) return emptyValue(field.type);
  switch (field.type) {
    case 'boolean':
      return typeof stored === 'boolean' ? stored : undefined;
    case 'multiChoice':
      return Array.isArray(stored) ? stored.map(String) : [];
    case 'children':
      return Array.isArray(stored)
        ? stored.map((c: { id?: unknown; birthDate?: unknown; sex?: unknown; name?: unknown }) => ({
          id: String(c.id ?? ''),
          birthDate: typeof c.birthDate === 'string' ? c.birthDate : '',
          sex: typeof c.sex === 'string' ? c.sex : '',
          name: typeof c.name === 'string' ? c.name : '',
        }))
        : [];
    default:
      // An object in a text field (an odd value reaching a conflict) is no answer, not "[object Object]".
      return typeof stored === 'object' ? emptyValue(field.type) : String(stored);
  }
}

export function valuesFromRecord(fields: readonly FieldDef[], record: unknown): FormValues {
  return Object.fromEntries(fields.map((f) => [f.id, valueFromRecord(f, record)]));
}

const optionalText = (value: FieldValue): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * What a field's answer becomes in the record: trimmed text or nothing, a year as a number
 * (NaN when what was typed is not one, for the validation to report), a codice fiscale in
 * capitals without spaces. `base` is the field's value in the record being edited, so parts a
 * form does not ask (a child's name) are kept.
 */
export function recordValue(field: FieldDef, value: FieldValue, base?: unknown): unknown {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'phone':
    case 'date':
    case 'choice':
      return optionalText(value);
    case 'codiceFiscale':
      return optionalText(value)?.replace(/\s+/g, '').toUpperCase();
    case 'year': {
      const year = optionalText(value);
      return year === undefined ? undefined : /^\d+$/.test(year) ? Number(year) : Number.NaN;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'multiChoice':
      return Array.isArray(value) ? [...(value as string[])] : [];
    case 'children': {
      const before = new Map(
        (Array.isArray(base) ? (base as { id: string }[]) : []).map((c) => [c.id, c as Record<string, unknown>]),
      );
      return (Array.isArray(value) ? (value as ChildValue[]) : []).map((c) =>
        withoutUndefined({
          ...before.get(c.id),
          id: c.id,
          birthDate: optionalText(c.birthDate),
          sex: optionalText(c.sex),
          name: optionalText(c.name ?? ''),
        }),
      );
    }
  }
}

/**
 * The record with the form's answers written in. A field that is not asked (its condition does
 * not hold) is cleared, so an answer given and then made irrelevant does not linger.
 */
export function applyValues<T extends object>(record: T, fields: readonly FieldDef[], values: FormValues): T {
  let next = record;
  for (const field of fields) {
    const shown = isShown(field, fields, values);
    next = setPath(next, field.id, shown ? recordValue(field, values[field.id], getPath(record, field.id)) : undefined);
  }
  return next;
}
