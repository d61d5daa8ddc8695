import type { SportelloDb } from '../db/database.ts';
import { deviceId } from '../db/deviceId.ts';
import { pullChanges } from './pullChanges.ts';
import { pushOutbox } from './pushOutbox.ts';
import { writeMeta } from './syncMeta.ts';
import type { Transport } from './transport.ts';
import { uploadAttachments } from './uploadAttachments.ts';

export interface SyncReport {
  pushed: number;
  pulled: number;
  uploaded: number;
}

/**
 * One full round: push the outbox, pull until caught up, then send waiting attachment files.
 * Push comes first so the pull brings back the server version of this device's own records;
 * files go last because the server accepts a file only for a record it holds, and the pull is
 * what tells the device which records those are.
 */
export async function syncOnce(db: SportelloDb, transport: Transport): Promise<SyncReport> {
  const device = await deviceId(db);
  const pushed = await pushOutbox(db, transport, device);
  const pulled = await pullChanges(db, transport);
  const uploaded = await uploadAttachments(db, transport);
  await writeMeta(db, 'lastSuccessAt', new Date().toISOString());
  await writeMeta(db, 'lastError', null);
  return { pushed, pulled, uploaded };
}
