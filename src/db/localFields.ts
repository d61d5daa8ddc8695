import { normaliseCodiceFiscale } from '../domain/codiceFiscale.ts';
import { normalisePhone, type Person } from '../domain/records/person.ts';
import type { RecordOf, TableName } from '../domain/records/index.ts';
import { nameKeys, nameTokens } from '../domain/search/nameKeys.ts';

/**
 * Fields the device derives from a record for its own indexes. They are stored beside the
 * record but never synced: `stripLocalFields` removes them before anything leaves the device.
 */
export interface PersonLocalFields {
  searchKeys: string[];
  phoneKey?: string;
  cfKey?: string;
}

export type LocalRow<T extends TableName> = T extends 'people' ? RecordOf<T> & PersonLocalFields : RecordOf<T>;

const LOCAL_FIELDS = ['searchKeys', 'phoneKey', 'cfKey'] as const;

export function personLocalFields(p: Person): PersonLocalFields {
  const fields: PersonLocalFields = { searchKeys: nameKeys(nameTokens(`${p.firstName} ${p.lastName}`)) };
  if (p.phone) fields.phoneKey = normalisePhone(p.phone).replace(/^\+39/, '');
  if (p.codiceFiscale) fields.cfKey = normaliseCodiceFiscale(p.codiceFiscale);
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
