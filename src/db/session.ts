import type { SessionUser } from '../domain/sync/protocol.ts';
import type { SportelloDb } from './database.ts';

/**
 * Who is working at this desk. The server's session token lives in an HttpOnly cookie the
 * app never sees (docs/architecture.md, "Data protection"); the device keeps only the user's public profile and the site
 * the desk works for, so the app opens offline after the first login.
 */
export interface DeskSession {
  user: SessionUser;
  siteId: string;
  loggedInAt: string;
}

const KEY = 'session';

export async function loadSession(db: SportelloDb): Promise<DeskSession | null> {
  const row = await db.meta.get(KEY);
  return (row?.value as DeskSession | undefined) ?? null;
}

export async function saveSession(db: SportelloDb, session: DeskSession): Promise<void> {
  await db.meta.put({ key: KEY, value: session });
}

export async function clearSession(db: SportelloDb): Promise<void> {
  await db.meta.delete(KEY);
}
