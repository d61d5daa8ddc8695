import * as z from 'zod/mini';
import { eventThemes, mediationSettings } from '../vocab/activities.ts';
import { languages } from '../vocab/geo.ts';
import { code, envelopeShape, Id, IsoDate, keyed, requiredText, text } from './common.ts';

/** A linguistic-cultural mediation session. Duration in whole minutes, never fractional hours. */
export const mediationSchema = z.strictObject({
  ...envelopeShape,
  mediatorId: Id,
  personId: z.optional(Id),
  pathwayId: z.optional(Id),
  date: IsoDate,
  language: code(languages),
  setting: code(mediationSettings),
  minutes: z.int(keyed('invalid_value')).check(z.positive('minutes_range'), z.lte(24 * 60, 'minutes_range')),
  note: z.optional(text(2000)),
});
export type Mediation = z.infer<typeof mediationSchema>;

/** A public meeting ("incontro pubblico") at a Casa. */
export const eventSchema = z.strictObject({
  ...envelopeShape,
  date: IsoDate,
  title: requiredText(200),
  theme: code(eventThemes),
  professional: z.optional(text(200)),
  participantsAdults: z.int().check(z.gte(0)),
  participantsChildren: z.int().check(z.gte(0)),
});
export type Event = z.infer<typeof eventSchema>;

/** A training or team meeting for operators. */
export const trainingSchema = z.strictObject({
  ...envelopeShape,
  date: IsoDate,
  topic: requiredText(200),
  operatorIds: z.array(Id).check(z.maxLength(200, 'too_many')),
  minutes: z.optional(z.int().check(z.positive('minutes_range'))),
});
export type Training = z.infer<typeof trainingSchema>;
