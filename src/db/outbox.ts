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

export function pendingCount(db: SportelloDb): Promise<number> {
  return db.outbox.count();
}

export async function hasPendingChanges(db: SportelloDb, table: TableName, recordId: string): Promise<boolean> {
  return (await db.outbox.where('[table+recordId]').equals([table, recordId]).count()) > 0;
}
