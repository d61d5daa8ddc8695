import { withoutUndefined } from '../domain/equality.ts';
import { PLACEHOLDER_ENVELOPE, withoutEnvelope, type Fields } from '../domain/records/envelope.ts';
import { visitSchema, type Visit } from '../domain/records/visit.ts';
import { fieldErrors, type FieldError } from '../domain/validation.ts';
import { visitTopics } from '../domain/vocab/visits.ts';
import { visitForm } from './definitions/visit.ts';
import { currentVersion } from './types.ts';
import { applyValues, valuesFromRecord } from './values.ts';
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
 * A new visit. A returning person usually comes about the same things as last time, so the
 * topics are copied from her last visit: the common case is then open her page, "new visit",
 * Save. Nothing that records what someone did is copied: referrals are made (or not) today,
 * and how she came is who sent her this time — copying "sent by social services" would record
 * a referral to the desk that was never made — so it starts as "came on her own", the usual
 * answer (and the truest one for someone who knows the desk by now). Guidance and notes are
 * about that day only. Retired topics are not copied (they are no longer offered).
 */
export function newVisitForm(opts: { today: string; siteId: string; lastVisit?: Visit | undefined }): VisitForm {
  const offered = new Set<string>(visitTopics.active().map((e) => e.code));
  return {
    date: opts.today,
    siteId: opts.siteId,
    arrival: 'direct',
    topics: (opts.lastVisit?.topics ?? []).filter((c) => offered.has(c)),
    guidance: '',
    referrals: [],
    note: '',
  };
}

/** The visit's fields from the answers, with the version of the form they were given in. */
export function visitFieldsFromForm(form: VisitForm, personId: string, operatorId: string): VisitFields {
  const record = applyValues({ personId, operatorId, siteId: form.siteId }, fields(), form);
  return withoutUndefined({ ...record, formVersion: currentVersion(visitForm).version }) as VisitFields;
}

/** A stored visit as the form's answers, to correct it; its site is where it happened. */
export function visitFormOf(visit: Visit): VisitForm {
  return { ...(valuesFromRecord(fields(), visit) as Omit<VisitForm, 'siteId'>), siteId: visit.siteId };
}

/**
 * A corrected visit: the stored one with the answers written in. A cleared answer stays as an
 * undefined key, so updateRecord clears it too; who recorded it is kept (the corrector is the
 * envelope's updatedBy).
 */
export function correctedVisitFields(form: VisitForm, visit: Visit): VisitFields {
  const record = applyValues({ ...withoutEnvelope(visit), siteId: visit.siteId }, fields(), form);
  return { ...record, formVersion: currentVersion(visitForm).version };
}

/** Questions the form requires, then what the visit schema refuses (a date in the future…), one message per field. */
export function visitFormErrors(form: VisitForm, visit: VisitFields): FieldError[] {
  const result = visitSchema.safeParse({ ...PLACEHOLDER_ENVELOPE, ...visit });
  return firstPerPath([...requiredErrors(fields(), form), ...(result.success ? [] : fieldErrors(result.error.issues))]);
}
