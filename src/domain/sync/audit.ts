import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../records/common.ts';
import type { Role } from '../records/index.ts';

/**
 * The audit log's wire messages (docs/architecture.md, "Data protection"): who viewed and changed
 * which person's record, when, from which device. An entry names the fields changed, never
 * their values, so the log never becomes a second copy of the records.
 */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'view', 'download'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who may read a person's access log: those who oversee the network's work, not the desks. */
export const AUDIT_READERS = ['coordinator', 'admin'] as const satisfies readonly Role[];

export function mayReadAuditLog(role: Role): boolean {
  return (AUDIT_READERS as readonly Role[]).includes(role);
}

/** Views a device sends at once; its queue goes in batches of this size. */
export const MAX_VIEW_BATCH = 500;

/**
 * A person's page opened on a device, often offline. The id is made on the device, so a batch
 * sent again (its answer lost) records each view once; who viewed is the session's user, never
 * the body's.
 */
export const viewSchema = z.strictObject({ id: Id, personId: Id, at: IsoDateTime });
export type View = z.infer<typeof viewSchema>;

export const viewBatchSchema = z.strictObject({
  views: z.array(viewSchema).check(z.maxLength(MAX_VIEW_BATCH, 'too_many')),
});
export type ViewBatch = z.infer<typeof viewBatchSchema>;

/**
 * `recorded`: the views the server holds now, those sent before included; the device forgets
 * them. `refused`: views of a person the user may not see (or the server does not hold), which
 * sending again would not change.
 */
export const viewAnswerSchema = z.strictObject({
  recorded: z.array(Id),
  refused: z.array(z.strictObject({ id: Id, reason: z.string() })),
});
export type ViewAnswer = z.infer<typeof viewAnswerSchema>;

export const auditEntrySchema = z.strictObject({
  id: Id,
  at: IsoDateTime,
  personId: Id,
  action: z.enum(AUDIT_ACTIONS),
  table: z.string(),
  recordId: Id,
  /** The names of the fields the change set; empty for a view or a download. */
  fields: z.array(z.string()),
  userId: z.string(),
  /** The user's display name; null when the account is no longer known. */
  userName: z.nullable(z.string()),
  deviceId: z.string(),
  deviceName: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const DEFAULT_AUDIT_PAGE = 50;
export const MAX_AUDIT_PAGE = 200;

/** `next`: the cursor of the page after this one (older entries), null on the last page. */
export const auditPageSchema = z.strictObject({
  entries: z.array(auditEntrySchema),
  next: z.nullable(z.string()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/**
 * A page's place in the newest-first order: the last entry's time and id (entries of one push
 * share their time). Opaque to the device, which only sends it back.
 */
export interface AuditCursor {
  at: string;
  id: string;
}

export function auditCursorText(cursor: AuditCursor): string {
  return `${cursor.at}~${cursor.id}`;
}

export function parseAuditCursor(text: string): AuditCursor | null {
  const [at = '', id = '', ...rest] = text.split('~');
  if (rest.length > 0 || !z.safeParse(IsoDateTime, at).success || !z.safeParse(Id, id).success) return null;
  return { at: new Date(at).toISOString(), id };
}
