import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the bench may use, if any (a shared database: the bench works in its own schema). */
export function postgresUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export interface BenchSchema {
  name: string;
  /** The URL with `search_path` set to the schema, for a server or CLI started with DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh schema, as tests/server/storage.postgres.test.ts isolates its runs; drop() removes it. */
export async function freshSchema(url: string): Promise<BenchSchema> {
  const name = `sportello_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: withPath.toString(),
    async drop() {
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}
