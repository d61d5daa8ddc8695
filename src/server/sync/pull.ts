import type { PullResponse, SessionUser } from '../../domain/sync/protocol.ts';
import { siteScope } from '../auth/scope.ts';
import type { Storage } from '../storage/storage.ts';
import { isForeignCursor } from './restored-versions.ts';

/**
 * One page of the records changed after `cursor`, in version order, limited to the sites the
 * user may see, tombstones included. One more row than asked is read to know whether more
 * follow. `reset` is true only for a cursor this database never handed out (it was restored
 * from a backup: src/server/sync/restored-versions.ts); tombstones are not purged yet, so no
 * cursor is ever too old.
 */
export async function pullPage(storage: Storage, user: SessionUser, cursor: number, limit: number): Promise<PullResponse> {
  return storage.transaction(async (tx) => {
    if (await isForeignCursor(tx, cursor)) return { changes: [], cursor: 0, hasMore: true, reset: true };
    const rows = await tx.pullRecords({ after: cursor, limit: limit + 1, siteIds: siteScope(user) });
    const page = rows.slice(0, limit);
    return {
      changes: page.map((row) => ({ table: row.table, record: row.data })),
      cursor: page.at(-1)?.version ?? cursor,
      hasMore: rows.length > limit,
      reset: false,
    };
  });
}
