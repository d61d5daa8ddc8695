import { applyChanges, toWireChanges } from '../domain/changes.ts';
import { sameValue } from '../domain/equality.ts';
import { newId } from '../domain/ids.ts';
import { isEnvelopeField, recordSchemas, type Fields, type RecordOf, type TableName } from '../domain/records/index.ts';
import { tombstoneOf } from '../domain/records/tombstone.ts';
import { fieldErrors, type FieldError } from '../domain/validation.ts';
import type { SportelloDb } from './database.ts';
import { stripLocalFields, withLocalFields, type LocalRow } from './localFields.ts';
import type { OutboxEntry } from './outbox.ts';

/**
 * Every write on the device goes through here: it validates the record with the domain schema,
 * then puts the record and its outbox row in one transaction. A write that is not in the
 * outbox did not happen.
 */
export interface Author {
  operatorId: string;
  siteId: string;
}

export type { Fields };

export class RecordValidationError extends Error {
  constructor(
    readonly table: TableName,
    readonly errors: FieldError[],
  ) {
    super(`Invalid ${table} record: ${errors.map((e) => `${e.path}: ${e.key}`).join('; ')}`);
    this.name = 'RecordValidationError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(table: TableName, id: string) {
    super(`No ${table} record with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

function validated<T extends TableName>(table: T, record: unknown): RecordOf<T> {
  const result = recordSchemas[table].safeParse(record);
  if (!result.success) throw new RecordValidationError(table, fieldErrors(result.error.issues));
  return result.data as RecordOf<T>;
}

function outboxRow(table: TableName, recordId: string, op: OutboxEntry['op'], baseVersion: number | null,
  changes: Record<string, unknown>, at: string): OutboxEntry {
  return { table, recordId, op, baseVersion, changes, at };
}

/** What a new record is made from: its fields, and an id or site when the caller picks them. */
export type NewRecordFields<T extends TableName> = Fields<T> & { id?: string; siteId?: string };

export async function createRecord<T extends TableName>(db: SportelloDb, author: Author, table: T, fields: NewRecordFields<T>): Promise<RecordOf<T>> {
  const at = new Date().toISOString();
  const record = validated(table, {
    ...fields,
    id: fields.id ?? newId(),
    siteId: fields.siteId ?? author.siteId,
    version: 0,
    createdAt: at,
    updatedAt: at,
    updatedBy: author.operatorId,
    deleted: false,
  });
  await db.transaction('rw', [db[table], db.outbox], async () => {
    await db[table].add(withLocalFields(table, record) as never);
    await db.outbox.add(outboxRow(table, record.id, 'create', null, { ...record }, at));
  });
  return record;
}

/** Applies changed fields to a record; only fields whose value differs go to the outbox. */
export async function updateRecord<T extends TableName>(
  db: SportelloDb,
  author: Author,
  table: T,
  id: string,
  changes: Partial<Fields<T>>,
): Promise<RecordOf<T>> {
  return db.transaction('rw', [db[table], db.outbox], async () => {
    const row = (await db[table].get(id)) as LocalRow<T> | undefined;
    if (!row || row.deleted) throw new RecordNotFoundError(table, id);
    const current = stripLocalFields<T>(row);
    const changed = changedFields(current, changes);
    if (Object.keys(changed).length === 0) return current;
    const at = new Date().toISOString();
    const record = validated(table, { ...applyChanges(current, toWireChanges(changed)), updatedAt: at, updatedBy: author.operatorId });
    // Compare what will be stored (trimmed, normalised by the schema), not what was typed.
    const stored = changedFields(current, Object.fromEntries(Object.keys(changed).map((k) => [k, (record as Record<string, unknown>)[k]])) as Partial<RecordOf<T>>);
    if (Object.keys(stored).length === 0) return current;
    await db[table].put(withLocalFields(table, record) as never);
    await db.outbox.add(outboxRow(table, id, 'update', current.version, toWireChanges(stored), at));
    return record;
  });
}

/** Soft deletion: the record stays as a tombstone so the deletion can reach every device. */
export async function deleteRecord(db: SportelloDb, author: Author, table: TableName, id: string): Promise<void> {
  await db.transaction('rw', [db[table], db.outbox, db.attachmentBlobs], async () => {
    const row = await db[table].get(id);
    if (!row) throw new RecordNotFoundError(table, id);
    if (row.deleted) return;
    const at = new Date().toISOString();
    // Only the tombstone stays (domain/records/tombstone.ts); a file leaves the device with its record.
    await db[table].put(tombstoneOf({ ...row, updatedAt: at, updatedBy: author.operatorId }) as never);
    if (table === 'attachments') await db.attachmentBlobs.delete(id);
    await db.outbox.add(outboxRow(table, id, 'delete', row.version, { deleted: true }, at));
  });
}

export async function getRecord<T extends TableName>(db: SportelloDb, table: T, id: string): Promise<RecordOf<T> | undefined> {
  const row = (await db[table].get(id)) as LocalRow<T> | undefined;
  return row && !row.deleted ? stripLocalFields<T>(row) : undefined;
}

function changedFields<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T]][]) {
    if (isEnvelopeField(key as string)) continue;
    if (!sameValue(current[key], value)) changed[key] = value;
  }
  return changed;
}
