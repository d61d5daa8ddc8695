import { newId } from '../domain/ids.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type Attachment } from '../domain/records/attachment.ts';
import type { Grant } from '../domain/records/grant.ts';
import type { SportelloDb } from './database.ts';
import { GrantRefusedError } from './grants.ts';
import { createRecord, RecordNotFoundError, updateRecord, type Author } from './repository.ts';

/**
 * Files attached to records (receipts of grants) on the device. A file is two rows: the
 * attachment record (name, type, size, SHA-256 — synced like any record) and its bytes in
 * `attachmentBlobs` under the same id, which src/sync/uploadAttachments.ts sends once the record
 * has reached the server. Both are written with the owner's update in one transaction: a receipt
 * is either wholly on the device or not at all.
 */

export type StoredFileType = (typeof ATTACHMENT_TYPES)[number];
export type FileProblem = 'file_type' | 'file_too_large' | 'file_empty';

/** Why a file cannot be stored as it is, or null. */
export function fileProblem(file: { type: string; size: number }): FileProblem | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'file_type';
  if (file.size === 0) return 'file_empty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'file_too_large';
  return null;
}

export class FileRefusedError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`File refused: ${problem}`);
    this.name = 'FileRefusedError';
  }
}

/** The SHA-256 of the bytes, as lower-case hex (what the server checks after an upload). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Attaches a receipt to a grant: the attachment record, its bytes and the grant's list of
 * receipts, in one transaction. A cancelled grant takes no receipt.
 */
export async function attachReceipt(
  db: SportelloDb,
  author: Author,
  grantId: string,
  file: { blob: Blob; name: string },
): Promise<{ attachment: Attachment; grant: Grant }> {
  const problem = fileProblem(file.blob);
  if (problem) throw new FileRefusedError(problem);
  // Hashing is not a database operation: it happens before the transaction, which IndexedDB
  // would otherwise commit while waiting.
  const sha256 = await sha256Hex(file.blob);
  const id = newId();
  return db.transaction('rw', [db.grants, db.attachments, db.attachmentBlobs, db.outbox], async () => {
    const grant = await db.grants.get(grantId);
    if (!grant || grant.deleted) throw new RecordNotFoundError('grants', grantId);
    if (grant.status === 'cancelled') throw new GrantRefusedError({ code: 'transition_not_allowed', from: 'cancelled', to: 'accounted' });
    const attachment = await createRecord(db, { ...author, siteId: grant.siteId }, 'attachments', {
      id,
      ownerTable: 'grants',
      ownerId: grant.id,
      name: file.name.trim().slice(0, 200) || 'ricevuta',
      mimeType: file.blob.type as StoredFileType,
      size: file.blob.size,
      sha256,
    });
    await db.attachmentBlobs.add({ id, blob: file.blob });
    const updated = await updateRecord(db, author, 'grants', grant.id, { receiptAttachmentIds: [...grant.receiptAttachmentIds, id] });
    return { attachment, grant: updated };
  });
}

/** The files attached to a record, in the order they were added. */
export async function attachmentsOf(db: SportelloDb, ownerId: string): Promise<Attachment[]> {
  const rows = await db.attachments.where('ownerId').equals(ownerId).toArray();
  return rows.filter((a) => !a.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The bytes of an attachment, when this device holds them (one made elsewhere may not be here). */
export async function attachmentBlob(db: SportelloDb, id: string): Promise<Blob | undefined> {
  return (await db.attachmentBlobs.get(id))?.blob;
}
