import { Dexie } from 'dexie';
import { newId } from '../domain/ids.ts';
import type { SportelloDb } from './database.ts';

/**
 * A person's page opened on this device, waiting for the server's audit log (docs/architecture.md,
 * "Data protection"). Pages are often opened offline, so the view is kept here and sent by the
 * sync round. The server records the view under the session that sends it, so a view is sent
 * only while the user who made it is logged in: on a shared tablet, the next operator's
 * session must not take it over.
 */
export interface QueuedView {
  /** Made here: the server keeps a view sent twice (its answer lost) once. */
  id: string;
  personId: string;
  at: string;
  userId: string;
}

export async function recordView(db: SportelloDb, userId: string, personId: string, at = new Date().toISOString()): Promise<void> {
  await db.auditViews.add({ id: newId(), personId, at, userId });
}

/**
 * The next views of this user after `after` (an id; null from the first), at most `limit`, by
 * id through the `[userId+id]` index, and among them those ready to send: a view of a person
 * this device registered and the server does not hold yet waits for her (the round's pull
 * gives her a version once the server has her). `last` is the id to go on from; null when
 * nothing is left.
 */
export async function viewsToSend(
  db: SportelloDb,
  userId: string,
  after: string | null,
  limit: number,
): Promise<{ ready: QueuedView[]; last: string | null }> {
  const rows = await db.auditViews
    .where('[userId+id]')
    .between([userId, after ?? Dexie.minKey], [userId, Dexie.maxKey], false, true)
    .limit(limit)
    .toArray();
  const people = await db.people.bulkGet([...new Set(rows.map((row) => row.personId))]);
  const waiting = new Set(people.flatMap((person) => (person && person.version === 0 ? [person.id] : [])));
  return { ready: rows.filter((row) => !waiting.has(row.personId)), last: rows.at(-1)?.id ?? null };
}

/** Forgets the views the server answered: recorded (now or before), or refused for good. */
export async function forgetViews(db: SportelloDb, ids: readonly string[]): Promise<void> {
  await db.auditViews.bulkDelete([...ids]);
}
