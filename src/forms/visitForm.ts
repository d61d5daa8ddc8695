import { withoutUndefined } from '../domain/equality.ts';
import { PLACEHOLDER_ENVELOPE, type Fields } from '../domain/records/envelope.ts';
import { visitSchema, type Visit } from '../domain/records/visit.ts';
import { fieldErrors, type FieldError } from '../domain/validation.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../domain/vocab/visits.ts';
import { visitForm } from './definitions/visit.ts';
import { currentVersion } from './types.ts';
import { applyValues } from './values.ts';
import { firstPerPath, requiredErrors } from './validate';

/**
 * The visit form's answers (keyed by the visit form's field ids, src/forms/definitions/visit.ts)
 * and the site the visit happened at, which is the record's envelope, not a question.
 */
export type VisitForm = {
  date: string;
  siteId: string;
  arrival: string;
  topics: string[];
  guidance: string;
  referrals: string[];
  note: string;
};

export type VisitFields = Fields<'visits'> & { siteId: string };

const fields = () => currentVersion(visitForm).fields;

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

/** The visit's fields from the answers, with the version of the form they were given in. */
export function visitFieldsFromForm(form: VisitForm, personId: string, operatorId: string): VisitFields {
  const record = applyValues({ personId, operatorId, siteId: form.siteId }, fields(), form);
  return withoutUndefined({ ...record, formVersion: currentVersion(visitForm).version }) as VisitFields;
}

/** Questions the form requires, then what the visit schema refuses (a date in the future…), one message per field. */
export function visitFormErrors(form: VisitForm, visit: VisitFields): FieldError[] {
  const result = visitSchema.safeParse({ ...PLACEHOLDER_ENVELOPE, ...visit });
  return firstPerPath([...requiredErrors(fields(), form), ...(result.success ? [] : fieldErrors(result.error.issues))]);
}
