import type { Role, TableName } from '../../domain/records/index.ts';
import type { LoginFailures, SessionListing, SessionRow, UserChanges, UserRow } from './accounts.ts';
import type { AuditAction } from '../../domain/sync/audit.ts';
import type { MutationResult } from '../../domain/sync/protocol.ts';
import type { AuditListing, AuditRow } from './audit.ts';
import type { MutationRecord, RecordRow } from './records.ts';

/**
 * The row codecs of both adapters: the tables' rows as the drivers return them, their column
 * lists, and the mappers between rows and the records the rest of the server sees. The SQL
 * around them stays in each dialect's own modules (sqlite/*, postgres/*).
 */

/** The JS values a driver hands back for the column kinds whose types differ between dialects. */
export interface DriverValues {
  flag: unknown;
  json: unknown;
  time: unknown;
  bigint: unknown;
}

/** better-sqlite3: flags are 0/1, JSON and times are text. */
export interface SqliteValues extends DriverValues {
  flag: number;
  json: string;
  time: string;
  bigint: number;
}

/** pg: JSONB comes parsed, TIMESTAMPTZ as a Date, BIGINT as a string (it may exceed 2^53). */
export interface PostgresValues extends DriverValues {
  flag: boolean;
  json: unknown;
  time: Date;
  bigint: string;
}

export interface RecordSql<V extends DriverValues> {
  table_name: string;
  id: string;
  site_id: string;
  version: V['bigint'];
  deleted: V['flag'];
  data: V['json'];
  field_versions: V['json'];
}

export interface UserSql<V extends DriverValues> {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  sites: V['json'];
  created_at: V['time'];
  disabled: V['flag'];
}

export interface SessionSql<V extends DriverValues> {
  id: string;
  token_hash: string;
  user_id: string;
  device_id: string;
  device_name: string | null;
  created_at: V['time'];
  last_seen_at: V['time'];
  expires_at: V['time'];
  revoked_at: V['time'] | null;
}

/** A pushed mutation's row, without its key's device id. */
export interface MutationSql<V extends DriverValues> {
  seq: V['bigint'];
  result: V['json'];
  user_id: string | null;
  digest: string | null;
}

/** `SELECT COUNT(*) AS n, MAX(failed_at) AS last_at FROM login_failures …`; pg counts in a string. */
export interface LoginFailuresSql<V extends DriverValues> {
  n: number | string;
  last_at: V['time'] | null;
}

export interface AuditSql<V extends DriverValues> {
  id: string;
  at: V['time'];
  recorded_at: V['time'];
  person_id: string;
  user_id: string;
  device_id: string;
  action: string;
  table_name: string;
  record_id: string;
  fields: V['json'];
}

/** An audit entry with its user's display name and its device's name, as the log list reads it. */
export type AuditListingSql<V extends DriverValues> = AuditSql<V> & { user_name: string | null; device_name: string | null };

/** A session joined with its user, as the session list reads it. */
export type SessionListingSql<V extends DriverValues> = SessionSql<V> & { username: string; user_display_name: string };

const columns = <Row>(names: readonly (keyof Row & string)[]): string => names.join(', ');

/** The columns a record is read with, in RecordSql order. */
export const RECORD_COLUMNS = columns<RecordSql<DriverValues>>(['table_name', 'id', 'site_id', 'version', 'deleted', 'data', 'field_versions']);
/** The columns a record is written with: the read ones, then two copied out of its envelope. */
export const RECORD_WRITE_COLUMNS = `${RECORD_COLUMNS}, updated_at, updated_by`;
/** What an upsert of a record replaces: every written column but the key (both dialects name the new row `excluded`). */
export const RECORD_UPSERT_SET = RECORD_WRITE_COLUMNS.split(', ')
  .filter((column) => column !== 'table_name' && column !== 'id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');
export const MUTATION_COLUMNS = columns<MutationSql<DriverValues>>(['seq', 'result', 'user_id', 'digest']);
export const USER_COLUMNS = columns<UserSql<DriverValues>>(['id', 'username', 'display_name', 'password_hash', 'role', 'sites', 'created_at', 'disabled']);
/** The columns an administrator's edit sets, in `userChangeValues` order. */
export const USER_CHANGE_COLUMNS = ['display_name', 'role', 'sites', 'disabled'] as const satisfies readonly (keyof UserSql<DriverValues>)[];
export const SESSION_COLUMNS = columns<SessionSql<DriverValues>>([
  'id',
  'token_hash',
  'user_id',
  'device_id',
  'device_name',
  'created_at',
  'last_seen_at',
  'expires_at',
  'revoked_at',
]);

export const AUDIT_COLUMNS = columns<AuditSql<DriverValues>>([
  'id', 'at', 'recorded_at', 'person_id', 'user_id', 'device_id', 'action', 'table_name', 'record_id', 'fields',
]);

/** How one driver's values become the plain values of the records, and a flag goes back in. */
export interface DriverCodec<V extends DriverValues> {
  flag(value: V['flag']): boolean;
  writeFlag(value: boolean): V['flag'];
  json(value: V['json']): unknown;
  time(value: V['time']): string;
  bigint(value: V['bigint']): number;
}

