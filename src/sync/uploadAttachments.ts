import type { SportelloDb } from '../db/database.ts';
import { attachmentStatusSchema } from '../domain/sync/attachments.ts';
import { SyncError, type Transport } from './transport.ts';

/** Files travel in chunks this size, so a dropped connection costs at most one chunk. */
export const CHUNK_BYTES = 256 * 1024;

/** Answers that say the file itself will never be accepted (not a login or network problem). */
const REFUSALS = new Set([403, 404, 413, 415, 422]);

/**
 * Sends attachment files one by one, apart from the record batches, resuming each from the
 * offset the server reports. A file is sent only after its record reached the server (the
 * server checks who may attach to what). Returns how many files completed.
 */
export async function uploadAttachments(db: SportelloDb, transport: Transport): Promise<number> {
  const waiting = await db.attachmentBlobs.filter((row) => row.uploaded !== true && row.refused === undefined).toArray();
  let completed = 0;
  for (const row of waiting) {
    const record = await db.attachments.get(row.id);
    if (!record || record.version === 0) continue; // its record is not on the server yet
    try {
      await uploadOne(transport, row.id, row.blob);
    } catch (error) {
      // A file the server refuses (e.g. a checksum mismatch) is set aside with the reason, so
      // it never stops the other files or the pull; a network failure ends this round.
      if (error instanceof SyncError && REFUSALS.has(error.status ?? 0)) {
        await db.attachmentBlobs.update(row.id, { refused: error.message });
        continue;
      }
      throw error;
    }
    await db.attachmentBlobs.update(row.id, { uploaded: true });
    completed++;
  }
  return completed;
}

async function uploadOne(transport: Transport, id: string, blob: Blob): Promise<void> {
  let offset = await receivedBytes(transport, id);
  while (offset < blob.size) {
    const chunk = blob.slice(offset, offset + CHUNK_BYTES);
    await transport.put(`/api/attachments/${id}/content`, chunk, {
      'content-type': 'application/octet-stream',
      'content-range': `bytes ${offset}-${offset + chunk.size - 1}/${blob.size}`,
    });
    offset += chunk.size;
  }
}

async function receivedBytes(transport: Transport, id: string): Promise<number> {
  const status = await transport.request('GET', `/api/attachments/${id}/status`, attachmentStatusSchema);
  return status.received;
}
