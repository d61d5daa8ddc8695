import type { RecordsTx } from './records.ts';
import type { SchemaDialect } from './schema-dialect.ts';
import { seedDefaultSites } from './seeds.ts';

export interface MigrationRef {
  id: number;
  name: string;
}

export interface Migration extends MigrationRef {
  /** The migration's SQL in one dialect: written once, with the column types that differ taken from `t`. */
  sql(t: SchemaDialect): string;
  /** Rows to write once, in the migration's own transaction, after its SQL. */
  seed?: (tx: RecordsTx) => Promise<void>;
}

/**
 * The shipped schema history. Append only: a deployed migration's SQL never changes and it is
 * never removed, because databases in the field have already applied it
 * (tests/server/storage-migrations.test.ts pins each one's SQL).
 */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'initial',
    sql: (t) => `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      INSERT INTO meta (key, value) VALUES ('version_counter', '0');

      CREATE TABLE records (
        table_name TEXT NOT NULL,
        id TEXT NOT NULL,
        site_id TEXT,
        version ${t.bigint} NOT NULL,
        ${t.flag('deleted')},
        ${t.json('data')},
        ${t.json('field_versions', "'{}'")},
        updated_at ${t.time} NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (table_name, id)
      );
      CREATE INDEX records_version ON records (version);
      CREATE INDEX records_site_version ON records (site_id, version);

      CREATE TABLE mutations (
        device_id TEXT NOT NULL,
        seq ${t.bigint} NOT NULL,
        ${t.json('result')},
        created_at ${t.time} NOT NULL,
        PRIMARY KEY (device_id, seq)
      );

      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        ${t.jsonOrNull('base_value')},
        ${t.jsonOrNull('server_value')},
        ${t.jsonOrNull('client_value')},
        status TEXT NOT NULL DEFAULT 'open',
        created_at ${t.time} NOT NULL
      );
      CREATE INDEX conflicts_record ON conflicts (table_name, record_id);
      CREATE INDEX conflicts_status ON conflicts (status, created_at);

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL,
        ${t.json('sites', "'[]'")},
        created_at ${t.time} NOT NULL,
        ${t.flag('disabled')}
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT,
        expires_at ${t.time} NOT NULL,
        ${t.flag('revoked')}
      );
      CREATE INDEX sessions_user ON sessions (user_id);
    `,
  },
  {
    id: 2,
    name: 'accounts_sessions_attachments',
    // Conflicts are synced records (records.table_name = 'conflicts'), so their own table goes.
    // Sessions are recreated: they need a public id, the device, and times; dropping them only
    // means logging in again.
    sql: (t) => `
      DROP TABLE conflicts;
      DROP TABLE sessions;
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT NOT NULL,
        device_name TEXT,
        created_at ${t.time} NOT NULL,
        last_seen_at ${t.time} NOT NULL,
        expires_at ${t.time} NOT NULL,
        revoked_at ${t.time}
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';

      CREATE TABLE login_failures (
        username TEXT NOT NULL,
        failed_at ${t.time} NOT NULL
      );
      CREATE INDEX login_failures_username ON login_failures (username, failed_at);
      CREATE INDEX login_failures_at ON login_failures (failed_at);

      CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL,
        start ${t.bigint} NOT NULL,
        bytes ${t.bytes} NOT NULL,
        PRIMARY KEY (attachment_id, start)
      );
    `,
    seed: seedDefaultSites,
  },
  {
    id: 3,
    name: 'mutation_pushers',
    // Who pushed each mutation and a digest of its content, so that a seq is answered from the
    // log only for the same mutation again (src/server/sync/seq-binding.ts). Older rows keep
    // NULL and their old behaviour.
    sql: () => `
      ALTER TABLE mutations ADD COLUMN user_id TEXT;
      ALTER TABLE mutations ADD COLUMN digest TEXT;
    `,
  },
  {
    id: 4,
    name: 'device_secrets',
    // A device id is bound to the secret of the tablet that first logged in with it, so another
    // account cannot log in under it (src/server/auth/devices.ts).
    sql: (t) => `
      CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        registered_by TEXT NOT NULL REFERENCES users (id),
        registered_at ${t.time} NOT NULL
      );
    `,
  },
  {
    id: 5,
    name: 'audit_log',
    // Who viewed and changed which person's record (src/server/storage/audit.ts): append only,
    // read one person at a time, newest first — hence the index. Field names only, no values.
    sql: (t) => `
      CREATE TABLE audit_entries (
        id TEXT PRIMARY KEY,
        at ${t.time} NOT NULL,
        recorded_at ${t.time} NOT NULL,
        person_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        action TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        ${t.json('fields', "'[]'")}
      );
      CREATE INDEX audit_entries_person_at ON audit_entries (person_id, at, id);
    `,
  },
];

export class MigrationHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationHistoryError';
  }
}

/** A migration that failed: its transaction was rolled back, so the database is as it was before it. */
export class MigrationError extends Error {
  constructor(migration: MigrationRef, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migration.id} "${migration.name}" failed and was rolled back, so the database is as it was before it: ${reason}`, { cause });
    this.name = 'MigrationError';
  }
}

/** Runs one migration's work, naming the migration in any error it throws. */
export async function runMigrationStep<T>(migration: MigrationRef, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new MigrationError(migration, error);
  }
}

/**
 * Returns the shipped migrations still to apply. The applied ones must be exactly the first
 * shipped ones: anything else means a newer Sportello (or a hand edit) changed this database,
 * and writing to it with this version could corrupt it.
 */
export function pendingMigrations(applied: readonly MigrationRef[], shipped: readonly Migration[] = migrations): Migration[] {
  applied.forEach((done, index) => {
    const expected = shipped[index];
    if (!expected) {
      throw new MigrationHistoryError(
        `The database has migration ${done.id} "${done.name}", which this version of Sportello does not know ` +
          `(it knows up to ${shipped.length}). It was probably upgraded by a newer Sportello: run that version, or restore a backup.`,
      );
    }
    if (expected.id !== done.id || expected.name !== done.name) {
      throw new MigrationHistoryError(
        `The database's migration history does not match this version of Sportello: applied migration ${done.id} "${done.name}" ` +
          `where migration ${expected.id} "${expected.name}" was expected. Refusing to start; restore a backup or use the matching version.`,
      );
    }
  });
  return shipped.slice(applied.length);
}

/** The table of applied migrations; created before anything else, if missing. */
export const schemaMigrationsTable = (t: SchemaDialect): string => `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at ${t.time} NOT NULL
  )`;
