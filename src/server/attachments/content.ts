import { createHash } from 'node:crypto';
import type { Attachment } from '../../domain/records/index.ts';
import type { AttachmentStatus } from '../../domain/sync/attachments.ts';
import type { SessionUser } from '../../domain/sync/protocol.ts';
import { downloadEntries } from '../audit/download-entries.ts';
import type { AuditActor } from '../audit/entry.ts';
import { mayAccessSite } from '../auth/scope.ts';
import { HttpError } from '../http/errors.ts';
import type { AttachmentsTx } from '../storage/attachments.ts';
import type { RecordsTx } from '../storage/records.ts';
import type { Storage } from '../storage/storage.ts';

/** One PUT carries at most this much; the device sends 256 KB. */
export const MAX_CHUNK_BYTES = 1024 * 1024;

export interface ChunkRange {
  start: number;
  end: number;
  total: number;
}

/**
 * The attachment record, when the user may touch it. A record in another site answers exactly
 * like a missing one, so ids cannot be probed.
 */
async function visibleAttachment(tx: RecordsTx & AttachmentsTx, user: SessionUser, id: string): Promise<Attachment> {
  const row = await tx.getRecord('attachments', id);
  if (!row || row.deleted || !mayAccessSite(user, row.siteId)) {
    throw new HttpError(404, 'not_found', `No attachment ${id}; its record must reach the server before its file.`);
  }
  return row.data as Attachment;
}

export function attachmentStatus(storage: Storage, user: SessionUser, id: string): Promise<AttachmentStatus> {
  return storage.transaction(async (tx) => {
    const record = await visibleAttachment(tx, user, id);
    const received = await tx.attachmentReceived(id);
    return { received, complete: received === record.size };
  });
}

/**
 * Stores one chunk. Chunks must come in order (start = bytes already held), so a resumed upload
 * can never leave a hole; the last one is checked against the record's SHA-256, and a file that
 * does not match is thrown away so the device sends it again from the start.
 */
export async function receiveChunk(storage: Storage, user: SessionUser, id: string, range: ChunkRange, bytes: Uint8Array): Promise<AttachmentStatus> {
  if (bytes.length !== range.end - range.start + 1) {
    throw new HttpError(400, 'range_mismatch', `Content-Range announces ${range.end - range.start + 1} bytes but the body has ${bytes.length}.`);
  }
  const outcome = await storage.transaction(async (tx) => {
    // Two uploads of one chunk at once (a retry overtaking its original) must not both find the
    // same offset free: the second waits, then sees the bytes the first stored and gets a 409.
    await tx.lockAttachment(id);
    const record = await visibleAttachment(tx, user, id);
    if (range.total !== record.size) {
      throw new HttpError(400, 'size_mismatch', `The file has ${range.total} bytes but its record says ${record.size}.`);
    }
    const received = await tx.attachmentReceived(id);
    if (range.start !== received) {
      throw new HttpError(409, 'offset_mismatch', `The server holds ${received} bytes; send from byte ${received}.`, { expected: received });
    }
    await tx.putAttachmentChunk(id, range.start, bytes);
    const now = received + bytes.length;
    if (now < record.size) return { received: now, complete: false, intact: true };
    const digest = createHash('sha256').update(await tx.readAttachment(id)).digest('hex');
    if (digest === record.sha256) return { received: now, complete: true, intact: true };
    await tx.deleteAttachmentContent(id);
    return { received: 0, complete: false, intact: false };
  });
  if (!outcome.intact) {
    throw new HttpError(422, 'checksum_mismatch', 'The file received does not match its SHA-256; it was discarded, send it again.');
  }
  return { received: outcome.received, complete: outcome.complete };
}

/** The file, with its 'download' in the audit log in the same transaction: no file leaves unrecorded. */
export function readContent(
  storage: Storage,
  reader: AuditActor & { user: SessionUser },
  id: string,
): Promise<{ record: Attachment; bytes: Uint8Array<ArrayBuffer> }> {
  return storage.transaction(async (tx) => {
    const record = await visibleAttachment(tx, reader.user, id);
    const bytes = await tx.readAttachment(id);
    if (bytes.length !== record.size) {
      throw new HttpError(409, 'upload_incomplete', `The server holds ${bytes.length} of ${record.size} bytes of this file.`);
    }
    await tx.appendAudit(await downloadEntries(tx, reader, record));
    return { record, bytes };
  });
}
