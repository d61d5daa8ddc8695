import type { SportelloDb } from '../db/database.ts';
import { deviceId } from '../db/deviceId.ts';
import { pullChanges } from './pullChanges.ts';
import { pushOutbox } from './pushOutbox.ts';
import { sendViews } from './sendViews.ts';
import { writeMeta } from './syncMeta.ts';
import type { Transport } from './transport.ts';
import { uploadAttachments } from './uploadAttachments.ts';

export interface SyncReport {
  pushed: number;
  pulled: number;
  uploaded: number;
  /** Person pages opened on this device that the server's audit log recorded. */
  views: number;
}

/**
 * One full round: push the outbox, pull until caught up, send the views of people's pages, then
 * waiting attachment files. Push comes first so the pull brings back the server version of this
 * device's own records; views and files come after the pull because the server takes them only
 * for a record it holds, and the pull is what tells the device which records those are. Views
 * go before files: a few bytes each, they should not wait for a large upload.
 */
export async function syncOnce(db: SportelloDb, transport: Transport): Promise<SyncReport> {
  const device = await deviceId(db);
  const pushed = await pushOutbox(db, transport, device);
  const pulled = await pullChanges(db, transport);
  const views = await sendViews(db, transport);
  const uploaded = await uploadAttachments(db, transport);
  await writeMeta(db, 'lastSuccessAt', new Date().toISOString());
  await writeMeta(db, 'lastError', null);
  return { pushed, pulled, uploaded, views };
}
