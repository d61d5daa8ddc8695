import * as z from 'zod/mini';
import { ID_PATTERN } from '../ids.ts';
import type { ValidationMessageKey } from '../messages.ts';
import { isStorableText, storableValueProblem } from '../storable.ts';
import type { Vocabulary } from '../vocab/vocabulary.ts';

// zod drops `input` from the issues it returns, so "missing" and "wrong type" are told apart here,
// in the error map, where the input is still known.
z.config({
  customError: (iss) => (iss.input === undefined || iss.input === null ? 'required' : iss.code === 'invalid_type' ? 'invalid_type' : undefined),
});

/** A schema's own message, except that a missing value always reads "required". */
export function keyed(key: ValidationMessageKey) {
  return { error: (iss: { input?: unknown }) => (iss.input === undefined || iss.input === null ? 'required' : key) };
}

/** Building blocks shared by every record schema. Messages are keys of ../messages.ts. */
export const Id = z.string().check(z.regex(ID_PATTERN, 'invalid_id'));
export const IsoDate = z.iso.date(keyed('invalid_date'));
export const IsoDateTime = z.iso.datetime({ offset: true, ...keyed('invalid_datetime') });
export const CentsAmount = z.int(keyed('invalid_value')).check(z.positive('amount_not_positive'));

export function text(max: number) {
  return z.string().check(z.trim(), z.maxLength(max, 'too_long'), storableText());
}
export function requiredText(max: number) {
  return z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'too_long'), storableText());
}

/** Text both databases can store: no U+0000, no lone surrogate (../storable.ts). */
export function storableText() {
  return z.refine<string>(isStorableText, 'unstorable_text');
}

/** A generic JSON part (a mutation's changes, a conflict's values): nested at most MAX_VALUE_DEPTH, every string and key storable. */
export function storableValue() {
  return z.superRefine((value: unknown, ctx) => {
    const problem = storableValueProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', input: undefined, path: problem.path, message: problem.key });
  });
}

/** A field holding one code of a vocabulary (retired codes stay valid on old records). */
export function code<C extends string>(vocabulary: Vocabulary<C>) {
  return z.enum(vocabulary.codes as unknown as [C, ...C[]], keyed('invalid_value'));
}
export function codes<C extends string>(vocabulary: Vocabulary<C>, max = vocabulary.codes.length) {
  return z.array(code(vocabulary)).check(
    z.maxLength(max, 'too_many'),
    // A code listed twice would be counted twice in the figures.
    z.refine((list) => new Set(list).size === list.length, 'invalid_value'),
  );
}

/**
 * The envelope every synced record carries (docs/architecture.md, "Sync"): a client-made id, the version the
 * server gave (0 until first acknowledged), timestamps, author and a tombstone flag.
 */
export const envelopeShape = {
  id: Id,
  siteId: Id,
  version: z.int().check(z.gte(0)),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
  deleted: z.boolean(),
};

export type Envelope = z.infer<z.ZodMiniObject<typeof envelopeShape>>;
