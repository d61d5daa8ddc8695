import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { writeBackup } from '../../src/server/backup/backup.ts';
import { PostgresToolError } from '../../src/server/backup/postgres-tools.ts';
import { RestoreRefusedError, restoreBackup } from '../../src/server/backup/restore.ts';
import { person } from '../domain/factories.ts';
import { KEY, cli } from './backup-helpers.ts';
import { type TestServer, addUser, login, makeTempDir, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = makeTempDir(name);
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const key = Buffer.from(KEY, 'base64');

describe('backup on PostgreSQL without pg_dump', () => {
  it('says pg_dump is missing, writes no file and names no password', async () => {
    vi.stubEnv('PATH', tempDir('empty-path'));
    try {
      const out = join(tempDir('pg-out'), 'x.backup');
      const answer = await cli(['backup', '--out', out], { DATABASE_URL: 'postgres://sportello:hunter2-secret@127.0.0.1:5432/sportello', BACKUP_KEY: KEY });
      expect(answer.code).toBe(1);
      expect(answer.err).toMatch(/^pg_dump was not found on PATH: install PostgreSQL's client tools/);
      expect(answer.err).not.toContain('hunter2');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(join(out, '..'))).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

const url = process.env.TEST_DATABASE_URL;
if (url) {
  describe('backup and restore on PostgreSQL through pg_dump and pg_restore', () => {
    let server: TestServer;
    let schema: string;
    let admin: pg.Client;
    const config = () => ({ dataDir: tempDir('pg-data'), databaseUrl: url, backupKey: key, backupDir: undefined, schema });
    const rows = async (inSchema: string) =>
      (await admin.query(`SELECT table_name, id, version, data FROM ${inSchema}.records ORDER BY table_name, id`)).rows;

    beforeAll(async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      server = await startTestServer({ backend: { kind: 'postgres', url } });
      schema = /\(schema (\w+)\)/.exec(server.storage.location)![1]!;
      admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await addUser(server.storage, 'amina', 'operator', ['barrito']);
      const amina = await login(server.url, 'amina', newId());
      const { body } = await push(amina, [createOf(1, 'people', person()), createOf(2, 'people', person('italian'))]);
      expect(body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema}_aside CASCADE`);
      await admin.end();
      await server.close();
    });

    it('dumps, refuses a database that holds Sportello, and restores into an empty one with the same records', async () => {
      const file = join(tempDir('pg-out'), 'pg.backup');
      expect(await writeBackup(config(), file)).toEqual({ file, content: 'pgDump' });
      const [recorded] = (await admin.query(`SELECT value FROM ${schema}.meta WHERE key = 'last_backup_at'`)).rows;
      expect(recorded?.value).toMatch(/^\d{4}-/);

      await expect(restoreBackup(config(), file, { force: true })).rejects.toThrow(RestoreRefusedError);
      await expect(restoreBackup(config(), file, { force: true })).rejects.toThrow(/already holds Sportello's tables \(--force only applies to SQLite/);

      // The administrator moves the database aside (here: renames the schema), then restores.
      const before = await rows(schema);
      await admin.query(`ALTER SCHEMA ${schema} RENAME TO ${schema}_aside`);
      const restored = await restoreBackup(config(), file, { force: false });
      expect(restored.applied).toEqual([]);
      expect(await rows(schema)).toEqual(before);
      expect(before.filter((row) => row.table_name === 'people')).toHaveLength(2);
      const [ranges] = (await admin.query(`SELECT value FROM ${schema}.meta WHERE key = 'restored_versions'`)).rows;
      expect(JSON.parse(ranges.value)).toEqual([[restored.restoredVersions.after, restored.restoredVersions.upTo]]);
      // Back as it was, for server.close() to drop.
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.query(`ALTER SCHEMA ${schema}_aside RENAME TO ${schema}`);
    }, 60_000);
  });

  describe('pg_dump that fails', () => {
    it('reports its exit status and message, writes no file and names no password', async () => {
      const bad = new URL(url);
      bad.password = 'wrong-password-42';
      const out = join(tempDir('pg-out'), 'x.backup');
      const error = await writeBackup({ dataDir: tempDir('pg-data'), databaseUrl: bad.toString(), backupKey: key, backupDir: undefined }, out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PostgresToolError);
      expect((error as Error).message).toMatch(/^pg_dump of \S+ failed \(exit status 1\): .*password authentication failed/s);
      expect((error as Error).message).not.toContain('wrong-password-42');
      expect(readdirSync(join(out, '..'))).toEqual([]);
    });
  });
}
