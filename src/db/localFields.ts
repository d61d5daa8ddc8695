import type { Person } from '../domain/records/person.ts';
import type { RecordOf, TableName } from '../domain/records/index.ts';
import { codiceFiscaleKey, phoneKeys } from '../domain/search/contactKeys.ts';
import { nameKeys, nameTokens } from '../domain/search/nameKeys.ts';

/**
 * Fields the device derives from a record for its own indexes. They are stored beside the
 * record but never synced: `stripLocalFields` removes them before anything leaves the device.
 */
export interface PersonLocalFields {
  searchKeys: string[];
  /** Every spelling of her number the search looks up (src/domain/search/contactKeys.ts). */
  phoneKeys?: string[];
  cfKey?: string;
}

export type LocalRow<T extends TableName> = T extends 'people' ? RecordOf<T> & PersonLocalFields : RecordOf<T>;

const LOCAL_FIELDS: ReadonlySet<string> = new Set(['searchKeys', 'phoneKeys', 'cfKey'] satisfies (keyof PersonLocalFields)[]);

export function isLocalField(field: string): boolean {
  return LOCAL_FIELDS.has(field);
}

export function personLocalFields(p: Person): PersonLocalFields {
  const fields: PersonLocalFields = { searchKeys: nameKeys(nameTokens(`${p.firstName} ${p.lastName}`)) };
  const phone = p.phone ? phoneKeys(p.phone) : [];
  if (phone.length > 0) fields.phoneKeys = phone;
  if (p.codiceFiscale) fields.cfKey = codiceFiscaleKey(p.codiceFiscale);
  return fields;
}

export function withLocalFields<T extends TableName>(table: T, record: RecordOf<T>): LocalRow<T> {
  // A tombstone holds no name or number to index (domain/records/tombstone.ts).
  if (table === 'people' && record.deleted !== true) return { ...record, ...personLocalFields(record as Person) } as LocalRow<T>;
  return record as LocalRow<T>;
}

export function stripLocalFields<T extends TableName>(row: LocalRow<T>): RecordOf<T> {
  const record: Record<string, unknown> = { ...row };
  for (const field of LOCAL_FIELDS) delete record[field];
  return record as RecordOf<T>;
}
