import { recordSchemas, SERVER_OWNED_FIELDS, type RecordOf, type TableName } from '../../domain/records/index.ts';
import { sameValue } from '../../domain/equality.ts';
import { formatIssues } from '../../domain/validation.ts';
import type { FieldVersions, RecordRow, RecordsTx } from '../storage/records.ts';

/** Where a server-made record goes: straight into the transaction, or into a push batch's buffer. */
export type RecordWriter = Pick<RecordsTx, 'nextVersion' | 'putRecords'>;

/** The writer named in field versions of records the server itself makes (sites, accounts). */
export const SERVER_WRITER = 'server';

/** Marks each named field as last changed at `version` by `writer` (server-owned fields carry no version). */
export function stampFields(fields: FieldVersions, names: Iterable<string>, version: number, writer: string): FieldVersions {
  const stamped = { ...fields };
  for (const name of names) if (!SERVER_OWNED_FIELDS.has(name)) stamped[name] = { v: version, d: writer };
  return stamped;
}

/**
 * Writes a new record the server authors (a default site, an operator's card, a conflict) with
 * the next version. It is validated like a device's record: a server bug must not put a record
 * on the devices that their own schema refuses.
 */
export async function writeServerRecord<T extends TableName>(
  tx: RecordWriter,
  table: T,
  record: Omit<RecordOf<T>, 'version'>,
  writer: string = SERVER_WRITER,
): Promise<RecordOf<T>> {
  const version = await tx.nextVersion();
  const parsed = recordSchemas[table].safeParse({ ...record, version });
  if (!parsed.success) throw new Error(`The server made an invalid ${table} record: ${formatIssues(parsed.error.issues)}`);
  const data = parsed.data as RecordOf<T>;
  await tx.putRecords([
    {
      table,
      id: data.id,
      siteId: data.siteId,
      version,
      deleted: data.deleted,
      data: data as Record<string, unknown>,
      fields: stampFields({}, Object.keys(data), version, writer),
    },
  ]);
  return data;
}

/**
 * Changes a record the server authors (an operator's card after an account edit): only the
 * fields that differ take the new version, as a device's edit would, so devices pull the change
 * like any other. Returns false, writing nothing, when nothing differs.
 */
export async function updateServerRecord<T extends TableName>(
  tx: RecordWriter & Pick<RecordsTx, 'getRecord'>,
  current: RecordRow & { table: T },
  changes: Partial<Omit<RecordOf<T>, 'version' | 'updatedAt' | 'updatedBy'>>,
  author: { updatedBy: string; at: string },
): Promise<boolean> {
  const changed = Object.entries(changes).filter(([name, value]) => value !== undefined && !sameValue(current.data[name], value));
  if (changed.length === 0) return false;
  const version = await tx.nextVersion();
  const next = { ...current.data, ...Object.fromEntries(changed), version, updatedAt: author.at, updatedBy: author.updatedBy };
  const parsed = recordSchemas[current.table].safeParse(next);
  if (!parsed.success) throw new Error(`The server made an invalid ${current.table} record: ${formatIssues(parsed.error.issues)}`);
  const data = parsed.data as Record<string, unknown>;
  await tx.putRecords([
    {
      table: current.table,
      id: current.id,
      siteId: String(data.siteId),
      version,
      deleted: Boolean(data.deleted),
      data,
      fields: stampFields(current.fields, changed.map(([name]) => name), version, SERVER_WRITER),
    },
  ]);
  return true;
}
