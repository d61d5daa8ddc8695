import * as z from 'zod/mini';
import { envelopeShape, requiredText, text } from './common.ts';

/** A Casa del Quartiere. Its own siteId is its id. */
export const siteSchema = z.strictObject({
  ...envelopeShape,
  name: requiredText(120),
  district: z.optional(text(80)),
  active: z.boolean(),
});
export type Site = z.infer<typeof siteSchema>;
