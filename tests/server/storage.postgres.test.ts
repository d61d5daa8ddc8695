import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { it } from 'vitest';
import { PostgresStorage } from '../../src/server/storage/postgres.ts';
import { describeStorageContract } from './storage-contract.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
const NOT_RUN = 'PostgreSQL contract suite NOT RUN — set TEST_DATABASE_URL=postgres://... (see .ci/run)';

if (databaseUrl) {
  describeStorageContract('PostgreSQL', async () => {
    // A fresh schema per test: the database is shared, the tables are not.
    const schema = `sportello_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    return {
      kind: 'postgres',
      open: () => new PostgresStorage({ connectionString: databaseUrl, schema }),
      tableNames: async () => {
        const { rows } = await admin.query<{ table_name: string }>(
          'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
          [schema],
        );
        return rows.map((row) => row.table_name);
      },
      execute: async (sql) => {
        await admin.query(`SET search_path TO ${schema}`);
        await admin.query(sql);
      },
      destroy: async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  });
} else if (process.env.CI) {
  it('PostgreSQL contract suite', () => {
    throw new Error('TEST_DATABASE_URL is not set, but CI must run the PostgreSQL contract suite (see .ci/run).');
  });
} else {
  console.warn(NOT_RUN);
  it(NOT_RUN, () => {});
}
