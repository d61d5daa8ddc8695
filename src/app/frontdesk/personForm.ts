import { newId } from '../../domain/ids.ts';
import type { ValidationMessageKey } from '../../domain/messages.ts';
import { personEntryProblems, personSchema, type Person } from '../../domain/records/person.ts';
import { fieldErrors, type FieldError } from '../../domain/validation.ts';
import type { Fields } from '../../db/repository.ts';

/**
 * The registration form's state and its translation to and from a person record. The form
 * holds what was typed (strings, so nothing is lost or reformatted while typing); the record
 * is made only at save. Field names in errors are the record's paths
 * ("household.children.0.birthDate"), so the schema's messages land next to the right field.
 */
export interface ChildForm {
  id: string;
  name: string;
  birthDate: string;
}

export interface PersonForm {
  firstName: string;
  lastName: string;
  sex: string;
  birthDate: string;
  birthYear: string;
  countryOfBirth: string;
  citizenship: string;
  languages: string[];
  phone: string;
  codiceFiscale: string;
  pregnant: boolean;
  dueDate: string;
  children: ChildForm[];
  knownToSocialServices: string;
  receivesAdi: string;
  employment: string;
  consentStatus: string;
  consentDate: string;
  note: string;
}

export type PersonFields = Fields<'people'>;

export function emptyPersonForm(): PersonForm {
  return {
    firstName: '', lastName: '', sex: '', birthDate: '', birthYear: '', countryOfBirth: '', citizenship: '',
    languages: [], phone: '', codiceFiscale: '', pregnant: false, dueDate: '', children: [],
    knownToSocialServices: 'unknown', receivesAdi: 'unknown', employment: 'unknown',
    consentStatus: 'not_yet', consentDate: '', note: '',
  };
}

export function newChild(): ChildForm {
  return { id: newId(), name: '', birthDate: '' };
}

/**
 * What the search box held when the operator chose "register her": a phone number, a codice
 * fiscale or a name ("Aïcha Mohammed" → first name Aïcha, last name Mohammed).
 */
export function personFormFromQuery(query: string): PersonForm {
  const form = emptyPersonForm();
  const q = query.trim().replace(/\s+/g, ' ');
  if (q === '') return form;
  if (/^\+?[\d\s.\-()/]{3,}$/.test(q)) return { ...form, phone: q };
  if (/^[a-z]{6}[0-9lmnpqrstuv]{2}/i.test(q.replace(/\s+/g, ''))) return { ...form, codiceFiscale: q.toUpperCase() };
  const [first = '', ...rest] = q.split(' ');
  return { ...form, firstName: first, lastName: rest.join(' ') };
}

export function personFormFromRecord(p: Person): PersonForm {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    sex: p.sex,
    birthDate: p.birthDate ?? '',
    birthYear: p.birthYear === undefined ? '' : String(p.birthYear),
    countryOfBirth: p.countryOfBirth ?? '',
    citizenship: p.citizenship ?? '',
    languages: [...p.languages],
    phone: p.phone ?? '',
    codiceFiscale: p.codiceFiscale ?? '',
    pregnant: p.household.pregnant,
    dueDate: p.household.dueDate ?? '',
    children: p.household.children.map((c) => ({ id: c.id, name: c.name ?? '', birthDate: c.birthDate ?? '' })),
    knownToSocialServices: p.knownToSocialServices,
    receivesAdi: p.receivesAdi,
    employment: p.employment,
    consentStatus: p.consent.status,
    consentDate: p.consent.date ?? '',
    note: p.note ?? '',
  };
}

const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/**
 * The record fields the form stands for. Every optional field is present (undefined when
 * empty), so an edit that clears a field clears it in the record. `base` keeps what the form
 * does not show (a child's sex, the consent's notice version…) when editing.
 */
export function personFieldsFromForm(form: PersonForm, operatorId: string, base?: Person): PersonFields {
  const year = form.birthYear.trim();
  const birthDate = optional(form.birthDate);
  const consentGiven = form.consentStatus === 'given';
  const baseChildren = new Map((base?.household.children ?? []).map((c) => [c.id, c]));
  return {
    firstName: form.firstName,
    lastName: form.lastName,
    sex: (form.sex || undefined) as PersonFields['sex'],
    birthDate,
    // Only a year the operator typed (NaN for one that is not a number, reported by
    // personFormErrors); with a full date the year is read from the date where needed.
    birthYear: year === '' ? undefined : /^\d+$/.test(year) ? Number(year) : Number.NaN,
    countryOfBirth: optional(form.countryOfBirth) as PersonFields['countryOfBirth'],
    citizenship: optional(form.citizenship) as PersonFields['citizenship'],
    languages: form.languages as PersonFields['languages'],
    phone: optional(form.phone),
    codiceFiscale: optional(form.codiceFiscale)?.replace(/\s+/g, '').toUpperCase(),
    household: {
      pregnant: form.pregnant,
      ...(form.pregnant && optional(form.dueDate) ? { dueDate: form.dueDate.trim() } : {}),
      children: form.children.map((c) => ({
        ...baseChildren.get(c.id),
        id: c.id,
        name: optional(c.name),
        birthDate: optional(c.birthDate),
      })).map(withoutUndefined),
    },
    knownToSocialServices: form.knownToSocialServices as PersonFields['knownToSocialServices'],
    receivesAdi: form.receivesAdi as PersonFields['receivesAdi'],
    employment: form.employment as PersonFields['employment'],
    consent: withoutUndefined({
      ...base?.consent,
      status: form.consentStatus as PersonFields['consent']['status'],
      date: consentGiven ? optional(form.consentDate) : undefined,
      operatorId: consentGiven ? (base?.consent.status === 'given' ? base.consent.operatorId : operatorId) : undefined,
    }),
    note: optional(form.note),
    formVersion: base?.formVersion ?? 1,
  };
}

/** Drops keys whose value is undefined (a new record need not carry them). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// A stand-in envelope so the person schema can check the fields before anything is written.
const PLACEHOLDER_ENVELOPE = {
  id: 'placeholder', siteId: 'placeholder', version: 0, createdAt: '2000-01-01T00:00:00Z',
  updatedAt: '2000-01-01T00:00:00Z', updatedBy: 'placeholder', deleted: false,
};

/**
 * Everything wrong with the fields, in form order: the schema's rules (required, codice
 * fiscale, phone, no birth in the future) and the checks that make sense only while typing (a
 * due date long past, a year that disagrees with the birth date). One message per field.
 */
export function personFormErrors(fields: PersonFields, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (Number.isNaN(fields.birthYear)) errors.push({ path: 'birthYear', key: 'birth_year_range' });
  const checked = { ...fields, birthYear: Number.isNaN(fields.birthYear) ? undefined : fields.birthYear };
  const result = personSchema.safeParse(withoutUndefined({ ...PLACEHOLDER_ENVELOPE, ...checked }));
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  for (const problem of personEntryProblems(checked, today)) {
    errors.push({ path: problem.path.join('.'), key: problem.message as ValidationMessageKey });
  }
  return firstPerField(errors);
}

export function firstPerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}
