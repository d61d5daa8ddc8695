import type { Conflict } from '../domain/records/conflict.ts';
import { isTableName } from '../domain/records/index.ts';
import type { SportelloDb } from './database.ts';
import { updateRecord, type Author } from './repository.ts';

/** An open conflict and the record it is about (absent when the record is not on this device). */
export interface OpenConflict {
  conflict: Conflict;
  record: Record<string, unknown> | undefined;
}

/** The conflicts still waiting for a person to settle them, each with its record. */
export async function listOpenConflicts(db: SportelloDb): Promise<OpenConflict[]> {
  const open = await db.conflicts.where('status').equals('open').toArray();
  return Promise.all(
    open.map(async (conflict) => ({
      conflict,
      record: isTableName(conflict.table) ? ((await db.table(conflict.table).get(conflict.recordId)) as Record<string, unknown> | undefined) : undefined,
    })),
  );
}

/**
 * Settles a conflict by keeping one of the two values. Keeping the other device's value is an
 * ordinary edit of the record; either way the conflict is marked resolved. Both are synced
 * like any other change.
 */
export async function resolveConflict(db: SportelloDb, author: Author, conflict: Conflict, keep: 'server' | 'client'): Promise<void> {
  await db.transaction('rw', [db.table(conflict.table), db.conflicts, db.outbox], async () => {
    if (keep === 'client' && isTableName(conflict.table)) {
      await updateRecord(db, author, conflict.table, conflict.recordId, { [conflict.field]: conflict.clientValue } as never);
    }
    await updateRecord(db, author, 'conflicts', conflict.id, {
      status: 'resolved',
      resolvedBy: author.operatorId,
      resolvedAt: new Date().toISOString(),
    });
  });
}
