import type { SportelloDb } from '../db/database.ts';
import { attachmentStatusSchema } from '../domain/sync/attachments.ts';
import type { Transport } from './transport.ts';

/** Files travel in chunks this size, so a dropped connection costs at most one chunk. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Sends attachment files one by one, apart from the record batches, resuming each from the
 * offset the server reports. A file is sent only after its record reached the server (the
 * server checks who may attach to what). Returns how many files completed.
 */
export async function uploadAttachments(db: SportelloDb, transport: Transport): Promise<number> {
  const waiting = await db.attachmentBlobs.filter((row) => row.uploaded !== true).toArray();
  let completed = 0;
  for (const row of waiting) {
    const record = await db.attachments.get(row.id);
    if (!record || record.version === 0) continue; // its record is not on the server yet
    let offset = await receivedBytes(transport, row.id);
    while (offset < row.blob.size) {
      const chunk = row.blob.slice(offset, offset + CHUNK_BYTES);
      await transport.put(`/api/attachments/${row.id}/content`, chunk, {
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${offset}-${offset + chunk.size - 1}/${row.blob.size}`,
      });
      offset += chunk.size;
    }
    await db.attachmentBlobs.update(row.id, { uploaded: true });
    completed++;
  }
  return completed;
}

async function receivedBytes(transport: Transport, id: string): Promise<number> {
  const status = await transport.request('GET', `/api/attachments/${id}/status`, attachmentStatusSchema);
  return status.received;
}
