import type { MutationResult } from '../../../domain/sync/protocol.ts';
import type { RecordsTx } from '../records.ts';
import { RECORD_COLUMNS, RECORD_UPSERT_SET, RECORD_WRITE_COLUMNS, type RecordSql, type SqliteValues, sqliteRows } from '../row-codecs.ts';
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
      const one = sql('SELECT result FROM mutations WHERE device_id = ? AND seq = ?');
      const results = new Map<number, MutationResult>();
      for (const seq of seqs) {
        const row = one.get(deviceId, seq) as { result: string } | undefined;
        if (row) results.set(seq, JSON.parse(row.result) as MutationResult);
      }
      return results;
    },
    putMutationResults: async (deviceId, results, at) => {
      const put = sql('INSERT INTO mutations (device_id, seq, result, created_at) VALUES (?, ?, ?, ?)');
      for (const result of results) put.run(deviceId, result.seq, JSON.stringify(result), at);
    },
  };
}
