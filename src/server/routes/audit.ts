import type { Hono } from 'hono';
import { z } from 'zod';
import { Id } from '../../domain/records/common.ts';
import {
  AUDIT_READERS, type AuditEntry, type AuditPage, DEFAULT_AUDIT_PAGE, MAX_AUDIT_PAGE, type ViewAnswer, auditCursorText, parseAuditCursor, viewBatchSchema,
} from '../../domain/sync/audit.ts';
import { recordViews } from '../audit/views.ts';
import { type AppEnv, requireRole, requireSession } from '../auth/middleware.ts';
import { HttpError } from '../http/errors.ts';
import { readJsonBody, validateInput } from '../http/json-body.ts';
import type { AuditListing } from '../storage/audit.ts';
import type { Storage } from '../storage/storage.ts';

const personParams = z.object({ personId: Id });
const listQuery = z.strictObject({
  limit: z.string().regex(/^\d{1,4}$/, 'invalid_value').transform(Number).pipe(z.number().min(1, 'invalid_value').max(MAX_AUDIT_PAGE, 'too_many'))
    .optional().default(DEFAULT_AUDIT_PAGE),
  before: z.string().max(200, 'too_long').optional(),
});

/**
 * The audit log over HTTP (docs/architecture.md, "Data protection"): devices report views, and
 * coordinators read one person's log. Nothing here, or anywhere, changes or removes an entry:
 * every other method on these paths is a 405, every other audit path a 404.
 */
export function auditRoutes(api: Hono<AppEnv>, deps: { storage: Storage }): void {
  const session = requireSession(deps.storage);

  api.post('/audit/views', session, async (c) => {
    const { user, session: current } = c.get('auth');
    const { views } = await readJsonBody(c, viewBatchSchema);
    const body: ViewAnswer = await recordViews(deps.storage, { user, deviceId: current.deviceId }, views);
    return c.json(body);
  });

  api.get('/audit/people/:personId', session, async (c) => {
    requireRole(c, AUDIT_READERS);
    const { personId } = validateInput(personParams, c.req.param());
    const { limit, before } = validateInput(listQuery, c.req.query());
    const cursor = before === undefined ? undefined : parseAuditCursor(before);
    if (cursor === null) throw new HttpError(400, 'invalid_request', 'before: not a cursor this server gave');
    // One more than asked: whether a next page exists, without counting.
    const rows = await deps.storage.transaction((tx) => tx.listAudit(personId, limit + 1, cursor));
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const body: AuditPage = { entries: page.map(toEntry), next: rows.length > limit && last ? auditCursorText(last) : null };
    return c.json(body);
  });
}

function toEntry(row: AuditListing): AuditEntry {
  const { recordedAt: _server, ...entry } = row;
  return entry;
}
