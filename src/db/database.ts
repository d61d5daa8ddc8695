import { Dexie, type EntityTable, type Table } from 'dexie';
import type { TableName } from '../domain/records/index.ts';
import type { QueuedView } from './auditViews.ts';
import type { LocalRow } from './localFields.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';
import type { OutboxEntry } from './outbox.ts';

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
}

export interface AttachmentBlobRow {
  id: string;
  blob: Blob;
  /** True once the server holds the whole file. */
  uploaded?: boolean;
  /** Why the server refused the file; it is not sent again until a person replaces it. */
  refused?: string;
}

type RecordTables = { [T in TableName]: EntityTable<LocalRow<T>, 'id'> };

export type SportelloDb = Dexie &
  RecordTables & {
    attachmentBlobs: EntityTable<AttachmentBlobRow, 'id'>;
    outbox: Table<OutboxEntry, number>;
    meta: EntityTable<MetaRow, 'key'>;
    drafts: EntityTable<DraftRow, 'key'>;
    auditViews: EntityTable<QueuedView, 'id'>;
  };

export const DEFAULT_DB_NAME = 'sportello';

/**
 * Opens the device database. Durability is strict: Chromium otherwise confirms a write before
 * it reaches the disk, and a record confirmed to an operator must survive a power cut.
 */
export function openDatabase(
  name = DEFAULT_DB_NAME,
  options: { versions?: SchemaVersion[]; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): SportelloDb {
  const db = new Dexie(name, {
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {}),
  }) as SportelloDb;
  for (const v of options.versions ?? SCHEMA_VERSIONS) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
