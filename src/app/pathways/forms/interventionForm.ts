import { isDay } from '../../../domain/dates.ts';
import { withoutUndefined } from '../../../domain/equality.ts';
import { interventionSchema } from '../../../domain/records/pathway.ts';
import { fieldErrors, type FieldError } from '../../../domain/validation.ts';
import { defaultAreaOfIntervention, interventionTypes } from '../../../domain/vocab/pathways.ts';
import type { InterventionFields } from '../../../db/pathways.ts';
import { firstPerPath } from '../../../forms/validate';
import { optional, PLACEHOLDER_ENVELOPE } from './common.ts';

/** An intervention or follow-up being recorded on a pathway. */
export interface InterventionForm {
  date: string;
  type: string;
  area: string;
  /** True once the operator chose an area herself: a new type then no longer changes it. */
  areaChosen: boolean;
  who: string;
  note: string;
  followUpOn: string;
}

export type InterventionInput = Omit<InterventionFields, 'pathwayId' | 'personId'>;

export function newInterventionForm(today: string): InterventionForm {
  return { date: today, type: '', area: '', areaChosen: false, who: '', note: '', followUpOn: '' };
}

/** Choosing a type proposes its area (report §5), unless she already chose one. */
export function withType(form: InterventionForm, type: string): InterventionForm {
  const area = !form.areaChosen && interventionTypes.has(type) ? defaultAreaOfIntervention[type] : form.area;
  return { ...form, type, area };
}

export function withArea(form: InterventionForm, area: string): InterventionForm {
  return { ...form, area, areaChosen: true };
}

export function interventionFieldsFromForm(form: InterventionForm): InterventionInput {
  return withoutUndefined({
    date: form.date.trim(),
    type: (form.type || undefined) as InterventionInput['type'],
    area: (form.area || undefined) as InterventionInput['area'],
    who: optional(form.who),
    note: optional(form.note),
    followUpOn: optional(form.followUpOn),
  });
}

export function interventionFormErrors(fields: InterventionInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const result = interventionSchema.safeParse({ ...PLACEHOLDER_ENVELOPE, pathwayId: 'placeholder', personId: 'placeholder', ...fields });
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  if (isDay(fields.date) && fields.date > today) errors.push({ path: 'date', key: 'date_in_future' });
  return firstPerPath(errors);
}
