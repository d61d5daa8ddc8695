import type { SportelloDb } from '../db/database.ts';

/** Sync bookkeeping kept in the device database, so it survives reloads and closed tabs. */
export interface SyncMeta {
  cursor: number;
  lastSuccessAt: string | null;
  lastError: { kind: string; message: string; at: string } | null;
}

export async function readMeta<K extends keyof SyncMeta>(db: SportelloDb, key: K, fallback: SyncMeta[K]): Promise<SyncMeta[K]> {
  const row = await db.meta.get(`sync.${key}`);
  return row === undefined ? fallback : (row.value as SyncMeta[K]);
}

export async function writeMeta<K extends keyof SyncMeta>(db: SportelloDb, key: K, value: SyncMeta[K]): Promise<void> {
  await db.meta.put({ key: `sync.${key}`, value });
}
