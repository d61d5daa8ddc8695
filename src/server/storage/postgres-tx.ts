import type pg from 'pg';
import type { Role, TableName } from '../../domain/records/index.ts';
import type { MutationResult } from '../../domain/sync/protocol.ts';
import type { RecordRow, SessionListing, SessionRow, StorageTx, UserRow } from './storage.ts';

interface RecordSql {
  table_name: string;
  id: string;
  site_id: string;
  version: string;
  deleted: boolean;
  data: Record<string, unknown>;
  field_versions: RecordRow['fields'];
}

interface UserSql {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  sites: string[];
  created_at: Date;
  disabled: boolean;
}

interface SessionSql {
  id: string;
  token_hash: string;
  user_id: string;
  device_id: string;
  device_name: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

/** The first key of attachment locks; the pair form keeps them apart from the migration lock's single key. */
const ATTACHMENT_LOCK_CLASS = 741_502_914;

const RECORD_COLUMNS = 'table_name, id, site_id, version, deleted, data, field_versions';
const USER_COLUMNS = 'id, username, display_name, password_hash, role, sites, created_at, disabled';
const SESSION_COLUMNS = 'id, token_hash, user_id, device_id, device_name, created_at, last_seen_at, expires_at, revoked_at';

/**
 * Row I/O on one pooled client inside its transaction. Every call is a round trip, so the
 * "many rows" operations are one statement each (unnest of arrays). JSON goes in as text cast
 * to jsonb (pg would turn a JS array into a PostgreSQL array); BIGINT comes back as a string.
 * `beforeCommit` must run before COMMIT: it writes back the version counter.
 */
export function makePostgresTx(client: pg.PoolClient): { tx: StorageTx; beforeCommit: () => Promise<void> } {
  const rows = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> =>
    (await client.query<R>(text, values)).rows;
  const count = async (text: string, values: unknown[]): Promise<number> => Number((await rows<{ n: string }>(text, values))[0]?.n ?? 0);

  // The counter row is locked (FOR UPDATE) at the first version taken and stays locked until
  // commit: that lock is what orders versions by commit. The versions after the first are
  // counted here and written back once, instead of one UPDATE per record.
  let counter: { value: number; stored: number } | null = null;
  const storeCounter = async (): Promise<void> => {
    if (!counter || counter.value === counter.stored) return;
    await client.query("UPDATE meta SET value = $1 WHERE key = 'version_counter'", [String(counter.value)]);
    counter.stored = counter.value;
  };

  const lockCounter = async (): Promise<{ value: number; stored: number }> => {
    if (counter) return counter;
    const [row] = await rows<{ value: string }>("SELECT value FROM meta WHERE key = 'version_counter' FOR UPDATE");
    if (!row) throw new Error('meta.version_counter is missing: the database has not been migrated.');
    counter = { value: Number(row.value), stored: Number(row.value) };
    return counter;
  };

  const tx: StorageTx = {
    getMeta: async (key) => {
      await storeCounter();
      return (await rows<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value;
    },
    setMeta: async (key, value) => {
      await storeCounter();
      await client.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },
    nextVersion: async () => {
      const locked = await lockCounter();
      locked.value += 1;
      return locked.value;
    },
    lockRecords: async () => {
      await lockCounter();
    },

    getRecord: async (table, id) => {
      const [row] = await rows<RecordSql>(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 AND id = $2`, [table, id]);
      return row && toRecord(row);
    },
    getRecords: async (keys) => {
      if (keys.length === 0) return [];
      const found = await rows<RecordSql>(
        `SELECT ${RECORD_COLUMNS} FROM records
         WHERE (table_name, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [keys.map((key) => key.table), keys.map((key) => key.id)],
      );
      return found.map(toRecord);
    },
    putRecords: async (records) => {
      if (records.length === 0) return;
      await client.query(
        `INSERT INTO records (table_name, id, site_id, version, deleted, data, field_versions, updated_at, updated_by)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::boolean[], $6::jsonb[], $7::jsonb[], $8::timestamptz[], $9::text[])
         ON CONFLICT (table_name, id) DO UPDATE SET site_id = excluded.site_id, version = excluded.version,
           deleted = excluded.deleted, data = excluded.data, field_versions = excluded.field_versions,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [
          records.map((row) => row.table),
          records.map((row) => row.id),
          records.map((row) => row.siteId),
          records.map((row) => row.version),
          records.map((row) => row.deleted),
          records.map((row) => JSON.stringify(row.data)),
          records.map((row) => JSON.stringify(row.fields)),
          records.map((row) => String(row.data.updatedAt)),
          records.map((row) => String(row.data.updatedBy)),
        ],
      );
    },
    listRecords: async (table) =>
      (await rows<RecordSql>(`SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 ORDER BY version`, [table])).map(toRecord),
    pullRecords: async ({ after, limit, siteIds }) => {
      const found =
        siteIds === null
          ? await rows<RecordSql>(`SELECT ${RECORD_COLUMNS} FROM records WHERE version > $1 ORDER BY version LIMIT $2`, [after, limit])
          : await rows<RecordSql>(
              `SELECT ${RECORD_COLUMNS} FROM records WHERE version > $1 AND site_id = ANY($2::text[]) ORDER BY version LIMIT $3`,
              [after, siteIds, limit],
            );
      return found.map(toRecord);
    },

    getMutationResults: async (deviceId, seqs) => {
      if (seqs.length === 0) return new Map();
      const found = await rows<{ seq: string; result: MutationResult }>(
        'SELECT seq, result FROM mutations WHERE device_id = $1 AND seq = ANY($2::bigint[])',
        [deviceId, seqs],
      );
      return new Map(found.map((row) => [Number(row.seq), row.result]));
    },
    putMutationResults: async (deviceId, results, at) => {
      if (results.length === 0) return;
      await client.query(
        `INSERT INTO mutations (device_id, seq, result, created_at)
         SELECT $1::text, seq, result, $4::timestamptz FROM unnest($2::bigint[], $3::jsonb[]) AS batch (seq, result)`,
        [deviceId, results.map((result) => result.seq), results.map((result) => JSON.stringify(result)), at],
      );
    },

    getUser: async (id) => {
      const [row] = await rows<UserSql>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
      return row && toUser(row);
    },
    getUserByUsername: async (username) => {
      const [row] = await rows<UserSql>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [username]);
      return row && toUser(row);
    },
    insertUser: async (user) => {
      await client.query(`INSERT INTO users (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`, [
        user.id,
        user.username,
        user.displayName,
        user.passwordHash,
        user.role,
        JSON.stringify(user.siteIds),
        user.createdAt,
        user.disabled,
      ]);
    },
    countUsersWithRole: (role) => count('SELECT COUNT(*) AS n FROM users WHERE role = $1', [role]),

    insertSession: async (s) => {
      await client.query(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        s.id,
        s.tokenHash,
        s.userId,
        s.deviceId,
        s.deviceName,
        s.createdAt,
        s.lastSeenAt,
        s.expiresAt,
        s.revokedAt,
      ]);
    },
    getSession: async (id) => {
      const [row] = await rows<SessionSql>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`, [id]);
      return row && toSession(row);
    },
    getSessionByTokenHash: async (tokenHash) => {
      const [row] = await rows<SessionSql>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = $1`, [tokenHash]);
      return row && toSession(row);
    },
    listSessions: async () => {
      const found = await rows<SessionSql & { username: string; user_display_name: string }>(
        `SELECT s.*, u.username, u.display_name AS user_display_name
         FROM sessions s JOIN users u ON u.id = s.user_id ORDER BY s.last_seen_at DESC`,
      );
      return found.map((row): SessionListing => {
        const { tokenHash: _hidden, ...session } = toSession(row);
        return { ...session, username: row.username, displayName: row.user_display_name };
      });
    },
    touchSession: async (id, at) => {
      await client.query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [at, id]);
    },
    revokeSession: async (id, at) => {
      await client.query('UPDATE sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
    },

    countLoginFailures: (username, since) =>
      count('SELECT COUNT(*) AS n FROM login_failures WHERE username = $1 AND failed_at >= $2', [username, since]),
    recordLoginFailure: async (username, at, forgetBefore) => {
      await client.query('DELETE FROM login_failures WHERE failed_at < $1', [forgetBefore]);
      await client.query('INSERT INTO login_failures (username, failed_at) VALUES ($1, $2)', [username, at]);
    },
    clearLoginFailures: async (username) => {
      await client.query('DELETE FROM login_failures WHERE username = $1', [username]);
    },

    lockAttachment: async (id) => {
      // A transaction-scoped advisory lock: released at COMMIT or ROLLBACK, and needs no row to exist.
      await client.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [ATTACHMENT_LOCK_CLASS, id]);
    },
    attachmentReceived: (id) =>
      count('SELECT COALESCE(SUM(length(bytes)), 0) AS n FROM attachment_chunks WHERE attachment_id = $1', [id]),
    putAttachmentChunk: async (id, start, bytes) => {
      await client.query('INSERT INTO attachment_chunks (attachment_id, start, bytes) VALUES ($1, $2, $3)', [id, start, Buffer.from(bytes)]);
    },
    readAttachment: async (id) => {
      const found = await rows<{ bytes: Buffer }>('SELECT bytes FROM attachment_chunks WHERE attachment_id = $1 ORDER BY start', [id]);
      return Buffer.concat(found.map((row) => row.bytes));
    },
    deleteAttachmentContent: async (id) => {
      await client.query('DELETE FROM attachment_chunks WHERE attachment_id = $1', [id]);
    },
  };
  return { tx, beforeCommit: storeCounter };
}

function toRecord(row: RecordSql): RecordRow {
  return {
    table: row.table_name as TableName,
    id: row.id,
    siteId: row.site_id,
    version: Number(row.version),
    deleted: row.deleted,
    data: row.data,
    fields: row.field_versions,
  };
}

function toUser(row: UserSql): UserRow {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role as Role,
    siteIds: row.sites,
    createdAt: row.created_at.toISOString(),
    disabled: row.disabled,
  };
}

function toSession(row: SessionSql): SessionRow {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    deviceId: row.device_id,
    deviceName: row.device_name,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
