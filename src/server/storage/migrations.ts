import { seedDefaultSites } from './seeds.ts';
import type { StorageTx } from './storage.ts';

export interface MigrationRef {
  id: number;
  name: string;
}

export interface Migration extends MigrationRef {
  sqlite: string;
  postgres: string;
  /** Rows to write once, in the migration's own transaction, after its SQL. */
  seed?: (tx: StorageTx) => Promise<void>;
}

/**
 * The shipped schema history. Append only: a deployed migration is never edited or removed,
 * because databases in the field have already applied it.
 */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'initial',
    sqlite: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      INSERT INTO meta (key, value) VALUES ('version_counter', '0');

      CREATE TABLE records (
        table_name TEXT NOT NULL,
        id TEXT NOT NULL,
        site_id TEXT,
        version INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        data TEXT NOT NULL CHECK (json_valid(data)),
        field_versions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(field_versions)),
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (table_name, id)
      );
      CREATE INDEX records_version ON records (version);
      CREATE INDEX records_site_version ON records (site_id, version);

      CREATE TABLE mutations (
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (device_id, seq)
      );

      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        base_value TEXT CHECK (base_value IS NULL OR json_valid(base_value)),
        server_value TEXT CHECK (server_value IS NULL OR json_valid(server_value)),
        client_value TEXT CHECK (client_value IS NULL OR json_valid(client_value)),
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL
      );
      CREATE INDEX conflicts_record ON conflicts (table_name, record_id);
      CREATE INDEX conflicts_status ON conflicts (status, created_at);

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL,
        sites TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sites)),
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT,
        expires_at TEXT NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
      );
      CREATE INDEX sessions_user ON sessions (user_id);
    `,
    postgres: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      INSERT INTO meta (key, value) VALUES ('version_counter', '0');

      CREATE TABLE records (
        table_name TEXT NOT NULL,
        id TEXT NOT NULL,
        site_id TEXT,
        version BIGINT NOT NULL,
        deleted BOOLEAN NOT NULL DEFAULT FALSE,
        data JSONB NOT NULL,
        field_versions JSONB NOT NULL DEFAULT '{}',
        updated_at TIMESTAMPTZ NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (table_name, id)
      );
      CREATE INDEX records_version ON records (version);
      CREATE INDEX records_site_version ON records (site_id, version);

      CREATE TABLE mutations (
        device_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        result JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (device_id, seq)
      );

      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        base_value JSONB,
        server_value JSONB,
        client_value JSONB,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX conflicts_record ON conflicts (table_name, record_id);
      CREATE INDEX conflicts_status ON conflicts (status, created_at);

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL,
        sites JSONB NOT NULL DEFAULT '[]',
        created_at TIMESTAMPTZ NOT NULL,
        disabled BOOLEAN NOT NULL DEFAULT FALSE
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT,
        expires_at TIMESTAMPTZ NOT NULL,
        revoked BOOLEAN NOT NULL DEFAULT FALSE
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
    sqlite: `
      DROP TABLE conflicts;
      DROP TABLE sessions;
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT NOT NULL,
        device_name TEXT,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';

      CREATE TABLE login_failures (
        username TEXT NOT NULL,
        failed_at TEXT NOT NULL
      );
      CREATE INDEX login_failures_username ON login_failures (username, failed_at);
      CREATE INDEX login_failures_at ON login_failures (failed_at);

      CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (attachment_id, start)
      );
    `,
    postgres: `
      DROP TABLE conflicts;
      DROP TABLE sessions;
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT NOT NULL,
        device_name TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        last_seen_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';

      CREATE TABLE login_failures (
        username TEXT NOT NULL,
        failed_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX login_failures_username ON login_failures (username, failed_at);
      CREATE INDEX login_failures_at ON login_failures (failed_at);

      CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL,
        start BIGINT NOT NULL,
        bytes BYTEA NOT NULL,
        PRIMARY KEY (attachment_id, start)
      );
    `,
    seed: seedDefaultSites,
  },
];

export class MigrationHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationHistoryError';
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

export const SCHEMA_MIGRATIONS_SQLITE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;

export const SCHEMA_MIGRATIONS_POSTGRES = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
  )`;
