import type { core } from 'zod/mini';
import { isValidationMessageKey, validationMessages, type ValidationMessageKey } from './messages.ts';

export type Issue = core.$ZodIssue;

export interface FieldError {
  /** Dotted path of the field, e.g. "household.children.0.birthDate". */
  path: string;
  key: ValidationMessageKey;
}

/**
 * Maps a zod issue to one of our message keys, so every error can be shown translated. Most
 * issues already carry a key (the schemas and the error map in records/common.ts set them).
 */
export function issueKey(issue: Issue): ValidationMessageKey {
  if (isValidationMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid_type';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'invalid_value';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'invalid_value';
    case 'invalid_format':
      if (issue.format === 'date') return 'invalid_date';
      if (issue.format === 'datetime') return 'invalid_datetime';
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_value';
  }
}

export function fieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const key = issueKey(issue);
    const base = issue.path.map(String).join('.');
    // Unknown keys are reported once per key, at the key's own path.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ path: base ? `${base}.${k}` : k, key }));
    }
    return [{ path: base, key }];
  });
}

/** One readable line, e.g. "birthDate: The date cannot be in the future; phone: Invalid phone number". */
export function formatIssues(issues: readonly Issue[], lang: 'it' | 'en' = 'en'): string {
  return fieldErrors(issues)
    .map(({ path, key }) => `${path || '(record)'}: ${validationMessages[key][lang]}`)
    .join('; ');
}
