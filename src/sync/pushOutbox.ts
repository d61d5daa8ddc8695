import { MAX_PUSH_BATCH, pushResponseSchema, SCHEMA_VERSION, type Mutation } from '../domain/sync/protocol.ts';
import type { SportelloDb } from '../db/database.ts';
import type { OutboxEntry } from '../db/outbox.ts';
import type { Transport } from './transport.ts';

/**
 * Sends the outbox in seq order, a batch at a time, and settles each row by the server's
 * answer. A row leaves the outbox only once the server acknowledged it; a rejected row stays,
 * marked with the reason, for a person to see and fix, and no longer blocks the rows after it.
 * Returns how many rows the server acknowledged.
 */
export async function pushOutbox(db: SportelloDb, transport: Transport, deviceId: string, batchSize = MAX_PUSH_BATCH): Promise<number> {
  let acknowledged = 0;
  for (;;) {
    const batch = await nextBatch(db, batchSize);
    if (batch.length === 0) return acknowledged;
    const response = await transport.request('POST', '/api/sync/push', pushResponseSchema, {
      schemaVersion: SCHEMA_VERSION,
      deviceId,
      mutations: batch.map(toMutation),
    });
    const settled = await settle(db, batch, response.results);
    acknowledged += settled;
    if (settled === 0) return acknowledged; // the server answered nothing we sent: try again later
  }
}

async function nextBatch(db: SportelloDb, size: number): Promise<OutboxEntry[]> {
  return db.outbox.filter((row) => row.rejected === undefined).limit(size).toArray();
}

function toMutation(row: OutboxEntry): Mutation {
  return { seq: row.seq!, table: row.table, recordId: row.recordId, op: row.op, baseVersion: row.baseVersion, changes: row.changes, at: row.at };
}

async function settle(db: SportelloDb, batch: OutboxEntry[], results: { seq: number; status: string; version?: number; reason?: string }[]): Promise<number> {
  const bySeq = new Map(batch.map((row) => [row.seq!, row]));
  let settled = 0;
  await db.transaction('rw', [db.outbox, ...batch.map((row) => db[row.table])], async () => {
    for (const result of results) {
      const row = bySeq.get(result.seq);
      if (!row) continue;
      settled++;
      if (result.status === 'rejected') {
        await db.outbox.update(row.seq!, { rejected: { reason: result.reason ?? 'rejected', at: new Date().toISOString() } });
        continue;
      }
      await db.outbox.delete(row.seq!);
      // Only an edit applied on an unchanged record leaves the device holding exactly the
      // server's record; after a merge or conflict the next pull brings the version and data.
      if (result.status === 'applied' && result.version !== undefined) {
        await db.table(row.table).where('id').equals(row.recordId).modify((r: { version: number }) => {
          if (r.version < result.version!) r.version = result.version!;
        });
      }
    }
  });
  return settled;
}
