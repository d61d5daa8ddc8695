import { sameValue } from '../domain/equality.ts';
import { isEnvelopeField, type RecordOf, type TableName } from '../domain/records/index.ts';
import type { SportelloDb } from './database.ts';
import { isLocalField } from './localFields.ts';
import { createRecord, updateRecord, type Author, type Fields, type NewRecordFields } from './repository.ts';

/**
 * Who changed what, and when, for records edited on this device. The outbox forgets a change
 * once the server has it, so each local create or edit also appends an entry to a small list in
 * the `meta` table (key `history:<table>:<id>`), written in the same transaction as the record
 * and its outbox row. Changes made on other devices are not listed here: the record's envelope
 * (updatedAt, updatedBy) still tells who changed it last.
 */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface HistoryEntry {
  at: string;
  operatorId: string;
  kind: 'created' | 'updated';
  changes: FieldChange[];
}

/** Old entries beyond this are dropped: the list is a desk aid, not the audit log. */
export const HISTORY_LIMIT = 100;

export function historyKey(table: TableName, id: string): string {
  return `history:${table}:${id}`;
}

export async function historyOf(db: SportelloDb, table: TableName, id: string): Promise<HistoryEntry[]> {
  const row = await db.meta.get(historyKey(table, id));
  return Array.isArray(row?.value) ? (row.value as HistoryEntry[]) : [];
}

async function append(db: SportelloDb, table: TableName, id: string, entry: HistoryEntry): Promise<void> {
  const entries = await historyOf(db, table, id);
  await db.meta.put({ key: historyKey(table, id), value: [...entries, entry].slice(-HISTORY_LIMIT) });
}

export async function createWithHistory<T extends TableName>(db: SportelloDb, author: Author, table: T, fields: NewRecordFields<T>): Promise<RecordOf<T>> {
  return db.transaction('rw', [db[table], db.outbox, db.meta], async () => {
    const record = await createRecord(db, author, table, fields);
    await append(db, table, record.id, { at: record.createdAt, operatorId: author.operatorId, kind: 'created', changes: [] });
    return record;
  });
}

/** Updates a record and remembers which fields changed, from what to what. */
export async function updateWithHistory<T extends TableName>(
  db: SportelloDb,
  author: Author,
  table: T,
  id: string,
  changes: Partial<Fields<T>>,
): Promise<RecordOf<T>> {
  return db.transaction('rw', [db[table], db.outbox, db.meta], async () => {
    const before = (await db[table].get(id)) as RecordOf<T> | undefined;
    const after = await updateRecord(db, author, table, id, changes);
    if (!before || after.updatedAt === before.updatedAt) return after; // nothing changed
    const changed = diff(before, after);
    if (changed.length > 0) {
      await append(db, table, id, { at: after.updatedAt, operatorId: author.operatorId, kind: 'updated', changes: changed });
    }
    return after;
  });
}

/** Top-level fields whose stored value differs; envelope and device-only fields are skipped. */
export function diff<T extends object>(before: T, after: T): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (isEnvelopeField(key) || isLocalField(key)) continue;
    const from = (before as Record<string, unknown>)[key];
    const to = (after as Record<string, unknown>)[key];
    if (!sameValue(from, to)) changes.push({ field: key, from, to });
  }
  return changes;
}
