import type { FieldError } from '../../domain/validation.ts';
import type { Person } from '../../domain/records/person.ts';
import type { ValidationMessageKey } from '../../domain/messages.ts';
import { FORM_CATALOGUES } from '../../forms/catalogues.ts';
import { consentForm } from '../../forms/definitions/consent.ts';
import { householdForm } from '../../forms/definitions/household.ts';
import { registrationForm } from '../../forms/definitions/registration.ts';
import { currentVersion, type FieldDef, type FormDef } from '../../forms/types.ts';
import { applyValues, emptyValue, valuesFromRecord, withoutUndefinedKeys, type FormValues } from '../../forms/values.ts';
import { personFormErrors, type PersonFields } from '../frontdesk/personForm';
import { errorsOfFields, firstPerPath, requiredErrors } from '../forms/validate';

/**
 * The mediated registration: three forms in sequence (who she is, her household, the privacy
 * notice and her consent), filled with one set of answers keyed by field id, and turned into
 * one person record. Pure: the screen holds the state and writes through the repository.
 */
export const INTAKE_FORMS: readonly FormDef[] = [registrationForm, householdForm, consentForm];

export function intakeFields(form: FormDef): FieldDef[] {
  return currentVersion(form).fields;
}

const ALL_FIELDS = () => INTAKE_FORMS.flatMap(intakeFields);

/** The answers to start from: empty for a new person, her record's for an existing one. */
export function freshIntakeValues(today: string, base?: Person): FormValues {
  const fields = ALL_FIELDS();
  const values = base ? valuesFromRecord(fields, base) : Object.fromEntries(fields.map((f) => [f.id, emptyValue(f.type)]));
  if (!base) {
    // Nothing is pre-answered for her except what is not a question about her.
    values['consent.status'] = '';
  }
  // Consent is given today unless her record already says when.
  if (!values['consent.date']) values['consent.date'] = today;
  return values;
}

const NEW_PERSON: Partial<PersonFields> = {
  languages: [],
  household: { pregnant: false, children: [] },
};

export interface IntakeContext {
  operatorId: string;
  /** The language the forms and the privacy notice were shown in. */
  language: string;
  base?: Person | undefined;
}

/**
 * The person's fields from the answers. The consent carries the notice's version and the
 * language it was shown in, the day and the operator; a consent already on record for the same
 * notice in the same language is kept as it was given.
 */
export function personFromIntake(values: FormValues, ctx: IntakeContext): PersonFields {
  const { base } = ctx;
  let record: Record<string, unknown> = base ? withoutEnvelope(base) : { ...NEW_PERSON };
  for (const form of INTAKE_FORMS) record = applyValues(record, intakeFields(form), values);

  const household = record.household as PersonFields['household'];
  record.household = { ...household, pregnant: household.pregnant ?? false, children: household.children ?? [] };

  const status = values['consent.status'];
  const noticeVersion = noticeOf(ctx.language).version;
  if (status === 'given') {
    const before = base?.consent;
    const same = before?.status === 'given' && before.noticeVersion === noticeVersion && before.language === ctx.language;
    record.consent = same
      ? { ...before, date: (record.consent as PersonFields['consent']).date }
      : { status, date: (record.consent as PersonFields['consent']).date, noticeVersion, language: ctx.language, operatorId: ctx.operatorId };
  } else {
    record.consent = { status: status === '' || status === undefined ? undefined : status };
  }
  record.formVersion = currentVersion(registrationForm).version;
  return withoutUndefinedNested(record) as unknown as PersonFields;
}

/** Nested objects lose their undefined keys; top-level undefined stays (it clears a field on edit). */
function withoutUndefinedNested(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v !== null && typeof v === 'object' ? withoutUndefinedKeys(v) : v]));
}

function withoutEnvelope(p: Person): Record<string, unknown> {
  const { id: _id, siteId: _s, version: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, deleted: _d, ...fields } = p;
  return fields;
}

export function noticeOf(language: string) {
  return (FORM_CATALOGUES[language] ?? FORM_CATALOGUES.it!).notice;
}

/**
 * Everything wrong with the answers, in form order: required questions not answered, then the
 * person schema's rules and the entry-time checks (personEntryProblems), one message per field.
 */
export function intakeErrors(values: FormValues, fields: PersonFields, today: string): FieldError[] {
  const required = INTAKE_FORMS.flatMap((form) => requiredErrors(intakeFields(form), values));
  const record = personFormErrors(fields, today).map((e) => ({ ...e, key: e.key as ValidationMessageKey }));
  return firstPerPath([...required, ...record]);
}

/** The errors of one form of the intake. */
export function errorsOfForm(errors: readonly FieldError[], form: FormDef): FieldError[] {
  return errorsOfFields(errors, intakeFields(form));
}

/** The first form (index) with an error, or -1. Errors no field owns count for the last form. */
export function firstFormWithErrors(errors: readonly FieldError[]): number {
  if (errors.length === 0) return -1;
  const index = INTAKE_FORMS.findIndex((form) => errorsOfForm(errors, form).length > 0);
  return index === -1 ? INTAKE_FORMS.length - 1 : index;
}
