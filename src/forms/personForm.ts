import { withoutUndefined } from '../domain/equality.ts';
import { PLACEHOLDER_ENVELOPE, withoutEnvelope, type Fields } from '../domain/records/envelope.ts';
import type { ValidationMessageKey } from '../domain/messages.ts';
import { personEntryProblems, personSchema, type Person } from '../domain/records/person.ts';
import { classifyQuery } from '../domain/search/contactKeys.ts';
import { fieldErrors, type FieldError } from '../domain/validation.ts';
import { FORM_CATALOGUES } from './catalogues.ts';
import { consentForm } from './definitions/consent.ts';
import { householdForm } from './definitions/household.ts';
import { registrationForm } from './definitions/registration.ts';
import { currentVersion, type FieldDef, type FormDef } from './types.ts';
import { answer, applyValues, emptyValue, valuesFromRecord, type FieldValue, type FormValues } from './values.ts';
import { errorsOfFields, firstPerPath, requiredErrors } from './validate';

/**
 * A person is registered with three forms-as-data (src/forms): who she is, her household,
 * her consent. The desk shows them together in the operator's language; a mediator shows them
 * one after another, side by side with hers. Both keep one set of answers keyed by field id
 * (codes, never labels) and turn it into the same person record here. Pure: the screens hold
 * the state and write through the repository.
 */
export const PERSON_FORMS: readonly FormDef[] = [registrationForm, householdForm, consentForm];

export type PersonFields = Fields<'people'>;

export function personFormFields(form: FormDef): FieldDef[] {
  return currentVersion(form).fields;
}

const ALL_FIELDS = () => PERSON_FORMS.flatMap(personFormFields);

/** The answers after one question is answered (a country of birth also fills an empty citizenship). */
export function withAnswer(values: FormValues, fieldId: string, value: FieldValue): FormValues {
  return answer(ALL_FIELDS(), values, fieldId, value);
}

/**
 * At the desk the situation questions start at "unknown" and consent at "not yet", so a quick
 * registration is name, sex and Save; a mediated intake asks her every question instead.
 */
const DESK_DEFAULTS: FormValues = {
  knownToSocialServices: 'unknown', receivesAdi: 'unknown', employment: 'unknown', 'consent.status': 'not_yet',
};

/** The answers to start from: her record's when editing, else empty (or the desk's defaults). */
export function freshPersonAnswers(today: string, opts: { base?: Person | undefined; desk?: boolean } = {}): FormValues {
  const fields = ALL_FIELDS();
  const values = opts.base
    ? valuesFromRecord(fields, opts.base)
    : { ...Object.fromEntries(fields.map((f) => [f.id, emptyValue(f.type)])), 'consent.status': '', ...(opts.desk ? DESK_DEFAULTS : {}) };
  // Consent is given today unless her record already says when.
  if (!values['consent.date']) values['consent.date'] = today;
  return values;
}

/**
 * The desk's answers from what the search box held when the operator chose "register her": a
 * phone number, a codice fiscale or a name ("Aïcha Mohammed" → first name Aïcha, last name
 * Mohammed).
 */
export function personAnswersFromQuery(query: string, today: string): FormValues {
  const values = freshPersonAnswers(today, { desk: true });
  const q = query.trim().replace(/\s+/g, ' ');
  if (q === '') return values;
  const typed = classifyQuery(q);
  if (typed.kind === 'phone') return { ...values, phone: q };
  // Searched as a code, then as a name; with no digit ("el idrissi") it is her name.
  if (typed.kind === 'codiceFiscale' && !typed.orName) return { ...values, codiceFiscale: q.toUpperCase() };
  const [first = '', ...rest] = q.split(' ');
  return { ...values, firstName: first, lastName: rest.join(' ') };
}

const NEW_PERSON: Partial<PersonFields> = {
  languages: [],
  household: { pregnant: false, children: [] },
};

export interface PersonContext {
  operatorId: string;
  /** The language the forms and the privacy notice were shown in. */
  language: string;
  base?: Person | undefined;
  /**
   * The notice was just shown to her (the mediated intake's consent step): a consent given now
   * is new unless the same notice in the same language is on record. At the desk an edit keeps
   * a consent already given as it was.
   */
  noticeShown?: boolean;
}

/**
 * The person's fields from the answers; what the forms do not ask is kept from the record
 * being edited. A consent given carries the notice's version and the language it was shown
 * in, the day and the operator (see `noticeShown` for when one on record is kept).
 */
