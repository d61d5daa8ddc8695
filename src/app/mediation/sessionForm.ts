import { isDay } from '../../domain/dates.ts';
import { withoutUndefined } from '../../domain/equality.ts';
import type { ValidationMessageKey } from '../../domain/messages.ts';
import { mediationSchema, type Mediation } from '../../domain/records/activities.ts';
import type { Person } from '../../domain/records/person.ts';
import { fieldErrors, type FieldError } from '../../domain/validation.ts';
import { PLACEHOLDER_ENVELOPE, type Fields } from '../../domain/records/envelope.ts';
import { minutesFrom } from '../../db/mediations';

/** The form of one mediation session, as typed (strings), and the record it becomes. */
export interface SessionForm {
  mediatorId: string;
  personId: string;
  pathwayId: string;
  date: string;
  language: string;
  setting: string;
  hours: string;
  minutes: string;
  note: string;
}

export type MediationFields = Fields<'mediations'>;

/** Her first language other than Italian, else her first: the usual language of a mediation. */
export function usualLanguage(person: Pick<Person, 'languages'> | undefined): string {
  return person?.languages.find((l) => l !== 'it') ?? person?.languages[0] ?? '';
}

export function freshSessionForm(mediatorId: string, today: string, person?: Person): SessionForm {
  return {
    mediatorId, personId: person?.id ?? '', pathwayId: '', date: today, language: usualLanguage(person),
    setting: '', hours: '', minutes: '', note: '',
  };
}

export function sessionFields(form: SessionForm): MediationFields {
  const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return withoutUndefined({
    mediatorId: form.mediatorId,
    personId: optional(form.personId),
    pathwayId: optional(form.pathwayId),
    date: form.date.trim(),
    language: (optional(form.language) as Mediation['language'] | undefined)!,
    setting: (optional(form.setting) as Mediation['setting'] | undefined)!,
    minutes: minutesFrom(form.hours, form.minutes),
    note: optional(form.note),
  });
}

/** The schema's messages (the repository applies the same), a duration that is not a number first. */
export function sessionErrors(fields: MediationFields, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (Number.isNaN(fields.minutes)) errors.push({ path: 'minutes', key: 'minutes_range' });
  const result = mediationSchema.safeParse({ ...PLACEHOLDER_ENVELOPE, ...fields, minutes: Number.isNaN(fields.minutes) ? 1 : fields.minutes });
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  if (fields.date > today && isDay(fields.date)) errors.push({ path: 'date', key: 'date_in_future' as ValidationMessageKey });
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}
