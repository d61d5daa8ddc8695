import * as z from 'zod/mini';
import { codiceFiscaleProblem } from '../codiceFiscale.ts';
import { addDays, isDay, localDate, yearOf } from '../dates.ts';
import { isPhoneNumber } from '../search/contactKeys.ts';
import { consentStatuses, employmentStatuses, sexes, yesNoUnknown } from '../vocab/people.ts';
import { countries, languages } from '../vocab/geo.ts';
import { code, codes, envelopeShape, Id, IsoDate, keyed, requiredText, text } from './common.ts';

export const childSchema = z.strictObject({
  id: Id,
  name: z.optional(text(80)),
  sex: z.optional(code(sexes)),
  birthDate: z.optional(IsoDate),
});

export const householdSchema = z.strictObject({
  pregnant: z.boolean(),
  dueDate: z.optional(IsoDate),
  children: z.array(childSchema).check(z.maxLength(20, 'too_many')),
});

export const consentSchema = z.strictObject({
  status: code(consentStatuses),
  date: z.optional(IsoDate),
  /** The version of the privacy notice shown, and the language it was shown in. */
  noticeVersion: z.optional(z.int().check(z.positive())),
  language: z.optional(code(languages)),
  operatorId: z.optional(Id),
});

const personShape = {
  ...envelopeShape,
  firstName: requiredText(80),
  lastName: requiredText(80),
  sex: code(sexes),
  birthDate: z.optional(IsoDate),
  birthYear: z.optional(z.int(keyed('invalid_value'))),
  countryOfBirth: z.optional(code(countries)),
  citizenship: z.optional(code(countries)),
  languages: codes(languages, 10),
  phone: z.optional(text(30)),
  codiceFiscale: z.optional(text(16)),
  household: householdSchema,
  knownToSocialServices: code(yesNoUnknown),
  receivesAdi: code(yesNoUnknown),
  employment: code(employmentStatuses),
  consent: consentSchema,
  note: z.optional(text(2000)),
  /** The version of the registration form the record was filled with (see src/forms). */
  formVersion: z.optional(z.int().check(z.positive())),
};

type PersonShape = z.infer<z.ZodMiniObject<typeof personShape>>;

type Problem = { path: (string | number)[]; message: string };

/**
 * Invariants that hold for a record at any time: no one is born in the future. Checked by the
 * schema, so by the app at save and by the server at push.
 */
export function personInvariantProblems(p: Pick<PersonShape, 'birthDate' | 'birthYear' | 'household'>, today: string): Problem[] {
  const problems: Problem[] = [];
  if (p.birthDate && isDay(p.birthDate) && p.birthDate > today) problems.push({ path: ['birthDate'], message: 'date_in_future' });
  if (p.birthYear !== undefined && (p.birthYear < 1900 || p.birthYear > yearOf(today))) {
    problems.push({ path: ['birthYear'], message: 'birth_year_range' });
  }
  p.household.children.forEach((child, i) => {
    if (child.birthDate && isDay(child.birthDate) && child.birthDate > today) {
      problems.push({ path: ['household', 'children', i, 'birthDate'], message: 'date_in_future' });
    }
  });
  return problems;
}

/**
 * Checks that only make sense while a person is typing: a due date long past is a typo today
 * but normal a year later, and two fields can disagree after a merge of edits from two devices
 * without the record being wrong enough to refuse at sync.
 */
export function personEntryProblems(p: Pick<PersonShape, 'birthDate' | 'birthYear' | 'household'>, today: string): Problem[] {
  const problems = personInvariantProblems(p, today);
  if (p.birthDate && p.birthYear !== undefined && yearOf(p.birthDate) !== p.birthYear) {
    problems.push({ path: ['birthYear'], message: 'birth_year_mismatch' });
  }
  if (p.household.pregnant && p.household.dueDate && p.household.dueDate < addDays(today, -31)) {
    problems.push({ path: ['household', 'dueDate'], message: 'due_date_too_old' });
  }
  return problems;
}

export const personSchema = z.strictObject(personShape).check(
  z.superRefine((p, ctx) => {
    for (const problem of personInvariantProblems(p, localDate())) {
      ctx.issues.push({ code: 'custom', input: p, ...problem });
    }
    if (p.phone && !isPhoneNumber(p.phone)) {
      ctx.issues.push({ code: 'custom', input: p.phone, path: ['phone'], message: 'phone_invalid' });
    }
    if (p.codiceFiscale) {
      const problem = codiceFiscaleProblem(p.codiceFiscale);
      if (problem) ctx.issues.push({ code: 'custom', input: p.codiceFiscale, path: ['codiceFiscale'], message: `cf_${problem}` });
    }
  }),
);
export type Person = z.infer<typeof personSchema>;
export type Child = z.infer<typeof childSchema>;
