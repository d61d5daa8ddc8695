import type { AccountsTx } from '../accounts.ts';
import {
  type LoginFailuresSql,
  type PostgresValues,
  SESSION_COLUMNS,
  type SessionListingSql,
  type SessionSql,
  USER_CHANGE_COLUMNS,
  USER_COLUMNS,
  type UserSql,
  postgresRows,
  sessionValues,
} from '../row-codecs.ts';
import { parametersFor } from './parameters.ts';
import type { Queries } from './queries.ts';

// sites goes in as JSON text, cast: pg would turn a JS array into a PostgreSQL array.
const USER_CASTS = { sites: 'jsonb' } satisfies Partial<Record<keyof UserSql<PostgresValues>, string>>;
const INSERT_USER = `INSERT INTO users (${USER_COLUMNS}) VALUES (${parametersFor(USER_COLUMNS, USER_CASTS)})`;
const INSERT_SESSION = `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (${parametersFor(SESSION_COLUMNS, {})})`;
// A transaction-scoped advisory lock per username; the first key keeps it apart from other locks.
const LOGIN_LOCK_SPACE = 741_502_914;
const CHANGE_PARAMETERS = parametersFor(USER_CHANGE_COLUMNS.join(', '), USER_CASTS).split(', ');
const UPDATE_USER = `UPDATE users SET ${USER_CHANGE_COLUMNS.map((column, i) => `${column} = ${CHANGE_PARAMETERS[i]}`).join(', ')}
  WHERE id = $${USER_CHANGE_COLUMNS.length + 1}`;
const SESSIONS_WITH_USER = `SELECT s.*, u.username, u.display_name AS user_display_name FROM sessions s JOIN users u ON u.id = s.user_id`;

/** Users, sessions and login failures on PostgreSQL. */
export function postgresAccounts(q: Queries): AccountsTx {
  const user = async (where: 'id' | 'username', value: string) => {
    const [row] = await q.rows<UserSql<PostgresValues>>(`SELECT ${USER_COLUMNS} FROM users WHERE ${where} = $1`, [value]);
    return row && postgresRows.toUser(row);
  };
  const session = async (where: 'id' | 'token_hash', value: string) => {
    const [row] = await q.rows<SessionSql<PostgresValues>>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE ${where} = $1`, [value]);
    return row && postgresRows.toSession(row);
  };
  return {
    getUser: (id) => user('id', id),
    getUserByUsername: (username) => user('username', username),
    insertUser: (row) => q.run(INSERT_USER, postgresRows.userValues(row)),
    setPasswordHash: (userId, passwordHash) => q.run('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]),
    countUsersWithRole: (role) => q.count('SELECT COUNT(*) AS n FROM users WHERE role = $1', [role]),
    listUsers: async () => (await q.rows<UserSql<PostgresValues>>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`)).map(postgresRows.toUser),
    updateUser: (id, changes) => q.run(UPDATE_USER, [...postgresRows.userChangeValues(changes), id]),

    getDeviceSecretHash: async (deviceId) =>
      (await q.rows<{ secret_hash: string }>('SELECT secret_hash FROM devices WHERE device_id = $1', [deviceId]))[0]?.secret_hash,
    registerDevice: (deviceId, secretHash, userId, at) =>
      q.run('INSERT INTO devices (device_id, secret_hash, registered_by, registered_at) VALUES ($1, $2, $3, $4)', [deviceId, secretHash, userId, at]),
    insertSession: (row) => q.run(INSERT_SESSION, sessionValues(row)),
    getSession: (id) => session('id', id),
    getSessionByTokenHash: (tokenHash) => session('token_hash', tokenHash),
    listSessions: async () =>
      (await q.rows<SessionListingSql<PostgresValues>>(`${SESSIONS_WITH_USER} ORDER BY s.last_seen_at DESC`)).map(postgresRows.toSessionListing),
    touchSession: (id, at) => q.run('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [at, id]),
    revokeSession: (id, at) => q.run('UPDATE sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]),
    revokeUserSessions: async (userId, at) =>
      (await q.rows('UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL RETURNING id', [at, userId])).length,
    listSessionsOfUser: async (userId) =>
      (await q.rows<SessionListingSql<PostgresValues>>(`${SESSIONS_WITH_USER} WHERE s.user_id = $1 ORDER BY s.last_seen_at DESC`, [userId])).map(
        postgresRows.toSessionListing,
      ),
    revokeDeviceSessions: (userId, deviceId, at) =>
      q.run('UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND device_id = $3 AND revoked_at IS NULL', [at, userId, deviceId]),

    lockLoginFailures: async (username, since) => {
      await q.run('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOGIN_LOCK_SPACE, username]);
      const [row] = await q.rows<LoginFailuresSql<PostgresValues>>(
        'SELECT COUNT(*) AS n, MAX(failed_at) AS last_at FROM login_failures WHERE username = $1 AND failed_at >= $2',
        [username, since],
      );
      return postgresRows.toLoginFailures(row ?? { n: 0, last_at: null });
    },
    recordLoginFailure: async (username, at, forgetBefore) => {
      await q.run('DELETE FROM login_failures WHERE failed_at < $1', [forgetBefore]);
      await q.run('INSERT INTO login_failures (username, failed_at) VALUES ($1, $2)', [username, at]);
    },
    clearLoginFailures: (username) => q.run('DELETE FROM login_failures WHERE username = $1', [username]),
  };
}
