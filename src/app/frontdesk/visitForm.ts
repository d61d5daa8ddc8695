import { visitSchema, type Visit } from '../../domain/records/visit.ts';
import { fieldErrors, type FieldError } from '../../domain/validation.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../../domain/vocab/visits.ts';
import type { Fields } from '../../db/repository.ts';
import { firstPerField, withoutUndefined } from './personForm.ts';

/** The visit form's state: what was typed, kept as strings until save. */
export interface VisitForm {
  date: string;
  siteId: string;
  arrival: string;
  topics: string[];
  guidance: string;
  referrals: string[];
  note: string;
}

export type VisitFields = Fields<'visits'> & { siteId: string };

/**
 * A new visit. A returning person usually comes about the same things as last time, so how she
 * came, the topics and the referrals are copied from her last visit: the common case is then
 * one change and Save. Guidance and notes are about that day only and start empty. Retired
 * codes are not copied (they are no longer offered).
 */
export function newVisitForm(opts: { today: string; siteId: string; lastVisit?: Visit | undefined }): VisitForm {
  const last = opts.lastVisit;
  const active = <C extends string>(vocab: { active(): { code: C }[] }, list: readonly string[]) => {
    const codes = new Set<string>(vocab.active().map((e) => e.code));
    return list.filter((c) => codes.has(c));
  };
  const arrival = last && active(arrivalChannels, [last.arrival])[0];
  return {
    date: opts.today,
    siteId: opts.siteId,
    arrival: arrival ?? 'direct',
    topics: last ? active(visitTopics, last.topics) : [],
    guidance: '',
    referrals: last ? active(referralTargets, last.referrals) : [],
    note: '',
  };
}

export function visitFieldsFromForm(form: VisitForm, personId: string, operatorId: string): VisitFields {
  const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return withoutUndefined({
    personId,
    operatorId,
    siteId: form.siteId,
    date: form.date.trim(),
    arrival: form.arrival as VisitFields['arrival'],
    topics: form.topics as VisitFields['topics'],
    guidance: optional(form.guidance),
    referrals: form.referrals as VisitFields['referrals'],
    note: optional(form.note),
  });
}

const PLACEHOLDER_ENVELOPE = {
  id: 'placeholder', version: 0, createdAt: '2000-01-01T00:00:00Z',
  updatedAt: '2000-01-01T00:00:00Z', updatedBy: 'placeholder', deleted: false,
};

/** What the visit schema refuses (no topic, a date in the future…), one message per field. */
export function visitFormErrors(fields: VisitFields): FieldError[] {
  const result = visitSchema.safeParse({ ...PLACEHOLDER_ENVELOPE, ...fields });
  return result.success ? [] : firstPerField(fieldErrors(result.error.issues));
}
