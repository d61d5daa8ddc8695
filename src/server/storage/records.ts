import type { TableName } from '../../domain/records/index.ts';
import type { StoredRecord } from '../../domain/sync/merge.ts';
import type { MutationResult } from '../../domain/sync/protocol.ts';

/** Per field: the version that last changed it and the device that wrote it (see domain/sync/merge.ts). */
export type FieldVersions = StoredRecord['fields'];

/** One synced record as the server keeps it. */
export interface RecordRow {
  table: TableName;
  id: string;
  siteId: string;
  version: number;
  deleted: boolean;
  /** The whole record, envelope included, exactly as devices receive it. */
  data: Record<string, unknown>;
  fields: FieldVersions;
}

export interface RecordKey {
  table: TableName;
  id: string;
}

export interface PullQuery {
  /** Only records with a version greater than this. */
  after: number;
  limit: number;
  /** The sites the reader may see; null for all. */
  siteIds: readonly string[] | null;
}

/**
 * One pushed mutation's recorded answer, with who pushed it and the digest of its content
 * (src/server/sync/seq-binding.ts): a seq is the same mutation again only when both match.
 * Both are null on rows recorded before migration 3.
 */
export interface MutationRecord {
  result: MutationResult;
  userId: string | null;
  digest: string | null;
}

/**
 * Synced records, the version counter that orders them, meta values, and the results of pushed
 * mutations (so a retried batch gets its first answer again).
 */
export interface RecordsTx {
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Takes the next value of the single global version counter. The counter row stays locked until
   * the transaction ends, so commit order equals version order and a pull never skips a late commit.
   */
  nextVersion(): Promise<number>;
  /**
   * Takes that counter lock now, before the transaction reads what it will decide on: two pushes
   * must not both merge onto the same stored record or both record one retried batch.
   */
  lockRecords(): Promise<void>;

  getRecord(table: TableName, id: string): Promise<RecordRow | undefined>;
  /** The records that exist among `keys`, in any order: one round trip for a whole push batch. */
  getRecords(keys: readonly RecordKey[]): Promise<RecordRow[]>;
  /** Inserts or replaces each record (table, id); each key at most once per call. */
  putRecords(rows: readonly RecordRow[]): Promise<void>;
  /** Every record of a table, tombstones included; for small tables such as sites. */
  listRecords(table: TableName): Promise<RecordRow[]>;
  /**
   * Every grant of these households, on any site, tombstones included: the household cap is
   * counted across the whole network (docs/architecture.md, "A server push"). Grants are few —
   * hundreds a year — so this reads the grants without an index of its own.
   */
  getHouseholdGrants(householdIds: readonly string[]): Promise<RecordRow[]>;
  /** Records with version > after, in version order, tombstones included. */
  pullRecords(query: PullQuery): Promise<RecordRow[]>;

  /** The recorded mutations among `seqs` of one device, by seq. */
  getMutationResults(deviceId: string, seqs: readonly number[]): Promise<Map<number, MutationRecord>>;
  /** Records each under (device, result.seq); a seq already recorded is an error. */
  putMutationResults(deviceId: string, records: readonly MutationRecord[], at: string): Promise<void>;
  /** The highest seq recorded for the device, 0 when none. */
  maxMutationSeq(deviceId: string): Promise<number>;
}
