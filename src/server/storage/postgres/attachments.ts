import type { AttachmentsTx } from '../attachments.ts';
import type { Queries } from './queries.ts';

/** The first key of attachment locks; the pair form keeps them apart from the migration lock's single key. */
const ATTACHMENT_LOCK_CLASS = 741_502_914;

/** Attachment bytes on PostgreSQL, one row per uploaded chunk. */
export function postgresAttachments(q: Queries): AttachmentsTx {
  return {
    // A transaction-scoped advisory lock: released at COMMIT or ROLLBACK, and needs no row to exist.
    lockAttachment: (id) => q.run('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [ATTACHMENT_LOCK_CLASS, id]),
    attachmentReceived: (id) => q.count('SELECT COALESCE(SUM(length(bytes)), 0) AS n FROM attachment_chunks WHERE attachment_id = $1', [id]),
    putAttachmentChunk: (id, start, bytes) =>
      q.run('INSERT INTO attachment_chunks (attachment_id, start, bytes) VALUES ($1, $2, $3)', [id, start, Buffer.from(bytes)]),
    readAttachment: async (id) => {
      const found = await q.rows<{ bytes: Buffer }>('SELECT bytes FROM attachment_chunks WHERE attachment_id = $1 ORDER BY start', [id]);
      return Buffer.concat(found.map((row) => row.bytes));
    },
    deleteAttachmentContent: (id) => q.run('DELETE FROM attachment_chunks WHERE attachment_id = $1', [id]),
  };
}