export function personFromAnswers(values: FormValues, ctx: PersonContext): PersonFields {
  const { base } = ctx;
  let record: Record<string, unknown> = base ? withoutEnvelope(base) : { ...NEW_PERSON };
  for (const form of PERSON_FORMS) record = applyValues(record, personFormFields(form), values);

  const household = record.household as PersonFields['household'];
  record.household = { ...household, pregnant: household.pregnant ?? false, children: household.children ?? [] };

  const status = values['consent.status'];
  const noticeVersion = noticeOf(ctx.language).version;
  if (status === 'given') {
    const before = base?.consent;
    const same = before?.status === 'given' &&
      (!ctx.noticeShown || (before.noticeVersion === noticeVersion && before.language === ctx.language));
    const date = (record.consent as PersonFields['consent']).date;
    record.consent = same
      ? { ...before, date }
      : { status, date, noticeVersion, language: ctx.language, operatorId: ctx.operatorId };
  } else {
    record.consent = { status: status === '' || status === undefined ? undefined : status };
  }
  record.formVersion = currentVersion(registrationForm).version;
  return withoutUndefinedNested(record) as unknown as PersonFields;
}

/** Nested objects lose their undefined keys; top-level undefined stays (it clears a field on edit). */
function withoutUndefinedNested(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutUndefined(v)]));
}

export function noticeOf(language: string) {
  return (FORM_CATALOGUES[language] ?? FORM_CATALOGUES.it!).notice;
}

/**
 * Everything wrong with the answers, in form order: required questions not answered, then the
 * person schema's rules and the entry-time checks, one message per field.
 */
export function personAnswerErrors(values: FormValues, fields: PersonFields, today: string): FieldError[] {
  const required = PERSON_FORMS.flatMap((form) => requiredErrors(personFormFields(form), values));
  return firstPerPath([...required, ...personFieldErrors(fields, today)]);
}

/**
 * What the record's rules refuse (required, codice fiscale, phone, no birth in the future) and
 * the checks that make sense only while typing (a due date long past, a year that disagrees
 * with the birth date).
 */
export function personFieldErrors(fields: PersonFields, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (Number.isNaN(fields.birthYear)) errors.push({ path: 'birthYear', key: 'birth_year_range' });
  const checked = { ...fields, birthYear: Number.isNaN(fields.birthYear) ? undefined : fields.birthYear };
  const result = personSchema.safeParse(withoutUndefined({ ...PLACEHOLDER_ENVELOPE, ...checked }));
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  for (const problem of personEntryProblems(checked, today)) {
    errors.push({ path: problem.path.join('.'), key: problem.message as ValidationMessageKey });
  }
  return firstPerPath(errors);
}

/** The errors of one of the person forms. */
export function errorsOfForm(errors: readonly FieldError[], form: FormDef): FieldError[] {
  return errorsOfFields(errors, personFormFields(form));
}

/** The first form (index) with an error, or -1. Errors no field owns count for the last form. */
export function firstFormWithErrors(errors: readonly FieldError[]): number {
  if (errors.length === 0) return -1;
  const index = PERSON_FORMS.findIndex((form) => errorsOfForm(errors, form).length > 0);
  return index === -1 ? PERSON_FORMS.length - 1 : index;
}

/**
 * A registration draft kept by the previous, hand-drawn desk form (draft shape 1), as answers:
 * an update of the app must not lose what was typed before it.
 */
export function personAnswersFromOldDraft(old: Record<string, unknown>, today: string, base?: Person): FormValues {
  const text = (key: string) => (typeof old[key] === 'string' ? (old[key] as string) : '');
  const children = Array.isArray(old.children) ? (old.children as { id?: string; name?: string; birthDate?: string }[]) : [];
  // The old form did not ask a child's sex: keep the record's.
  const sexOf = new Map((base?.household.children ?? []).map((c) => [c.id, c.sex ?? '']));
  return {
    ...freshPersonAnswers(today, { base, desk: true }),
    ...Object.fromEntries(['firstName', 'lastName', 'sex', 'birthDate', 'birthYear', 'countryOfBirth', 'citizenship', 'phone',
      'codiceFiscale', 'knownToSocialServices', 'receivesAdi', 'employment', 'note'].map((k) => [k, text(k)])),
    languages: Array.isArray(old.languages) ? (old.languages as string[]) : [],
    'household.pregnant': old.pregnant === true,
    'household.dueDate': text('dueDate'),
    'household.children': children.map((c) => ({ id: c.id ?? '', name: c.name ?? '', birthDate: c.birthDate ?? '', sex: sexOf.get(c.id ?? '') ?? '' })),
    'consent.status': text('consentStatus') || 'not_yet',
    'consent.date': text('consentDate') || today,
  };
}
