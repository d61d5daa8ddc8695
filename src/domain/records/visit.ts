import * as z from 'zod/mini';
import { isDay, localDate } from '../dates.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../vocab/visits.ts';
import { code, codes, envelopeShape, Id, IsoDate, text } from './common.ts';

/** One visit to a front desk ("accesso"). `date` is the site's local date, used for counting. */
export const visitSchema = z.strictObject({
  ...envelopeShape,
  personId: Id,
  operatorId: Id,
  date: IsoDate,
  arrival: code(arrivalChannels),
  topics: codes(visitTopics).check(z.minLength(1, 'required')),
  guidance: z.optional(text(2000)),
  referrals: codes(referralTargets),
  note: z.optional(text(2000)),
  /** The version of the visit form it was filled with (see src/forms). */
  formVersion: z.optional(z.int().check(z.positive())),
}).check(
  z.refine((v) => !isDay(v.date) || v.date <= localDate(), { path: ['date'], message: 'date_in_future' }),
);
export type Visit = z.infer<typeof visitSchema>;
