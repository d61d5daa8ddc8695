import { MAX_PUSH_BATCH, pushResponseSchema, SCHEMA_VERSION, type Mutation } from '../domain/sync/protocol.ts';
import type { SportelloDb } from '../db/database.ts';
import { nextChangesToSend, type OutboxEntry } from '../db/outbox.ts';
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
    const batch = await nextChangesToSend(db, batchSize);
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

function toMutation(row: OutboxEntry): Mutation {
  return { seq: row.seq!, table: row.table, recordId: row.recordId, op: row.op, baseVersion: row.baseVersion, changes: row.changes, at: row.at };
}

/**
 * Acknowledged rows leave the outbox in one bulk delete; refused ones are marked. Records are
 * not touched here: the pull that follows brings each back with its server version (and any
 * fields merged from other devices) in one bulk write.
 */
async function settle(db: SportelloDb, batch: OutboxEntry[], results: { seq: number; status: string; reason?: string }[]): Promise<number> {
  const sent = new Set(batch.map((row) => row.seq!));
  const answered = results.filter((r) => sent.has(r.seq));
  const at = new Date().toISOString();
  await db.transaction('rw', db.outbox, async () => {
    for (const r of answered) {
      if (r.status === 'rejected') await db.outbox.update(r.seq, { rejected: { reason: r.reason ?? 'rejected', at } });
    }
    await db.outbox.bulkDelete(answered.filter((r) => r.status !== 'rejected').map((r) => r.seq));
  });
  return answered.length;
}
