import type { StorageKind } from './storage.ts';

/**
 * What differs between SQLite's and PostgreSQL's schema SQL, so that a migration is written
 * once: the column types. Everything else (TEXT, keys, indexes, defaults) is the same text.
 */
export interface SchemaDialect {
  /** For a step that really differs between the two: branch on it. */
  readonly kind: StorageKind;
  /** A 64-bit whole number: versions, seqs, byte offsets. */
  readonly bigint: string;
  /** An instant: ISO text in SQLite. */
  readonly time: string;
  readonly bytes: string;
  /** A NOT NULL boolean column, false by default. */
  flag(column: string): string;
  /** A NOT NULL JSON column, with `fallback` (SQL text) as its default if given. */
  json(column: string, fallback?: string): string;
  /** A JSON column that may be NULL. */
  jsonOrNull(column: string): string;
}

const defaultClause = (fallback: string | undefined): string => (fallback === undefined ? '' : ` DEFAULT ${fallback}`);

export const sqliteSchema: SchemaDialect = {
  kind: 'sqlite',
  bigint: 'INTEGER',
  time: 'TEXT',
  bytes: 'BLOB',
  flag: (column) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`,
  json: (column, fallback) => `${column} TEXT NOT NULL${defaultClause(fallback)} CHECK (json_valid(${column}))`,
  jsonOrNull: (column) => `${column} TEXT CHECK (${column} IS NULL OR json_valid(${column}))`,
};

export const postgresSchema: SchemaDialect = {
  kind: 'postgres',
  bigint: 'BIGINT',
  time: 'TIMESTAMPTZ',
  bytes: 'BYTEA',
  flag: (column) => `${column} BOOLEAN NOT NULL DEFAULT FALSE`,
  json: (column, fallback) => `${column} JSONB NOT NULL${defaultClause(fallback)}`,
  jsonOrNull: (column) => `${column} JSONB`,
};
