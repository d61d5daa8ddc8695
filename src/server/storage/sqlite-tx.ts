import type Database from 'better-sqlite3';
import type { Role, TableName } from '../../domain/records/index.ts';
import type { MutationResult } from '../../domain/sync/protocol.ts';
import type { RecordRow, SessionListing, SessionRow, StorageTx, UserRow } from './storage.ts';

interface RecordSql {
  table_name: string;
  id: string;
  site_id: string;
  version: number;
  deleted: number;
  data: string;
  field_versions: string;
}

interface UserSql {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  sites: string;
  created_at: string;
  disabled: number;
}

interface SessionSql {
  id: string;
  token_hash: string;
  user_id: string;
  device_id: string;
  device_name: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const RECORD_COLUMNS = 'table_name, id, site_id, version, deleted, data, field_versions';
const USER_COLUMNS = 'id, username, display_name, password_hash, role, sites, created_at, disabled';
const SESSION_COLUMNS = 'id, token_hash, user_id, device_id, device_name, created_at, last_seen_at, expires_at, revoked_at';

/**
 * Row I/O for one better-sqlite3 connection. The calls are synchronous underneath; the caller
 * (SqliteStorage) runs them inside its own BEGIN … COMMIT. Statements are prepared once, and
 * the "many rows" operations simply loop: a statement costs microseconds, not a round trip.
 */
export function makeSqliteTx(db: Database.Database): StorageTx {
  const prepared = new Map<string, Database.Statement>();
  const sql = (text: string): Database.Statement => {
    let statement = prepared.get(text);
    if (!statement) {
      statement = db.prepare(text);
      prepared.set(text, statement);
    }
    return statement;
  };

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

    getRecord: async (table, id) => {
      const row = sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = ? AND id = ?`).get(table, id) as RecordSql | undefined;
      return row && toRecord(row);
    },
    getRecords: async (keys) => {
      const one = sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = ? AND id = ?`);
      return keys.flatMap(({ table, id }) => {
        const row = one.get(table, id) as RecordSql | undefined;
        return row ? [toRecord(row)] : [];
      });
    },
    putRecords: async (rows) => {
      const put = sql(
        `INSERT INTO records (table_name, id, site_id, version, deleted, data, field_versions, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (table_name, id) DO UPDATE SET site_id = excluded.site_id, version = excluded.version,
           deleted = excluded.deleted, data = excluded.data, field_versions = excluded.field_versions,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      );
      for (const row of rows) {
        put.run(
          row.table,
          row.id,
          row.siteId,
          row.version,
          row.deleted ? 1 : 0,
          JSON.stringify(row.data),
          JSON.stringify(row.fields),
          String(row.data.updatedAt),
          String(row.data.updatedBy),
        );
      }
    },
    listRecords: async (table) =>
      (sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = ? ORDER BY version`).all(table) as RecordSql[]).map(toRecord),
    pullRecords: async ({ after, limit, siteIds }) => {
      const rows =
        siteIds === null
          ? sql(`SELECT ${RECORD_COLUMNS} FROM records WHERE version > ? ORDER BY version LIMIT ?`).all(after, limit)
          : sql(
              `SELECT ${RECORD_COLUMNS} FROM records
               WHERE version > ? AND site_id IN (SELECT value FROM json_each(?)) ORDER BY version LIMIT ?`,
            ).all(after, JSON.stringify(siteIds), limit);
      return (rows as RecordSql[]).map(toRecord);
    },

    getMutationResults: async (deviceId, seqs) => {
      const one = sql('SELECT result FROM mutations WHERE device_id = ? AND seq = ?');
      const found = new Map<number, MutationResult>();
      for (const seq of seqs) {
        const row = one.get(deviceId, seq) as { result: string } | undefined;
        if (row) found.set(seq, JSON.parse(row.result) as MutationResult);
      }
      return found;
    },
    putMutationResults: async (deviceId, results, at) => {
      const put = sql('INSERT INTO mutations (device_id, seq, result, created_at) VALUES (?, ?, ?, ?)');
      for (const result of results) put.run(deviceId, result.seq, JSON.stringify(result), at);
    },

