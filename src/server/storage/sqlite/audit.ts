import type { AuditTx } from '../audit.ts';
import { AUDIT_COLUMNS, type AuditListingSql, type SqliteValues, auditValues, sqliteRows } from '../row-codecs.ts';
import { type Statements, placeholdersFor } from './statements.ts';

// An id sent again (a view whose answer was lost) is the same entry: kept once.
const APPEND = `INSERT INTO audit_entries (${AUDIT_COLUMNS}) VALUES (${placeholdersFor(AUDIT_COLUMNS)}) ON CONFLICT (id) DO NOTHING`;

/** The device's name as the user's latest session on it gave it; sessions are few per user. */
const LISTING = `SELECT a.*, u.display_name AS user_name,
    (SELECT s.device_name FROM sessions s
     WHERE s.user_id = a.user_id AND s.device_id = a.device_id AND s.device_name IS NOT NULL
     ORDER BY s.created_at DESC LIMIT 1) AS device_name
  FROM audit_entries a LEFT JOIN users u ON u.id = a.user_id`;
const NEWEST = `${LISTING} WHERE a.person_id = ? ORDER BY a.at DESC, a.id DESC LIMIT ?`;
const OLDER = `${LISTING} WHERE a.person_id = ? AND (a.at, a.id) < (?, ?) ORDER BY a.at DESC, a.id DESC LIMIT ?`;

/** The audit log on SQLite: a loop of inserts (a statement costs microseconds on one local connection). */
export function sqliteAudit(sql: Statements): AuditTx {
  return {
    appendAudit: async (entries) => {
      const append = sql(APPEND);
      for (const entry of entries) append.run(...auditValues(entry));
    },
    listAudit: async (personId, limit, before) =>
      (
        (before ? sql(OLDER).all(personId, before.at, before.id, limit) : sql(NEWEST).all(personId, limit)) as AuditListingSql<SqliteValues>[]
      ).map(sqliteRows.toAuditListing),
  };
}
