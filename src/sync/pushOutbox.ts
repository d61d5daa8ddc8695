import { MAX_PUSH_BATCH, pushResponseSchema, SCHEMA_VERSION, type Mutation, type MutationResult } from '../domain/sync/protocol.ts';
import type { SportelloDb } from '../db/database.ts';
import { nextChangesToSend, settlePush, type OutboxEntry, type PushSettlement } from '../db/outbox.ts';
import type { Transport } from './transport.ts';

/**
 * Renumbered rows go out again in the same round. Another account pushing under this device's
 * id at the same time could keep taking their new seqs; the round then leaves them for the next.
 */
const MAX_RENUMBERS_PER_ROUND = 5;

/**
 * Sends the outbox in seq order, a batch at a time, and settles each row by the server's
 * answer. A row leaves the outbox only once the server acknowledged it; a rejected row stays,
 * marked with the reason, for a person to see and fix, and no longer blocks the rows after it;
 * a row whose seq the server holds for another change moves to a new seq and is sent again.
 * Returns how many rows the server acknowledged.
 */
export async function pushOutbox(db: SportelloDb, transport: Transport, deviceId: string, batchSize = MAX_PUSH_BATCH): Promise<number> {
  let acknowledged = 0;
  let renumbers = 0;
  for (;;) {
    const batch = await nextChangesToSend(db, batchSize);
    if (batch.length === 0) return acknowledged;
    const response = await transport.request('POST', '/api/sync/push', pushResponseSchema, {
      schemaVersion: SCHEMA_VERSION,
      deviceId,
      mutations: batch.map(toMutation),
    });
    const { settlement, answered } = settlementOf(batch, response.results);
    // Records are not touched here: the pull that follows brings each back with its server
    // version (and any fields merged from other devices) in one bulk write.
    await settlePush(db, settlement, new Date().toISOString());
    acknowledged += settlement.acknowledged.length;
    if (answered === 0) return acknowledged; // the server answered nothing we sent: try again later
    if (settlement.renumber && ++renumbers >= MAX_RENUMBERS_PER_ROUND) return acknowledged;
  }
}

function toMutation(row: OutboxEntry): Mutation {
  return { seq: row.seq!, table: row.table, recordId: row.recordId, op: row.op, baseVersion: row.baseVersion, changes: row.changes, at: row.at };
}

/** Only answers to rows of this batch count; 'renumber' is neither an acknowledgement nor a refusal. */
function settlementOf(batch: OutboxEntry[], results: MutationResult[]): { settlement: PushSettlement; answered: number } {
  const sent = new Set(batch.map((row) => row.seq!));
  const answered = results.filter((r) => sent.has(r.seq));
  const renumbered = answered.filter((r) => r.status === 'renumber');
  return {
    answered: answered.length,
    settlement: {
      acknowledged: answered.filter((r) => r.status !== 'rejected' && r.status !== 'renumber').map((r) => r.seq),
      refused: answered.filter((r) => r.status === 'rejected').map((r) => ({ seq: r.seq, reason: r.reason ?? 'rejected', ...(r.code ? { code: r.code } : {}) })),
      renumber:
        renumbered.length === 0
          ? null
          : { seq: Math.min(...renumbered.map((r) => r.seq)), nextSeq: Math.max(...renumbered.map((r) => r.nextSeq ?? 0)) },
    },
  };
}
