import { isDay } from '../../../domain/dates.ts';
import { withoutUndefined } from '../../../domain/equality.ts';
import { newId } from '../../../domain/ids.ts';
import { pathwaySchema, type Pathway } from '../../../domain/records/pathway.ts';
import { fieldErrors, type FieldError } from '../../../domain/validation.ts';
import type { PathwayFields } from '../../../db/pathways.ts';
import { firstPerPath } from '../../../forms/validate';
import { PLACEHOLDER_ENVELOPE, optional } from './common.ts';

/**
 * The form that opens (or edits) a pathway: what was typed, as strings, until save. Error
 * paths are the record's ("goals.1.text"), so the schema's messages land next to the field.
 */
export interface GoalForm {
  id: string;
  text: string;
  status: string;
}

export interface PathwayForm {
  caseManagerId: string;
  siteId: string;
  openedOn: string;
  fragilities: string[];
  fragilityOther: string;
  mainRequest: string;
  goals: GoalForm[];
}

export function newPathwayForm(opts: { today: string; siteId: string; caseManagerId: string }): PathwayForm {
  return {
    caseManagerId: opts.caseManagerId, siteId: opts.siteId, openedOn: opts.today,
    fragilities: [], fragilityOther: '', mainRequest: '', goals: [],
  };
}

export function newGoal(): GoalForm {
  return { id: newId(), text: '', status: 'open' };
}

export function pathwayFormFromRecord(p: Pathway): PathwayForm {
  return {
    caseManagerId: p.caseManagerId, siteId: p.siteId, openedOn: p.openedOn,
    fragilities: [...p.fragilities], fragilityOther: p.fragilityOther ?? '', mainRequest: p.mainRequest ?? '',
    goals: p.goals.map((g) => ({ ...g })),
  };
}

/**
 * The record fields the form stands for. Optional fields are present (undefined when empty) so
 * an edit that clears one clears it; "other" text only counts while "other" is ticked.
 */
export function pathwayFieldsFromForm(form: PathwayForm, personId: string): Omit<PathwayFields, 'status'> {
  return {
    personId,
    caseManagerId: form.caseManagerId,
    siteId: form.siteId,
    openedOn: form.openedOn.trim(),
    fragilities: form.fragilities as PathwayFields['fragilities'],
    fragilityOther: form.fragilities.includes('other') ? optional(form.fragilityOther) : undefined,
    mainRequest: optional(form.mainRequest),
    goals: form.goals.map((g) => ({ id: g.id, text: g.text, status: g.status as PathwayFields['goals'][number]['status'] })),
  };
}

/** What the pathway schema refuses, plus "other" without saying which, and an opening in the future. */
export function pathwayFormErrors(fields: Omit<PathwayFields, 'status'>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const result = pathwaySchema.safeParse(withoutUndefined({ ...PLACEHOLDER_ENVELOPE, status: 'open', ...fields }));
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  if (fields.fragilities.includes('other') && !fields.fragilityOther) errors.push({ path: 'fragilityOther', key: 'other_text_required' });
  if (isDay(fields.openedOn) && fields.openedOn > today) errors.push({ path: 'openedOn', key: 'date_in_future' });
  return firstPerPath(errors);
}
