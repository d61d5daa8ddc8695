import { isTableName } from '../../domain/records/index.ts';
import type { RecordKey } from '../storage/records.ts';

/**
 * Which person a record is about, for the audit log (docs/architecture.md, "Data protection"):
 * a person is her own record; visits, pathways, interventions and mediations name her in
 * `personId`; a grant in `householdId` (the person its household cap is counted on). Other
 * tables (sites, events, settings…) are about no one. An attachment is about its owner's person.
 */
export function personOf(table: string, id: string, data: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (table === 'people') return id;
  if (!data) return undefined;
  if (table === 'visits' || table === 'pathways' || table === 'interventions' || table === 'mediations') return text(data.personId);
  if (table === 'grants') return text(data.householdId);
  return undefined;
}

/** The record an attachment belongs to, read from its fields; undefined when it names no table we keep. */
export function attachmentOwner(data: Readonly<Record<string, unknown>> | undefined): RecordKey | undefined {
  const table = text(data?.ownerTable);
  const id = text(data?.ownerId);
  return table && id && isTableName(table) && table !== 'attachments' ? { table, id } : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
