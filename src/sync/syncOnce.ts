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
 * One full round: push the outbox, send waiting attachment files, pull until caught up.
 * Push comes first so the pull brings back the merged result of this device's own edits.
 */
export async function syncOnce(db: SportelloDb, transport: Transport): Promise<SyncReport> {
  const device = await deviceId(db);
  const pushed = await pushOutbox(db, transport, device);
  const uploaded = await uploadAttachments(db, transport);
  const pulled = await pullChanges(db, transport);
  await writeMeta(db, 'lastSuccessAt', new Date().toISOString());
  await writeMeta(db, 'lastError', null);
  return { pushed, pulled, uploaded };
}
