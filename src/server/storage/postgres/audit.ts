import type { AuditTx } from '../audit.ts';
import { AUDIT_COLUMNS, type AuditListingSql, type AuditSql, type PostgresValues, auditValues, postgresRows } from '../row-codecs.ts';
import { columnNames, unnestArraysFor } from './parameters.ts';
import type { Queries } from './queries.ts';

/** Each column's type for unnest's array casts; the fields go in as JSON text. */
const AUDIT_TYPES = {
  id: 'text', at: 'timestamptz', recorded_at: 'timestamptz', person_id: 'text', user_id: 'text', device_id: 'text',
  action: 'text', table_name: 'text', record_id: 'text', fields: 'jsonb',
} satisfies Record<keyof AuditSql<PostgresValues>, string>;
const AUDIT_COUNT = columnNames(AUDIT_COLUMNS).length;

// One statement for a whole push batch (docs/architecture.md, "Budgets": a 500-mutation push);
// an id sent again (a view whose answer was lost) is the same entry: kept once.
const APPEND = `INSERT INTO audit_entries (${AUDIT_COLUMNS}) SELECT * FROM unnest(${unnestArraysFor(AUDIT_COLUMNS, AUDIT_TYPES)})
  ON CONFLICT (id) DO NOTHING`;

/** The device's name as the user's latest session on it gave it; sessions are few per user. */
const LISTING = `SELECT a.*, u.display_name AS user_name,
    (SELECT s.device_name FROM sessions s
     WHERE s.user_id = a.user_id AND s.device_id = a.device_id AND s.device_name IS NOT NULL
     ORDER BY s.created_at DESC LIMIT 1) AS device_name
  FROM audit_entries a LEFT JOIN users u ON u.id = a.user_id`;
const NEWEST = `${LISTING} WHERE a.person_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`;
const OLDER = `${LISTING} WHERE a.person_id = $1 AND (a.at, a.id) < ($2::timestamptz, $3) ORDER BY a.at DESC, a.id DESC LIMIT $4`;

/** The audit log on PostgreSQL. */
export function postgresAudit(q: Queries): AuditTx {
  return {
    appendAudit: async (entries) => {
      if (entries.length === 0) return;
      const tuples = entries.map(auditValues);
      await q.run(APPEND, Array.from({ length: AUDIT_COUNT }, (_, column) => tuples.map((tuple) => tuple[column])));
    },
    listAudit: async (personId, limit, before) =>
      (
        await q.rows<AuditListingSql<PostgresValues>>(before ? OLDER : NEWEST, before ? [personId, before.at, before.id, limit] : [personId, limit])
      ).map(postgresRows.toAuditListing),
  };
}