export const sqliteDriver: DriverCodec<SqliteValues> = {
  flag: (value) => value === 1,
  writeFlag: (value) => (value ? 1 : 0),
  json: (value) => JSON.parse(value),
  time: (value) => value,
  bigint: (value) => value,
};

export const postgresDriver: DriverCodec<PostgresValues> = {
  flag: (value) => value,
  writeFlag: (value) => value,
  json: (value) => value,
  time: (value) => value.toISOString(),
  bigint: (value) => Number(value),
};

export interface RowCodecs<V extends DriverValues> {
  toRecord(row: RecordSql<V>): RecordRow;
  toMutation(row: MutationSql<V>): MutationRecord & { seq: number };
  /** A record's values in RECORD_WRITE_COLUMNS order; JSON as text (pg casts it to jsonb). */
  recordValues(row: RecordRow): unknown[];
  toUser(row: UserSql<V>): UserRow;
  /** A user's values in USER_COLUMNS order. */
  userValues(user: UserRow): unknown[];
  /** An edit's values in USER_CHANGE_COLUMNS order; the sites as JSON text. */
  userChangeValues(changes: UserChanges): unknown[];
  toSession(row: SessionSql<V>): SessionRow;
  /** The session without its token hash, with its user's names. */
  toSessionListing(row: SessionListingSql<V>): SessionListing;
  toLoginFailures(row: LoginFailuresSql<V>): LoginFailures;
  toAuditListing(row: AuditListingSql<V>): AuditListing;
}

export function rowCodecs<V extends DriverValues>(driver: DriverCodec<V>): RowCodecs<V> {
  const toSession = (row: SessionSql<V>): SessionRow => ({
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    deviceId: row.device_id,
    deviceName: row.device_name,
    createdAt: driver.time(row.created_at),
    lastSeenAt: driver.time(row.last_seen_at),
    expiresAt: driver.time(row.expires_at),
    revokedAt: row.revoked_at === null ? null : driver.time(row.revoked_at),
  });
  return {
    toRecord: (row) => ({
      table: row.table_name as TableName,
      id: row.id,
      siteId: row.site_id,
      version: driver.bigint(row.version),
      deleted: driver.flag(row.deleted),
      data: driver.json(row.data) as RecordRow['data'],
      fields: driver.json(row.field_versions) as RecordRow['fields'],
    }),
    toMutation: (row) => ({
      seq: driver.bigint(row.seq),
      result: driver.json(row.result) as MutationResult,
      userId: row.user_id,
      digest: row.digest,
    }),
    recordValues: (row) => [
      row.table,
      row.id,
      row.siteId,
      row.version,
      driver.writeFlag(row.deleted),
      JSON.stringify(row.data),
      JSON.stringify(row.fields),
      String(row.data.updatedAt),
      String(row.data.updatedBy),
    ],
    toUser: (row) => ({
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      role: row.role as Role,
      siteIds: driver.json(row.sites) as string[],
      createdAt: driver.time(row.created_at),
      disabled: driver.flag(row.disabled),
    }),
    userValues: (user) => [
      user.id,
      user.username,
      user.displayName,
      user.passwordHash,
      user.role,
      JSON.stringify(user.siteIds),
      user.createdAt,
      driver.writeFlag(user.disabled),
    ],
    userChangeValues: (changes) => [changes.displayName, changes.role, JSON.stringify(changes.siteIds), driver.writeFlag(changes.disabled)],
    toSession,
    toSessionListing: (row) => {
      const { tokenHash: _hidden, ...session } = toSession(row);
      return { ...session, username: row.username, displayName: row.user_display_name };
    },
    toLoginFailures: (row) => ({ count: Number(row.n), lastAt: row.last_at === null ? null : driver.time(row.last_at) }),
    toAuditListing: (row) => ({
      id: row.id,
      at: driver.time(row.at),
      recordedAt: driver.time(row.recorded_at),
      personId: row.person_id,
      userId: row.user_id,
      deviceId: row.device_id,
      action: row.action as AuditAction,
      table: row.table_name,
      recordId: row.record_id,
      fields: driver.json(row.fields) as string[],
      userName: row.user_name,
      deviceName: row.device_name,
    }),
  };
}

/** An entry's values in AUDIT_COLUMNS order; the fields as JSON text (pg casts it to jsonb). */
export function auditValues(entry: AuditRow): unknown[] {
  return [
    entry.id,
    entry.at,
    entry.recordedAt,
    entry.personId,
    entry.userId,
    entry.deviceId,
    entry.action,
    entry.table,
    entry.recordId,
    JSON.stringify(entry.fields),
  ];
}

/** A session's values in SESSION_COLUMNS order; the same text and nulls in both dialects. */
export function sessionValues(session: SessionRow): unknown[] {
  return [
    session.id,
    session.tokenHash,
    session.userId,
    session.deviceId,
    session.deviceName,
    session.createdAt,
    session.lastSeenAt,
    session.expiresAt,
    session.revokedAt,
  ];
}

export const sqliteRows = rowCodecs(sqliteDriver);
export const postgresRows = rowCodecs(postgresDriver);
