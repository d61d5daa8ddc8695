import { MAX_PULL_PAGE, pullResponseSchema } from '../domain/sync/protocol.ts';
import { isTableName, type RecordOf, type TableName } from '../domain/records/index.ts';
import type { SportelloDb } from '../db/database.ts';
import { withLocalFields } from '../db/localFields.ts';
import { recordsWithChangesToSend } from '../db/outbox.ts';
import { readMeta, writeMeta } from './syncMeta.ts';
import type { Transport } from './transport.ts';

/**
 * Pulls the server's changes since the stored cursor until caught up. Each page and its new
 * cursor are stored in one transaction, so a tab closed mid-pull resumes where it stopped. A
 * record with local edits still in the outbox is not overwritten: those edits reach the server
 * first, and the record comes back in a later pull with its merged value.
 * Returns how many records were stored.
 */
export async function pullChanges(db: SportelloDb, transport: Transport, pageSize = MAX_PULL_PAGE): Promise<number> {
  let stored = 0;
  for (;;) {
    const cursor = (await readMeta(db, 'cursor', 0));
    const page = await transport.request('GET', `/api/sync/pull?cursor=${cursor}&limit=${pageSize}`, pullResponseSchema);
    if (page.reset) {
      await writeMeta(db, 'cursor', 0);
      continue;
    }
    stored += await storePage(db, page.changes, page.cursor);
    if (!page.hasMore) return stored;
  }
}

async function storePage(db: SportelloDb, changes: { table: string; record: Record<string, unknown> }[], cursor: number): Promise<number> {
  const tables = [...new Set(changes.map((c) => c.table).filter(isTableName))];
  let stored = 0;
  await db.transaction('rw', [db.outbox, db.meta, db.attachmentBlobs, ...tables.map((t) => db[t])], async () => {
    // A refused edit does not hold the record back: the server's version is the one to show,
    // and the refusal stays listed for a person to redo.
    const pending = await recordsWithChangesToSend(db);
    const byTable = new Map<TableName, unknown[]>();
    for (const { table, record } of changes) {
      if (!isTableName(table) || pending.has(`${table}/${String(record.id)}`)) continue;
      const rows = byTable.get(table) ?? [];
      rows.push(withLocalFields(table, record as RecordOf<typeof table>));
      byTable.set(table, rows);
    }
    for (const [table, rows] of byTable) {
      await db.table(table).bulkPut(rows);
      stored += rows.length;
    }
    // A deleted attachment's file leaves this device with its record.
    const deletedFiles = (byTable.get('attachments') ?? []).filter((r) => (r as { deleted: boolean }).deleted).map((r) => (r as { id: string }).id);
    if (deletedFiles.length > 0) await db.attachmentBlobs.bulkDelete(deletedFiles);
    await writeMeta(db, 'cursor', cursor);
  });
  return stored;
}
