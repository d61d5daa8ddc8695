import type { Hono } from 'hono';
import type { RevokeSessionResponse, SessionInfo, SessionList } from '../../domain/sync/sessions.ts';
import { type AppEnv, requireRole, requireSession } from '../auth/middleware.ts';
import { HttpError } from '../http/errors.ts';
import { idParam } from '../http/params.ts';
import type { SessionListing } from '../storage/accounts.ts';
import type { Storage } from '../storage/storage.ts';

const MANAGERS = ['coordinator', 'admin'] as const;

/** Coordinators see every device's session and can cut off a lost tablet. */
export function sessionRoutes(api: Hono<AppEnv>, deps: { storage: Storage }): void {
  const session = requireSession(deps.storage);

  api.get('/sessions', session, async (c) => {
    const { session: current } = requireRole(c, MANAGERS);
    const rows = await deps.storage.transaction((tx) => tx.listSessions());
    const body: SessionList = { sessions: rows.map((row) => toInfo(row, current.id)) };
    return c.json(body);
  });

  api.post('/sessions/:id/revoke', session, async (c) => {
    const { session: current } = requireRole(c, MANAGERS);
    const id = idParam(c);
    const revoked = await deps.storage.transaction(async (tx) => {
      const target = await tx.getSession(id);
      const user = target && (await tx.getUser(target.userId));
      if (!target || !user) throw new HttpError(404, 'not_found', `No session ${id}.`);
      await tx.revokeSession(id, new Date().toISOString());
      const { tokenHash: _hidden, ...rest } = (await tx.getSession(id)) ?? target;
      return { ...rest, username: user.username, displayName: user.displayName };
    });
    const body: RevokeSessionResponse = { session: toInfo(revoked, current.id) };
    return c.json(body);
  });
}

function toInfo(row: SessionListing, currentId: string): SessionInfo {
  return { ...row, current: row.id === currentId };
}
