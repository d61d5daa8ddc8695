import * as z from 'zod/mini';
import { code, envelopeShape, Id, requiredText } from './common.ts';
import { roles } from '../vocab/activities.ts';

/** An account as the devices see it (names for display and for choosing a case manager). */
export const operatorSchema = z.strictObject({
  ...envelopeShape,
  username: requiredText(60),
  displayName: requiredText(120),
  role: code(roles),
  siteIds: z.array(Id).check(z.minLength(1, 'required'), z.maxLength(20, 'too_many')),
  active: z.boolean(),
});
export type Operator = z.infer<typeof operatorSchema>;
export type Role = Operator['role'];
