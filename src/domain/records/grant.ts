import * as z from 'zod/mini';
import { grantExpenseTypes, grantStatuses } from '../vocab/pathways.ts';
import { CentsAmount, code, envelopeShape, Id, IsoDate, text } from './common.ts';

/**
 * An inclusion grant ("dote di inclusione"). Amounts are integer cents. `householdId` is the
 * person the household cap is counted on, so grants across several pathways add up.
 */
export const grantSchema = z.strictObject({
  ...envelopeShape,
  pathwayId: Id,
  householdId: Id,
  amountCents: CentsAmount,
  expenseType: code(grantExpenseTypes),
  expenseOther: z.optional(text(200)),
  purpose: z.optional(text(1000)),
  status: code(grantStatuses),
  proposedOn: IsoDate,
  approvedOn: z.optional(IsoDate),
  approvedBy: z.optional(Id),
  paidOn: z.optional(IsoDate),
  accountedOn: z.optional(IsoDate),
  receiptAttachmentIds: z.array(Id).check(z.maxLength(10, 'too_many')),
  /** A coordinator's exception to the household cap, with the reason. */
  capException: z.optional(z.strictObject({ reason: text(1000), by: Id, on: IsoDate })),
}).check(
  z.refine((g) => g.expenseType !== 'other' || !!g.expenseOther, { path: ['expenseOther'], message: 'other_text_required' }),
);
export type Grant = z.infer<typeof grantSchema>;
