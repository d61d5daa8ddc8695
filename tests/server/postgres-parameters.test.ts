import { describe, expect, it } from 'vitest';
import { columnNames, parametersFor, unnestArraysFor } from '../../src/server/storage/postgres/parameters.ts';
import { RECORD_WRITE_COLUMNS, USER_COLUMNS } from '../../src/server/storage/row-codecs.ts';

// The PostgreSQL statements take a column's cast by its name, so a column list that gains,
// loses or reorders a column cannot send a value under another column's type.
describe('PostgreSQL parameters follow the column list by name', () => {
  it.each<[string, Record<string, string>, string]>([
    ['id, sites, role', { sites: 'jsonb' }, '$1, $2::jsonb, $3'],
    ['sites, id, role', { sites: 'jsonb' }, '$1::jsonb, $2, $3'],
    ['id,role', {}, '$1, $2'],
  ])('%s with %j → %s', (columns, casts, expected) => {
    expect(parametersFor(columns, casts)).toBe(expected);
  });

  it('a cast for a column the list lacks throws, naming it', () => {
    expect(() => parametersFor('id, role', { sites: 'jsonb' })).toThrow(/sites/);
  });

  it("unnest's arrays: every column typed, in the list's order, whatever the table's", () => {
    expect(unnestArraysFor('id, version', { version: 'bigint', id: 'text' })).toBe('$1::text[], $2::bigint[]');
    expect(() => unnestArraysFor('id, version, deleted', { id: 'text', version: 'bigint' })).toThrow(/deleted/);
    expect(() => unnestArraysFor('id', { id: 'text', version: 'bigint' })).toThrow(/version/);
  });

  it('the shipped statements build: the record and user columns have their casts where they are', async () => {
    await expect(import('../../src/server/storage/postgres/records.ts')).resolves.toBeDefined();
    await expect(import('../../src/server/storage/postgres/accounts.ts')).resolves.toBeDefined();
    expect(columnNames(USER_COLUMNS)[5]).toBe('sites');
    expect(parametersFor(USER_COLUMNS, { sites: 'jsonb' })).toBe('$1, $2, $3, $4, $5, $6::jsonb, $7, $8');
    expect(columnNames(RECORD_WRITE_COLUMNS)).toEqual(['table_name', 'id', 'site_id', 'version', 'deleted', 'data', 'field_versions', 'updated_at', 'updated_by']);
  });
});
