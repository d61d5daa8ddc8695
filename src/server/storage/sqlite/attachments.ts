import type { AttachmentsTx } from '../attachments.ts';
import type { Statements } from './statements.ts';

/** Attachment bytes on SQLite, one row per uploaded chunk. */
export function sqliteAttachments(sql: Statements): AttachmentsTx {
  return {
    // Nothing to take: SqliteStorage holds the database's one write lock for the whole transaction.
    lockAttachment: async () => {},
    attachmentReceived: async (id) =>
      (sql('SELECT COALESCE(SUM(length(bytes)), 0) AS n FROM attachment_chunks WHERE attachment_id = ?').get(id) as { n: number }).n,
    putAttachmentChunk: async (id, start, bytes) => {
      sql('INSERT INTO attachment_chunks (attachment_id, start, bytes) VALUES (?, ?, ?)').run(id, start, Buffer.from(bytes));
    },
    readAttachment: async (id) => {
      const rows = sql('SELECT bytes FROM attachment_chunks WHERE attachment_id = ? ORDER BY start').all(id) as { bytes: Buffer }[];
      return Buffer.concat(rows.map((row) => row.bytes));
    },
    deleteAttachmentContent: async (id) => {
      sql('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(id);
    },
  };
}
