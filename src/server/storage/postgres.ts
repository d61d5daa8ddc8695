import pg from 'pg';
import { type Migration, type MigrationRef, migrations, pendingMigrations, runMigrationStep, schemaMigrationsTable } from './migrations.ts';
import { postgresAccounts } from './postgres/accounts.ts';
import { postgresAttachments } from './postgres/attachments.ts';
import { postgresAudit } from './postgres/audit.ts';
import { queries } from './postgres/queries.ts';
import { postgresRecords } from './postgres/records.ts';
import { postgresSchema } from './schema-dialect.ts';
import type { Storage, StorageTx } from './storage.ts';

// Any fixed number works; it only has to be the same for every Sportello instance.
const MIGRATION_LOCK_KEY = 741_502_913;

export interface PostgresOptions {
  connectionString: string;
  /** Puts every table in this schema (tests use a fresh one each); defaults to the server's search_path. */
  schema?: string;
}

/** PostgreSQL through a pool, so several stateless server instances can share one database. */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  readonly location: string;
  readonly #pool: pg.Pool;

  constructor(options: PostgresOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
      throw new Error(`Invalid PostgreSQL schema name: ${options.schema}`);
    }
    this.location = describePostgresUrl(options.connectionString) + (options.schema ? ` (schema ${options.schema})` : '');
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    this.#pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  }

  async migrate(shipped: readonly Migration[] = migrations): Promise<MigrationRef[]> {
    const client = await this.#pool.connect();
    try {
      // Instances starting together take turns; the second finds nothing left to apply.
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        await client.query(schemaMigrationsTable(postgresSchema));
        const applied: MigrationRef[] = [];
        for (const next of pendingMigrations(await readApplied(client), shipped)) {
          await runMigrationStep(next, () => inTransaction(client, async () => {
            await client.query(next.sql(postgresSchema));
            if (next.seed) {
              const { tx, beforeCommit } = makePostgresTx(client);
              await next.seed(tx);
              await beforeCommit();
            }
            await client.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, now())', [next.id, next.name]);
          }));
          applied.push({ id: next.id, name: next.name });
        }
        return applied;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
  }

  async appliedMigrations(): Promise<MigrationRef[]> {
    const client = await this.#pool.connect();
    try {
      await client.query(schemaMigrationsTable(postgresSchema));
      return await readApplied(client);
    } finally {
      client.release();
    }
  }

  async transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      const { tx, beforeCommit } = makePostgresTx(client);
      return await inTransaction(client, async () => {
        const result = await work(tx);
        await beforeCommit();
        return result;
      });
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}

/** Row I/O on one pooled client inside its transaction, by concern; `beforeCommit` must run before COMMIT. */
function makePostgresTx(client: pg.PoolClient): { tx: StorageTx; beforeCommit: () => Promise<void> } {
  const q = queries(client);
  const records = postgresRecords(q);
  return { tx: { ...records.tx, ...postgresAccounts(q), ...postgresAttachments(q), ...postgresAudit(q) }, beforeCommit: records.beforeCommit };
}

async function inTransaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // If the connection itself broke, ROLLBACK fails too; the pool discards such a client on release.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function readApplied(client: pg.PoolClient): Promise<MigrationRef[]> {
  const { rows } = await client.query<MigrationRef>('SELECT id, name FROM schema_migrations ORDER BY id');
  return rows;
}

/** host:port/database, for logs: the URL without user or password. */
export function describePostgresUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
