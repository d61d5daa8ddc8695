import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresStorage } from '../../src/server/storage/postgres.ts';
import { SQLITE_FILE_NAME, openSqlite } from '../../src/server/storage/sqlite.ts';
import type { Storage } from '../../src/server/storage/storage.ts';

/**
 * The databases the HTTP-level suites run on: SQLite always, PostgreSQL too when
 * TEST_DATABASE_URL is set. CI sets it, and storage.postgres.test.ts fails CI when it is missing,
 * so a CI run can never pass on SQLite alone.
 */
export type Backend = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export function backends(): Backend[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [{ kind: 'sqlite' }, { kind: 'postgres', url }] : [{ kind: 'sqlite' }];
}

/** One empty, migrated database of a backend, with raw SQL beside the adapter for what the API cannot show or set. */
export interface TestDatabase {
  storage: Storage;
  /** Raw SQL outside the adapter, with `?` placeholders on both backends. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Closes the adapter and the raw connection, and removes the database. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  return backend.kind === 'sqlite' ? createSqliteDatabase() : createPostgresDatabase(backend.url);
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sportello-data-'));
  const storage = openSqlite(dataDir);
  await storage.migrate();
  // A second connection, as another process would have; WAL lets it read what the adapter committed.
  const raw = new Database(join(dataDir, SQLITE_FILE_NAME));
  return {
    storage,
    query: async <R>(sql: string, params: unknown[] = []) => {
      const statement = raw.prepare(sql);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as R[];
    },
    async destroy() {
      raw.close();
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema per database: the PostgreSQL database is shared by every suite, the tables are not. */
async function createPostgresDatabase(url: string): Promise<TestDatabase> {
  const schema = `sportello_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.query(`SET search_path TO ${schema}`);
  const storage = new PostgresStorage({ connectionString: url, schema });
  const destroy = async (): Promise<void> => {
    await storage.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  await storage.migrate().catch(async (error: unknown) => {
    await destroy();
    throw error;
  });
  return {
    storage,
    query: async <R>(sql: string, params: unknown[] = []) => {
      let n = 0;
      return (await admin.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
    },
    destroy,
  };
}
