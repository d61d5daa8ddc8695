import { isDay } from '../../../domain/dates.ts';
import type { Goal, Pathway } from '../../../domain/records/pathway.ts';
import type { FieldError } from '../../../domain/validation.ts';

/** Closing a pathway: the date, the outcome, and each goal's final status. */
export interface CloseForm {
  closedOn: string;
  outcome: string;
  /** Final status by goal id. */
  goalStatuses: Record<string, string>;
}

export function newCloseForm(pathway: Pick<Pathway, 'goals'>, today: string): CloseForm {
  return { closedOn: today, outcome: '', goalStatuses: Object.fromEntries(pathway.goals.map((g) => [g.id, g.status])) };
}

/** The goals with their final status (a goal added on another tablet meanwhile keeps its own). */
export function finalGoals(pathway: Pick<Pathway, 'goals'>, form: CloseForm): Goal[] {
  return pathway.goals.map((g) => ({ ...g, status: (form.goalStatuses[g.id] ?? g.status) as Goal['status'] }));
}

/** The outcome is required; the date must be a day, not before the opening nor after today. */
export function closeFormErrors(form: CloseForm, pathway: Pick<Pathway, 'openedOn'>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const day = form.closedOn.trim();
  if (day === '') errors.push({ path: 'closedOn', key: 'required' });
  else if (!isDay(day)) errors.push({ path: 'closedOn', key: 'invalid_date' });
  else if (day < pathway.openedOn) errors.push({ path: 'closedOn', key: 'closed_before_opened' });
  else if (day > today) errors.push({ path: 'closedOn', key: 'date_in_future' });
  if (form.outcome.trim() === '') errors.push({ path: 'outcome', key: 'required' });
  else if (form.outcome.trim().length > 2000) errors.push({ path: 'outcome', key: 'too_long' });
  return errors;
}
