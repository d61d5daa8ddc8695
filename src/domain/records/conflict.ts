import * as z from 'zod/mini';
import { envelopeShape, Id, IsoDateTime, requiredText, storableValue } from './common.ts';

/**
 * A true conflict found by the server: two devices changed one field of one record. The server
 * kept its value and wrote this record (in the record's site) holding both; a coordinator or
 * the case manager settles it, which is an ordinary edit of the record plus this one's status.
 */
export const conflictSchema = z.strictObject({
  ...envelopeShape,
  table: requiredText(40),
  recordId: Id,
  field: requiredText(80),
  serverValue: z.unknown().check(storableValue()),
  clientValue: z.unknown().check(storableValue()),
  clientDeviceId: Id,
  clientAuthor: Id,
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.optional(Id),
  resolvedAt: z.optional(IsoDateTime),
});
export type Conflict = z.infer<typeof conflictSchema>;
