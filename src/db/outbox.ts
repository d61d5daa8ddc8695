import type { TableName } from '../domain/records/index.ts';
import type { SportelloDb } from './database.ts';

/**
 * One local write waiting for the server. `seq` is the store's auto-increment key: it grows
 * for ever on this device and is never reused, which makes it the per-device sequence number
 * the server uses to recognise a retried mutation. A row leaves only when the server
 * acknowledged it.
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
  rejected?: { reason: string; at: string };
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

/**
 * Calls `listener` as each new row is queued by this tab, inside the writing transaction: it
 * must only take note (no database work there). Returns the unsubscribe function.
 */
export function onChangeQueued(db: SportelloDb, listener: () => void): () => void {
  // A creating hook's return value would become the row's key: return nothing.
  const hook = (): void => {
    listener();
  };
  db.outbox.hook('creating', hook);
  return () => db.outbox.hook('creating').unsubscribe(hook);
}
