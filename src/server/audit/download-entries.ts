import type { Attachment } from '../../domain/records/index.ts';
import type { AuditRow } from '../storage/audit.ts';
import type { RecordsTx } from '../storage/records.ts';
import { type AuditActor, auditEntry } from './entry.ts';
import { attachmentOwner, personOf } from './subjects.ts';

/**
 * The 'download' entry of an attachment's file read from the server: about the person its owner
 * record is about (a person's document, a receipt of her grant); none for a file about no one.
 */
export async function downloadEntries(tx: Pick<RecordsTx, 'getRecord'>, reader: AuditActor, attachment: Attachment): Promise<AuditRow[]> {
  const owner = attachmentOwner(attachment);
  if (!owner) return [];
  const row = owner.table === 'people' ? undefined : await tx.getRecord(owner.table, owner.id);
  const personId = personOf(owner.table, owner.id, row?.data);
  const now = new Date();
  return personId
    ? [auditEntry(reader, { personId, action: 'download', table: 'attachments', recordId: attachment.id, at: now.toISOString() }, now)]
    : [];
}
