import { isDay } from '../../../domain/dates.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import type { Goal, Pathway } from '../../../domain/records/pathway.ts';
import type { FieldError } from '../../../domain/validation.ts';

/** Closing a pathway: the date, the outcome, each goal's final status, the open grants to cancel. */
export interface CloseForm {
  closedOn: string;
  outcome: string;
  /** Final status by goal id. */
  goalStatuses: Record<string, string>;
  /** The grants still proposed or approved she chose to cancel (src/db/pathwayClosing.ts). */
  cancelGrantIds: string[];
}

/** Shape 2 added `cancelGrantIds`; a shape 1 draft chose none yet. */
export const CLOSE_FORM_SHAPE = 2;

export function upgradeCloseDraft(shape: number, old: unknown): CloseForm | undefined {
  return shape === 1 && old !== null && typeof old === 'object' ? { ...(old as Omit<CloseForm, 'cancelGrantIds'>), cancelGrantIds: [] } : undefined;
}

export function newCloseForm(pathway: Pick<Pathway, 'goals'>, today: string): CloseForm {
  return { closedOn: today, outcome: '', goalStatuses: Object.fromEntries(pathway.goals.map((g) => [g.id, g.status])), cancelGrantIds: [] };
}

/** The goals with their final status (a goal added on another tablet meanwhile keeps its own). */
export function finalGoals(pathway: Pick<Pathway, 'goals'>, form: CloseForm): Goal[] {
  return pathway.goals.map((g) => ({ ...g, status: (form.goalStatuses[g.id] ?? g.status) as Goal['status'] }));
}

/** The path of an open grant's choice in the form, where its error is shown. */
export const grantChoicePath = (grantId: string) => `grants.${grantId}`;

/**
 * The outcome is required; the date must be a day, not before the opening nor after today;
 * each grant not yet paid (`openGrants`, as the device holds them now) must be chosen for cancelling.
 */
export function closeFormErrors(
  form: CloseForm,
  pathway: Pick<Pathway, 'openedOn'>,
  today: string,
  openGrants: readonly Pick<Grant, 'id'>[] = [],
): FieldError[] {
  const errors: FieldError[] = [];
  const day = form.closedOn.trim();
  if (day === '') errors.push({ path: 'closedOn', key: 'required' });
  else if (!isDay(day)) errors.push({ path: 'closedOn', key: 'invalid_date' });
  else if (day < pathway.openedOn) errors.push({ path: 'closedOn', key: 'closed_before_opened' });
  else if (day > today) errors.push({ path: 'closedOn', key: 'date_in_future' });
  if (form.outcome.trim() === '') errors.push({ path: 'outcome', key: 'required' });
  else if (form.outcome.trim().length > 2000) errors.push({ path: 'outcome', key: 'too_long' });
  for (const g of openGrants) if (!form.cancelGrantIds.includes(g.id)) errors.push({ path: grantChoicePath(g.id), key: 'required' });
  return errors;
}

/** Ticks or unticks one grant's cancellation. */
export function withCancelChoice(form: CloseForm, grantId: string, cancel: boolean): CloseForm {
  const others = form.cancelGrantIds.filter((id) => id !== grantId);
  return { ...form, cancelGrantIds: cancel ? [...others, grantId] : others };
}
