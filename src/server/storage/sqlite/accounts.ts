import type { AccountsTx } from '../accounts.ts';
import {
  type LoginFailuresSql,
  SESSION_COLUMNS,
  type SessionListingSql,
  type SqliteValues,
  USER_CHANGE_COLUMNS,
  USER_COLUMNS,
  type UserSql,
  sessionValues,
  sqliteRows,
} from '../row-codecs.ts';
import { type Statements, found, placeholdersFor } from './statements.ts';

const count = (row: unknown): number => (row as { n: number }).n;
const UPDATE_USER = `UPDATE users SET ${USER_CHANGE_COLUMNS.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`;
const SESSIONS_WITH_USER = `SELECT s.*, u.username, u.display_name AS user_display_name FROM sessions s JOIN users u ON u.id = s.user_id`;

/** Users, sessions and login failures on SQLite. */
export function sqliteAccounts(sql: Statements): AccountsTx {
  return {
    getUser: async (id) => found(sql(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id), sqliteRows.toUser),
    getUserByUsername: async (username) => found(sql(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username), sqliteRows.toUser),
    insertUser: async (row) => {
      sql(`INSERT INTO users (${USER_COLUMNS}) VALUES (${placeholdersFor(USER_COLUMNS)})`).run(...sqliteRows.userValues(row));
    },
    setPasswordHash: async (userId, passwordHash) => {
      sql('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
    },
    countUsersWithRole: async (role) => count(sql('SELECT COUNT(*) AS n FROM users WHERE role = ?').get(role)),
    listUsers: async () => (sql(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`).all() as UserSql<SqliteValues>[]).map(sqliteRows.toUser),
    updateUser: async (id, changes) => {
      sql(UPDATE_USER).run(...sqliteRows.userChangeValues(changes), id);
    },

    getDeviceSecretHash: async (deviceId) =>
      (sql('SELECT secret_hash FROM devices WHERE device_id = ?').get(deviceId) as { secret_hash: string } | undefined)?.secret_hash,
    registerDevice: async (deviceId, secretHash, userId, at) => {
      sql('INSERT INTO devices (device_id, secret_hash, registered_by, registered_at) VALUES (?, ?, ?, ?)').run(deviceId, secretHash, userId, at);
    },
    insertSession: async (row) => {
      sql(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (${placeholdersFor(SESSION_COLUMNS)})`).run(...sessionValues(row));
    },
    getSession: async (id) => found(sql(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`).get(id), sqliteRows.toSession),
    getSessionByTokenHash: async (tokenHash) => found(sql(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`).get(tokenHash), sqliteRows.toSession),
    listSessions: async () =>
      (sql(`${SESSIONS_WITH_USER} ORDER BY s.last_seen_at DESC`).all() as SessionListingSql<SqliteValues>[]).map(sqliteRows.toSessionListing),
    touchSession: async (id, at) => {
      sql('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at, id);
    },
    revokeSession: async (id, at) => {
      sql('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
    },
    revokeUserSessions: async (userId, at) => sql('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId).changes,
    listSessionsOfUser: async (userId) =>
      (sql(`${SESSIONS_WITH_USER} WHERE s.user_id = ? ORDER BY s.last_seen_at DESC`).all(userId) as SessionListingSql<SqliteValues>[]).map(
        sqliteRows.toSessionListing,
      ),
    revokeDeviceSessions: async (userId, deviceId, at) => {
      sql('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND device_id = ? AND revoked_at IS NULL').run(at, userId, deviceId);
    },

    // The transaction's BEGIN IMMEDIATE already holds the database's one write lock.
    lockLoginFailures: async (username, since) => {
      const row = sql('SELECT COUNT(*) AS n, MAX(failed_at) AS last_at FROM login_failures WHERE username = ? AND failed_at >= ?').get(username, since);
      return sqliteRows.toLoginFailures(row as LoginFailuresSql<SqliteValues>);
    },
    recordLoginFailure: async (username, at, forgetBefore) => {
      sql('DELETE FROM login_failures WHERE failed_at < ?').run(forgetBefore);
      sql('INSERT INTO login_failures (username, failed_at) VALUES (?, ?)').run(username, at);
    },
    clearLoginFailures: async (username) => {
      sql('DELETE FROM login_failures WHERE username = ?').run(username);
    },
  };
}
