import type { MutationRecord, RecordsTx } from '../records.ts';
import { MUTATION_COLUMNS, type MutationSql, RECORD_COLUMNS, RECORD_UPSERT_SET, RECORD_WRITE_COLUMNS, type RecordSql, type SqliteValues, sqliteRows } from '../row-codecs.ts';
import { type Statements, found, placeholdersFor } from './statements.ts';

const SELECT_RECORD = `SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = ? AND id = ?`;
const UPSERT_RECORD = `INSERT INTO records (${RECORD_WRITE_COLUMNS}) VALUES (${placeholdersFor(RECORD_WRITE_COLUMNS)})
  ON CONFLICT (table_name, id) DO UPDATE SET ${RECORD_UPSERT_SET}`;

/**
 * Records, the version counter and the mutation log on SQLite. The "many rows" operations simply
 * loop: on one local connection a statement costs microseconds, not a round trip.
 */
export function sqliteRecords(sql: Statements): RecordsTx {
  const read = (rows: unknown[]) => (rows as RecordSql<SqliteValues>[]).map(sqliteRows.toRecord);
  return {
    getMeta: async (key) => (sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value,
    setMeta: async (key, value) => {
      sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
    },
    nextVersion: async () => {
      const row = sql("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'version_counter' RETURNING value").get() as
        | { value: string }
        | undefined;
      if (!row) throw new Error('meta.version_counter is missing: the database has not been migrated.');
      return Number(row.value);
    },
    // Nothing to take: SqliteStorage holds the database's one write lock (BEGIN IMMEDIATE) for the whole transaction.
    lockRecords: async () => {},

    getRecord: async (table, id) => found(sql(SELECT_RECORD).get(table, id), sqliteRows.toRecord),
    getRecords: async (keys) => {
      const one = sql(SELECT_RECORD);
      return keys.flatMap(({ table, id }) => found(one.get(table, id), sqliteRows.toRecord) ?? []);
    },
    putRecords: async (rows) => {
      const put = sql(UPSERT_RECORD);
      for (const row of rows) put.run(...sqliteRows.recordValues(row));
    },
    listRecords: async (table) => read(sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = ? ORDER BY version`).all(table)),
    getHouseholdGrants: async (householdIds) =>
      householdIds.length === 0
        ? []
        : read(
            sql(
              `SELECT ${RECORD_COLUMNS} FROM records
               WHERE table_name = 'grants' AND json_extract(data, '$.householdId') IN (SELECT value FROM json_each(?))`,
            ).all(JSON.stringify(householdIds)),
          ),
    pullRecords: async ({ after, limit, siteIds }) =>
      read(
        siteIds === null
          ? sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE version > ? ORDER BY version LIMIT ?`).all(after, limit)
          : sql(
              `SELECT ${RECORD_COLUMNS} FROM records
               WHERE version > ? AND site_id IN (SELECT value FROM json_each(?)) ORDER BY version LIMIT ?`,
            ).all(after, JSON.stringify(siteIds), limit),
      ),

    getMutationResults: async (deviceId, seqs) => {
      const one = sql(`SELECT ${MUTATION_COLUMNS} FROM mutations WHERE device_id = ? AND seq = ?`);
      const recorded = new Map<number, MutationRecord>();
      for (const seq of seqs) {
        const row = one.get(deviceId, seq) as MutationSql<SqliteValues> | undefined;
        if (row) {
          const { seq: _key, ...mutation } = sqliteRows.toMutation(row);
          recorded.set(seq, mutation);
        }
      }
      return recorded;
    },
    putMutationResults: async (deviceId, records, at) => {
      const put = sql(`INSERT INTO mutations (device_id, ${MUTATION_COLUMNS}, created_at) VALUES (?, ${placeholdersFor(MUTATION_COLUMNS)}, ?)`);
      for (const { result, userId, digest } of records) put.run(deviceId, result.seq, JSON.stringify(result), userId, digest, at);
    },
    maxMutationSeq: async (deviceId) =>
      (sql('SELECT MAX(seq) AS seq FROM mutations WHERE device_id = ?').get(deviceId) as { seq: number | null }).seq ?? 0,
  };
}
