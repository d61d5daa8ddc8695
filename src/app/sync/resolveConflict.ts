import type { Conflict } from '../../domain/records/conflict.ts';
import { isTableName } from '../../domain/records/index.ts';
import type { SportelloDb } from '../../db/database.ts';
import { updateRecord, type Author } from '../../db/repository.ts';

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
