import type { RecordsTx } from '../records.ts';
import {
  MUTATION_COLUMNS, type MutationSql, type PostgresValues, RECORD_COLUMNS, RECORD_UPSERT_SET, RECORD_WRITE_COLUMNS, type RecordSql, postgresRows,
} from '../row-codecs.ts';
import { columnNames, unnestArraysFor } from './parameters.ts';
import type { Queries } from './queries.ts';

/**
 * The type of each of RECORD_WRITE_COLUMNS by name, for unnest's array casts (a column without
 * one throws at load). JSON goes in as text cast to jsonb: pg would turn a JS array into a
 * PostgreSQL array.
 */
const RECORD_WRITE_TYPES = {
  table_name: 'text', id: 'text', site_id: 'text', version: 'bigint', deleted: 'boolean', data: 'jsonb', field_versions: 'jsonb',
  updated_at: 'timestamptz', updated_by: 'text',
} satisfies Record<keyof RecordSql<PostgresValues> | 'updated_at' | 'updated_by', string>;
const RECORD_WRITE_ARRAYS = unnestArraysFor(RECORD_WRITE_COLUMNS, RECORD_WRITE_TYPES);
const RECORD_WRITE_COUNT = columnNames(RECORD_WRITE_COLUMNS).length;

type Row = RecordSql<PostgresValues>;

const MUTATION_TYPES = { seq: 'bigint', result: 'jsonb', user_id: 'text', digest: 'text' } satisfies Record<keyof MutationSql<PostgresValues>, string>;
const MUTATION_ARRAYS = unnestArraysFor(MUTATION_COLUMNS, MUTATION_TYPES);
const MUTATION_COUNT = columnNames(MUTATION_COLUMNS).length;

/**
 * Records, the version counter and the mutation log on PostgreSQL. Every call is a round trip,
 * so the "many rows" operations are one statement each (unnest of arrays); BIGINT comes back
 * as a string. `beforeCommit` must run before COMMIT: it writes back the version counter.
 */
export function postgresRecords(q: Queries): { tx: RecordsTx; beforeCommit: () => Promise<void> } {
  const read = (found: Row[]) => found.map(postgresRows.toRecord);

  // The counter row is locked (FOR UPDATE) at the first version taken and stays locked until
  // commit: that lock is what orders versions by commit. The versions after the first are
  // counted here and written back once, instead of one UPDATE per record.
  let counter: { value: number; stored: number } | null = null;
  const storeCounter = async (): Promise<void> => {
    if (!counter || counter.value === counter.stored) return;
    await q.run("UPDATE meta SET value = $1 WHERE key = 'version_counter'", [String(counter.value)]);
    counter.stored = counter.value;
  };
  const lockCounter = async (): Promise<{ value: number; stored: number }> => {
    if (counter) return counter;
    const [row] = await q.rows<{ value: string }>("SELECT value FROM meta WHERE key = 'version_counter' FOR UPDATE");
    if (!row) throw new Error('meta.version_counter is missing: the database has not been migrated.');
    counter = { value: Number(row.value), stored: Number(row.value) };
    return counter;
  };

  const tx: RecordsTx = {
    getMeta: async (key) => {
      await storeCounter();
      return (await q.rows<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value;
    },
    setMeta: async (key, value) => {
      await storeCounter();
      await q.run('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },
    nextVersion: async () => {
      const locked = await lockCounter();
      locked.value += 1;
      return locked.value;
    },
    lockRecords: async () => {
      await lockCounter();
    },

    getRecord: async (table, id) =>
      read(await q.rows<Row>(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 AND id = $2`, [table, id]))[0],
    getRecords: async (keys) => {
      if (keys.length === 0) return [];
      const found = await q.rows<Row>(
        `SELECT ${RECORD_COLUMNS} FROM records
         WHERE (table_name, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [keys.map((key) => key.table), keys.map((key) => key.id)],
      );
      return read(found);
    },
    getHouseholdGrants: async (householdIds) =>
      householdIds.length === 0
        ? []
        : read(
            await q.rows<Row>(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = 'grants' AND data->>'householdId' = ANY($1::text[])`, [
              [...householdIds],
            ]),
          ),
    putRecords: async (records) => {
      if (records.length === 0) return;
      const tuples = records.map(postgresRows.recordValues);
      await q.run(
        `INSERT INTO records (${RECORD_WRITE_COLUMNS}) SELECT * FROM unnest(${RECORD_WRITE_ARRAYS})
         ON CONFLICT (table_name, id) DO UPDATE SET ${RECORD_UPSERT_SET}`,
        Array.from({ length: RECORD_WRITE_COUNT }, (_, column) => tuples.map((tuple) => tuple[column])),
      );
    },
    listRecords: async (table) => read(await q.rows<Row>(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 ORDER BY version`, [table])),
    pullRecords: async ({ after, limit, siteIds }) =>
      read(
        siteIds === null
          ? await q.rows<Row>(`SELECT ${RECORD_COLUMNS} FROM records WHERE version > $1 ORDER BY version LIMIT $2`, [after, limit])
          : await q.rows<Row>(`SELECT ${RECORD_COLUMNS} FROM records WHERE version > $1 AND site_id = ANY($2::text[]) ORDER BY version LIMIT $3`, [
              after,
              siteIds,
              limit,
            ]),
      ),

    getMutationResults: async (deviceId, seqs) => {
      if (seqs.length === 0) return new Map();
      const found = await q.rows<MutationSql<PostgresValues>>(
        `SELECT ${MUTATION_COLUMNS} FROM mutations WHERE device_id = $1 AND seq = ANY($2::bigint[])`,
        [deviceId, seqs],
      );
      return new Map(
        found.map((row) => {
          const { seq, ...mutation } = postgresRows.toMutation(row);
          return [seq, mutation];
        }),
      );
    },
    putMutationResults: async (deviceId, records, at) => {
      if (records.length === 0) return;
      await q.run(
        `INSERT INTO mutations (device_id, ${MUTATION_COLUMNS}, created_at)
         SELECT $${MUTATION_COUNT + 1}::text, ${MUTATION_COLUMNS}, $${MUTATION_COUNT + 2}::timestamptz
         FROM unnest(${MUTATION_ARRAYS}) AS batch (${MUTATION_COLUMNS})`,
        [
          // In MUTATION_COLUMNS order.
          records.map(({ result }) => result.seq),
          records.map(({ result }) => JSON.stringify(result)),
          records.map(({ userId }) => userId),
          records.map(({ digest }) => digest),
          deviceId,
          at,
        ],
      );
    },
    maxMutationSeq: async (deviceId) => {
      const [row] = await q.rows<{ seq: string | null }>('SELECT MAX(seq) AS seq FROM mutations WHERE device_id = $1', [deviceId]);
      return Number(row?.seq ?? 0);
    },
  };
  return { tx, beforeCommit: storeCounter };
}
