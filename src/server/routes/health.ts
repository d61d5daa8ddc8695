import type { Context, Hono } from 'hono';
import { readSessionCookie } from '../auth/cookie.ts';
import type { AppEnv } from '../auth/middleware.ts';
import { authenticate } from '../auth/sessions.ts';
import { readLastBackupAt } from '../backup/backup.ts';
import { HttpError } from '../http/errors.ts';
import type { Storage } from '../storage/storage.ts';

/** An administrator should hear when the last backup is older than this. */
export const BACKUP_STALE_MS = 2 * 86_400_000;

export interface HealthResponse {
  status: 'ok';
  version: string;
  storage: Storage['kind'];
  /** Only for an administrator's session: the last encrypted backup, and whether it is over two days old (or missing). */
  backup?: { lastAt: string | null; stale: boolean };
}

export function healthRoutes(api: Hono<AppEnv>, deps: { storage: Storage; version: string }): void {
  api.get('/health', async (c) => {
    const body: HealthResponse = { status: 'ok', version: deps.version, storage: deps.storage.kind };
    if (await isAdmin(c, deps.storage)) {
      const lastAt = (await deps.storage.transaction((tx) => readLastBackupAt(tx))) ?? null;
      // Written negated so that an unreadable time counts as stale too.
      body.backup = { lastAt, stale: lastAt === null || !(Date.now() - Date.parse(lastAt) <= BACKUP_STALE_MS) };
    }
    return c.json(body);
  });
}

/** Health answers everyone; a missing or invalid session simply gets the anonymous answer. */
async function isAdmin(c: Context<AppEnv>, storage: Storage): Promise<boolean> {
  const token = readSessionCookie(c);
  if (!token) return false;
  try {
    return (await authenticate(storage, token)).user.role === 'admin';
  } catch (error) {
    if (error instanceof HttpError) return false;
    throw error;
  }
}
