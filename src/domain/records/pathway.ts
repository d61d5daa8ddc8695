import * as z from 'zod/mini';
import { isDay } from '../dates.ts';
import { fragilities, goalStatuses, interventionAreas, interventionTypes, pathwayStatuses } from '../vocab/pathways.ts';
import { code, codes, envelopeShape, Id, IsoDate, requiredText, text } from './common.ts';

export const goalSchema = z.strictObject({
  id: Id,
  text: requiredText(500),
  status: code(goalStatuses),
});

/** An individual care pathway ("percorso individualizzato"). */
export const pathwaySchema = z.strictObject({
  ...envelopeShape,
  personId: Id,
  caseManagerId: Id,
  openedOn: IsoDate,
  closedOn: z.optional(IsoDate),
  status: code(pathwayStatuses),
  fragilities: codes(fragilities),
  fragilityOther: z.optional(text(200)),
  mainRequest: z.optional(text(1000)),
  goals: z.array(goalSchema).check(z.maxLength(30, 'too_many')),
  outcome: z.optional(text(2000)),
  reopenReason: z.optional(text(1000)),
}).check(
  z.refine((p) => !p.closedOn || !isDay(p.closedOn) || !isDay(p.openedOn) || p.closedOn >= p.openedOn, { path: ['closedOn'], message: 'closed_before_opened' }),
);
export type Pathway = z.infer<typeof pathwaySchema>;
export type Goal = z.infer<typeof goalSchema>;

/**
 * An intervention or follow-up on a pathway. Its own record (not an array inside the pathway)
 * so that two operators adding interventions on two tablets never conflict.
 */
export const interventionSchema = z.strictObject({
  ...envelopeShape,
  pathwayId: Id,
  personId: Id,
  date: IsoDate,
  type: code(interventionTypes),
  area: code(interventionAreas),
  who: z.optional(text(120)),
  note: z.optional(text(2000)),
  /** A follow-up planned for this date, shown in "My pathways" until done (domain/pathways/followUps.ts). */
  followUpOn: z.optional(IsoDate),
}).check(
  // `when`: judged whenever both are days, so a form shows it beside the other fields' problems.
  z.refine((i) => !i.followUpOn || i.followUpOn >= i.date, {
    path: ['followUpOn'],
    message: 'follow_up_before_intervention',
    when: ({ value }) => bothDays(value),
  }),
);
export type Intervention = z.infer<typeof interventionSchema>;

function bothDays(value: unknown): boolean {
  const { date, followUpOn } = (value ?? {}) as { date?: unknown; followUpOn?: unknown };
  return typeof date === 'string' && isDay(date) && typeof followUpOn === 'string' && isDay(followUpOn);
}