    getUser: async (id) => {
      const row = sql(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserSql | undefined;
      return row && toUser(row);
    },
    getUserByUsername: async (username) => {
      const row = sql(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username) as UserSql | undefined;
      return row && toUser(row);
    },
    insertUser: async (user) => {
      sql(`INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        user.id,
        user.username,
        user.displayName,
        user.passwordHash,
        user.role,
        JSON.stringify(user.siteIds),
        user.createdAt,
        user.disabled ? 1 : 0,
      );
    },
    countUsersWithRole: async (role) => (sql('SELECT COUNT(*) AS n FROM users WHERE role = ?').get(role) as { n: number }).n,

    insertSession: async (s) => {
      sql(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        s.id,
        s.tokenHash,
        s.userId,
        s.deviceId,
        s.deviceName,
        s.createdAt,
        s.lastSeenAt,
        s.expiresAt,
        s.revokedAt,
      );
    },
    getSession: async (id) => {
      const row = sql(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`).get(id) as SessionSql | undefined;
      return row && toSession(row);
    },
    getSessionByTokenHash: async (tokenHash) => {
      const row = sql(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`).get(tokenHash) as SessionSql | undefined;
      return row && toSession(row);
    },
    listSessions: async () => {
      const rows = sql(
        `SELECT s.*, u.username, u.display_name AS user_display_name
         FROM sessions s JOIN users u ON u.id = s.user_id ORDER BY s.last_seen_at DESC`,
      ).all() as (SessionSql & { username: string; user_display_name: string })[];
      return rows.map((row): SessionListing => {
        const { tokenHash: _hidden, ...session } = toSession(row);
        return { ...session, username: row.username, displayName: row.user_display_name };
      });
    },
    touchSession: async (id, at) => {
      sql('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at, id);
    },
    revokeSession: async (id, at) => {
      sql('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
    },

    countLoginFailures: async (username, since) =>
      (sql('SELECT COUNT(*) AS n FROM login_failures WHERE username = ? AND failed_at >= ?').get(username, since) as { n: number }).n,
    recordLoginFailure: async (username, at, forgetBefore) => {
      sql('DELETE FROM login_failures WHERE failed_at < ?').run(forgetBefore);
      sql('INSERT INTO login_failures (username, failed_at) VALUES (?, ?)').run(username, at);
    },
    clearLoginFailures: async (username) => {
      sql('DELETE FROM login_failures WHERE username = ?').run(username);
    },

    lockAttachment: async () => {}, // already alone, as for lockRecords
    attachmentReceived: async (id) =>
      (sql('SELECT COALESCE(SUM(length(bytes)), 0) AS n FROM attachment_chunks WHERE attachment_id = ?').get(id) as { n: number }).n,
    putAttachmentChunk: async (id, start, bytes) => {
      sql('INSERT INTO attachment_chunks (attachment_id, start, bytes) VALUES (?, ?, ?)').run(id, start, Buffer.from(bytes));
    },
    readAttachment: async (id) => {
      const rows = sql('SELECT bytes FROM attachment_chunks WHERE attachment_id = ? ORDER BY start').all(id) as { bytes: Buffer }[];
      return Buffer.concat(rows.map((row) => row.bytes));
    },
    deleteAttachmentContent: async (id) => {
      sql('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(id);
    },
  };
}

function toRecord(row: RecordSql): RecordRow {
  return {
    table: row.table_name as TableName,
    id: row.id,
    siteId: row.site_id,
    version: row.version,
    deleted: row.deleted === 1,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fields: JSON.parse(row.field_versions) as RecordRow['fields'],
  };
}

function toUser(row: UserSql): UserRow {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role as Role,
    siteIds: JSON.parse(row.sites) as string[],
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

function toSession(row: SessionSql): SessionRow {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    deviceId: row.device_id,
    deviceName: row.device_name,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
