import * as z from 'zod/mini';

/**
 * Attachment files are uploaded apart from records: `PUT /api/attachments/:id/content` with a
 * `Content-Range: bytes start-end/total` header, one chunk at a time; `GET .../status` tells
 * how many bytes the server holds, so an interrupted upload resumes there. The server checks
 * the total against the attachment record's size and its SHA-256 when complete.
 */
export const attachmentStatusSchema = z.strictObject({
  received: z.int().check(z.gte(0)),
  complete: z.boolean(),
});
export type AttachmentStatus = z.infer<typeof attachmentStatusSchema>;

export function parseContentRange(header: string | undefined): { start: number; end: number; total: number } | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? '');
  if (!match) return null;
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return start <= end && end < total ? { start, end, total } : null;
}
