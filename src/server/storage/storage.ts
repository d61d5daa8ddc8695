import type { Role, TableName } from '../../domain/records/index.ts';
import type { StoredRecord } from '../../domain/sync/merge.ts';
import type { MutationResult } from '../../domain/sync/protocol.ts';
import type { MigrationRef } from './migrations.ts';

export type StorageKind = 'sqlite' | 'postgres';

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

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  siteIds: string[];
  createdAt: string;
  disabled: boolean;
}

/** Times are ISO strings in UTC. Only the SHA-256 of the token is ever stored. */
export interface SessionRow {
  id: string;
  tokenHash: string;
  userId: string;
  deviceId: string;
  deviceName: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface SessionListing extends Omit<SessionRow, 'tokenHash'> {
  username: string;
  displayName: string;
}

/**
 * What one database transaction can do. Adapters implement plain row I/O here; the sync rules
 * (conflicts, idempotent retries) are written once on top of it, so both databases behave alike.
 */
export interface StorageTx {
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
  /** Records with version > after, in version order, tombstones included. */
  pullRecords(query: PullQuery): Promise<RecordRow[]>;

  /** The recorded results among `seqs` of one device, by seq. */
  getMutationResults(deviceId: string, seqs: readonly number[]): Promise<Map<number, MutationResult>>;
  /** Records each result under (device, result.seq); a seq already recorded is an error. */
  putMutationResults(deviceId: string, results: readonly MutationResult[], at: string): Promise<void>;

  getUser(id: string): Promise<UserRow | undefined>;
  getUserByUsername(username: string): Promise<UserRow | undefined>;
  insertUser(user: UserRow): Promise<void>;
  countUsersWithRole(role: Role): Promise<number>;

  insertSession(session: SessionRow): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  getSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  /** All sessions with their user's name, most recently seen first. */
  listSessions(): Promise<SessionListing[]>;
  touchSession(id: string, at: string): Promise<void>;
  /** Marks the session revoked at `at`, unless it already was. */
  revokeSession(id: string, at: string): Promise<void>;

  countLoginFailures(username: string, since: string): Promise<number>;
  /** Records a failed login and forgets every failure older than `forgetBefore`. */
  recordLoginFailure(username: string, at: string, forgetBefore: string): Promise<void>;
  clearLoginFailures(username: string): Promise<void>;

  /** Makes transactions that change one attachment's bytes take turns, until this one ends. */
  lockAttachment(id: string): Promise<void>;
  /** How many bytes of the attachment's file the server holds. */
  attachmentReceived(id: string): Promise<number>;
  putAttachmentChunk(id: string, start: number, bytes: Uint8Array): Promise<void>;
  /** The attachment's bytes received so far, in order. */
  readAttachment(id: string): Promise<Uint8Array<ArrayBuffer>>;
  deleteAttachmentContent(id: string): Promise<void>;
}

export interface Storage {
  readonly kind: StorageKind;
  /** Where the data lives, safe to print (never a password). */
  readonly location: string;
  /** Applies the shipped migrations not yet applied; returns those it applied, in order. */
  migrate(): Promise<MigrationRef[]>;
  /** Lists the migrations recorded as applied, in order. */
  appliedMigrations(): Promise<MigrationRef[]>;
  /** Runs `work` in one write transaction: commits if it resolves, rolls back and rethrows if it throws. */
  transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
