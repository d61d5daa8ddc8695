import * as z from 'zod/mini';
import { envelopeShape, Id, keyed, requiredText } from './common.ts';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/**
 * The description of a file (a receipt, a document). The bytes travel and are stored apart
 * from the record, so a large photo never blocks a batch of records.
 */
export const attachmentSchema = z.strictObject({
  ...envelopeShape,
  ownerTable: requiredText(40),
  ownerId: Id,
  name: requiredText(200),
  mimeType: z.enum(ATTACHMENT_TYPES, keyed('invalid_value')),
  size: z.int().check(z.positive(), z.lte(ATTACHMENT_MAX_BYTES, 'too_long')),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'invalid_value')),
});
export type Attachment = z.infer<typeof attachmentSchema>;
