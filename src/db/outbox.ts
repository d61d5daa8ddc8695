import type { TableName } from '../domain/records/index.ts';
import type { SportelloDb } from './database.ts';

/**
 * One local write waiting for the server. `seq` is the store's auto-increment key: it grows
 * for ever on this device and is never reused, which makes it the per-device sequence number
 * the server uses to recognise a retried mutation. A row leaves only when the server
 * acknowledged it; it moves to a higher seq only when the server says its seq was used
 * already (`settlePush`).
 */
export interface OutboxEntry {
  seq?: number;
  table: TableName;
  recordId: string;
  /** The server version the edit was made on; null for a create. */
  baseVersion: number | null;
  op: 'create' | 'update' | 'delete';
  /** The changed fields (the whole record for a create). */
  changes: Record<string, unknown>;
  at: string;
  /** Set when the server refused the mutation: kept, shown, and no longer sent. */
  /** `code`: the rule that refused it (domain/policy/changePolicy.ts), for the screen to say in words. */
  rejected?: { reason: string; code?: string; at: string };
}

/** Every row, waiting or refused. */
export function pendingCount(db: SportelloDb): Promise<number> {
  return db.outbox.count();
}

export async function hasPendingChanges(db: SportelloDb, table: TableName, recordId: string): Promise<boolean> {
  return (await db.outbox.where('[table+recordId]').equals([table, recordId]).count()) > 0;
}

/** The refused rows, through their index: the outbox can hold many rows after weeks offline. */
const refused = (db: SportelloDb) => db.outbox.where('rejected.at').above('');

/** The changes the server refused, oldest first, for a person to read and redo. */
export function listRefusedChanges(db: SportelloDb): Promise<OutboxEntry[]> {
  return refused(db).toArray();
}

export interface OutboxCounts {
  /** Rows still to be sent. */
  waiting: number;
  refused: number;
}

/** Counted through indexes, never row by row. */
export async function outboxCounts(db: SportelloDb): Promise<OutboxCounts> {
  const [total, refusedRows] = await Promise.all([db.outbox.count(), refused(db).count()]);
  return { waiting: total - refusedRows, refused: refusedRows };
}

/**
 * The next `size` rows to send, in seq order. Refused rows stay among the others: read as many
 * more rows as there are refused ones (an indexed count) instead of filtering the outbox.
 */
export async function nextChangesToSend(db: SportelloDb, size: number): Promise<OutboxEntry[]> {
  const rows = await db.outbox.limit(size + (await refused(db).count())).toArray();
  return rows.filter((row) => row.rejected === undefined).slice(0, size);
}

/** "table/id" of every record with a change still to be sent (refused ones do not count). */
export async function recordsWithChangesToSend(db: SportelloDb): Promise<Set<string>> {
  if ((await db.outbox.count()) === 0) return new Set();
  const rows = await db.outbox.filter((row) => row.rejected === undefined).toArray();
  return new Set(rows.map((row) => `${row.table}/${row.recordId}`));
}

/** What the server's answers to one push make of the rows sent. */
export interface PushSettlement {
  /** Acknowledged by the server: they leave the outbox. */
  acknowledged: number[];
  /** Refused, with the server's reason: kept, shown, no longer sent. */
  refused: { seq: number; reason: string; code?: string }[];
  /** The first row whose seq the server holds for another change, and the lowest seq it takes instead. */
  renumber: { seq: number; nextSeq: number } | null;
}

/** Settles one push in one transaction: a row is deleted only when acknowledged. */
export async function settlePush(db: SportelloDb, settlement: PushSettlement, at: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const { seq, reason, code } of settlement.refused) await db.outbox.update(seq, { rejected: { reason, ...(code ? { code } : {}), at } });
    await db.outbox.bulkDelete(settlement.acknowledged);
    if (settlement.renumber) await renumberFrom(db, settlement.renumber.seq, settlement.renumber.nextSeq);
  });
}

/**
 * Moves the row at `seq` and every row after it, unchanged and in their order, to seqs from
 * max(nextSeq, highest seq + 1): the later rows too, so that an edit still reaches the server
 * after the create it edits. Added with explicit keys, which the store's key generator then
 * continues above, so the next local write does not take a seq the server has already seen.
 */
async function renumberFrom(db: SportelloDb, seq: number, nextSeq: number): Promise<void> {
  const rows = await db.outbox.where('seq').aboveOrEqual(seq).toArray();
  const last = rows.at(-1)?.seq;
  if (last === undefined) return;
  const start = Math.max(nextSeq, last + 1);
  await db.outbox.bulkDelete(rows.map((row) => row.seq!));
  await db.outbox.bulkAdd(rows.map((row, i) => ({ ...row, seq: start + i })));
}

/**
 * Calls `listener` as each new row is queued by this tab, inside the writing transaction: it
 * must only take note (no database work there). Returns the unsubscribe function.
 */
export function onChangeQueued(db: SportelloDb, listener: () => void): () => void {
  // A creating hook's return value would become the row's key: return nothing. A row added
  // with its seq is one moved by `settlePush`, not a new change.
  const hook = (_key: unknown, row: OutboxEntry): void => {
    if (row.seq === undefined) listener();
  };
  db.outbox.hook('creating', hook);
  return () => db.outbox.hook('creating').unsubscribe(hook);
}
