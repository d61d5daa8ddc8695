/**
 * Forms as data: a form is a list of fields with a type, options drawn from a
 * vocabulary, conditions and requirements; its text lives in per-language catalogues. One
 * generic renderer draws any form; answers are stored as codes, so a record is identical
 * whatever language it was filled in. A form keeps every version it shipped, and a record
 * keeps the version it was filled with, so old records still open and display.
 */
export const FIELD_TYPES = [
  'text', // one line of free text
  'longText', // several lines
  'date', // YYYY-MM-DD
  'year', // a four-digit year
  'phone',
  'codiceFiscale',
  'boolean', // a yes/no switch stored as true/false
  'choice', // one code of a vocabulary
  'multiChoice', // several codes of a vocabulary
  'children', // the household's list of children (each: birth date, sex)
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Show a field only when another field (earlier in the form) has a given value. */
export interface Condition {
  field: string;
  equals: string | boolean;
}

export interface FieldDef {
  /** The record field it fills; nested fields with dots ("household.pregnant"). */
  id: string;
  type: FieldType;
  required?: boolean;
  /** Vocabulary name for choice fields (see src/domain/vocab). */
  vocabulary?: string;
  showIf?: Condition;
  /** Icon per option code for presentation mode (an emoji, shown beside the text). */
  icons?: Record<string, string>;
  /**
   * `operator`: a question for the operator only (her own notes), never put to the
   * beneficiary in presentation mode.
   */
  audience?: 'operator';
  /**
   * An answer here also answers this other field of the form while it is still empty (most
   * people hold the citizenship of the country they were born in).
   */
  fillsEmpty?: string;
}

export interface FormVersion {
  version: number;
  fields: FieldDef[];
}

export interface FormDef {
  id: string;
  /** Every version ever shipped, oldest first; the last is the current one. */
  versions: FormVersion[];
}

export function currentVersion(form: FormDef): FormVersion {
  return form.versions[form.versions.length - 1]!;
}

export function versionOf(form: FormDef, version: number | undefined): FormVersion {
  return form.versions.find((v) => v.version === version) ?? currentVersion(form);
}
