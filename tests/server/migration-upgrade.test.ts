import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateWithBackup } from '../../src/server/backup/before-migrating.ts';
import { decryptToFile } from '../../src/server/backup/backup-file.ts';
import { type Migration, MigrationError, migrations } from '../../src/server/storage/migrations.ts';
import type { RecordRow } from '../../src/server/storage/records.ts';
import { person } from '../domain/factories.ts';
import { type EmptyDatabase, KEY, cli, emptyDatabase, readRows } from './backup-helpers.ts';
import { backends } from './helpers.ts';

/** The first shipped migrations only: a database as an older Sportello left it. */
const OLD = migrations.slice(0, 2);
const NEXT_ID = migrations.length + 1;

const databases: EmptyDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.destroy();
});

async function oldDatabase(backend: Parameters<typeof emptyDatabase>[0]): Promise<{ db: EmptyDatabase; record: RecordRow }> {
  const db = await emptyDatabase(backend);
  databases.push(db);
  expect(await db.storage.migrate(OLD)).toEqual(OLD.map(({ id, name }) => ({ id, name })));
  const data = { ...person(), version: 0 };
  const record = await db.storage.transaction(async (tx) => {
    const row: RecordRow = { table: 'people', id: data.id, siteId: data.siteId, version: await tx.nextVersion(), deleted: false, data, fields: {} };
    await tx.putRecords([row]);
    return row;
  });
  return { db, record };
}

/** Everything a failed migration could have touched. */
async function stateOf(db: EmptyDatabase) {
  return {
    migrations: await db.query('SELECT id, name FROM schema_migrations ORDER BY id'),
    meta: await db.query('SELECT key, value FROM meta ORDER BY key'),
    records: (await db.query<{ id: string }>("SELECT id FROM records WHERE table_name = 'people' ORDER BY id")).map((row) => row.id),
    doomed: await db.query("SELECT 1 AS found FROM information_schema.tables WHERE table_name = 'doomed' AND table_schema = current_schema()").catch(async () =>
      db.query("SELECT 1 AS found FROM sqlite_master WHERE name = 'doomed'"),
    ),
  };
}

describe.each(backends())('migrations on $kind', (backend) => {
  it('a migration failing midway leaves the database as it was, and the error names it and why', async () => {
    const { db } = await oldDatabase(backend);
    await db.storage.migrate(); // up to date with the shipped ones
    const before = await stateOf(db);
    const failing: Migration = {
      id: NEXT_ID,
      name: 'doomed_step',
      sql: () => `
        CREATE TABLE doomed (x TEXT);
        INSERT INTO meta (key, value) VALUES ('doomed', 'yes');
        UPDATE meta SET value = '999999' WHERE key = 'version_counter';
        DELETE FROM records;
        SELECT no_such_column FROM meta;
      `,
    };
    const error = await db.storage.migrate([...migrations, failing]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Migration ${NEXT_ID} "doomed_step" failed and was rolled back, so the database is as it was before it: .*no_such_column`),
    );
    expect(await stateOf(db)).toEqual(before);
    expect(before.records).toHaveLength(1);
    expect(before.doomed).toEqual([]);
  });

  it('a migration whose seed fails after its SQL is rolled back too', async () => {
    const { db } = await oldDatabase(backend);
    await db.storage.migrate();
    const before = await stateOf(db);
    const failing: Migration = {
      id: NEXT_ID,
      name: 'seed_fails',
      sql: () => 'CREATE TABLE doomed (x TEXT);',
      seed: async (tx) => {
        await tx.setMeta('doomed', 'yes');
        throw new Error('the seed found a row it cannot convert');
      },
    };
    await expect(db.storage.migrate([...migrations, failing])).rejects.toThrow(
      `Migration ${NEXT_ID} "seed_fails" failed and was rolled back, so the database is as it was before it: the seed found a row it cannot convert`,
    );
    expect(await stateOf(db)).toEqual(before);
  });

  it('an older database holding records is copied before it is migrated', async () => {
    const { db, record } = await oldDatabase(backend);
    const log: string[] = [];
    const config = { dataDir: db.dataDir, databaseUrl: undefined, backupKey: Buffer.from(KEY, 'base64'), backupDir: undefined };
    const applied = await migrateWithBackup(db.storage, config, (line) => log.push(line));
    expect(applied.map((m) => m.id)).toEqual(migrations.slice(OLD.length).map((m) => m.id));
    expect((await db.query('SELECT id FROM schema_migrations')).length).toBe(migrations.length);
    if (backend.kind === 'postgres') {
      expect(log).toEqual([expect.stringMatching(/^Migrating the database \(3 .*\)\. On PostgreSQL no copy is taken here: take a pg_dump first/)]);
      return;
    }
    const [file] = readdirSync(join(db.dataDir, 'backups'));
    expect(file).toMatch(/^sportello-pre-migration-.+\.backup$/);
    expect(log).toEqual([`Migrating the database (${applied.map((m) => `${m.id} ${m.name}`).join(', ')}); an encrypted backup of it as it was is in ${join(db.dataDir, 'backups', file!)}.`]);
    const copy = join(db.dataDir, 'copy.sqlite');
    await decryptToFile(join(db.dataDir, 'backups', file!), Buffer.from(KEY, 'base64'), copy);
    expect(readRows(copy, 'SELECT id, name FROM schema_migrations ORDER BY id')).toEqual(OLD.map(({ id, name }) => ({ id, name })));
    expect(readRows(copy, "SELECT id FROM records WHERE table_name = 'people'")).toEqual([{ id: record.id }]);
  });
});

describe('migrations without BACKUP_KEY (SQLite)', () => {
  it('copy the older database unencrypted beside it, and say so', async () => {
    const { db, record } = await oldDatabase({ kind: 'sqlite' });
    const log: string[] = [];
    await migrateWithBackup(db.storage, { dataDir: db.dataDir, databaseUrl: undefined, backupKey: undefined, backupDir: undefined }, (line) => log.push(line));
    const copies = readdirSync(db.dataDir).filter((name) => name.startsWith('sportello-pre-migration-'));
    expect(copies).toEqual([expect.stringMatching(/\.sqlite$/)]);
    expect(log[0]).toContain(`a copy of it as it was is in ${join(db.dataDir, copies[0]!)}. It is NOT encrypted (no BACKUP_KEY)`);
    expect(readRows(join(db.dataDir, copies[0]!), "SELECT id FROM records WHERE table_name = 'people'")).toEqual([{ id: record.id }]);
    expect(readRows(join(db.dataDir, copies[0]!), 'SELECT id FROM schema_migrations')).toHaveLength(OLD.length);
    expect(statSync(join(db.dataDir, copies[0]!)).mode & 0o777).toBe(0o600);

    // The plain copy restores without a key, and is migrated again on the way.
    const restoreDir = join(db.dataDir, 'restored');
    const restored = await cli(['restore', join(db.dataDir, copies[0]!)], { DATA_DIR: restoreDir });
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`Applied migration 3 ${migrations[2]!.name}`);
    expect(readRows(restoreDir, "SELECT id FROM records WHERE table_name = 'people'")).toEqual([{ id: record.id }]);
  });

  it('copy nothing when the database is new or already up to date', async () => {
    const db = await emptyDatabase({ kind: 'sqlite' });
    databases.push(db);
    const log: string[] = [];
    const config = { dataDir: db.dataDir, databaseUrl: undefined, backupKey: undefined, backupDir: undefined };
    expect(await migrateWithBackup(db.storage, config, (line) => log.push(line))).toHaveLength(migrations.length);
    expect(await migrateWithBackup(db.storage, config, (line) => log.push(line))).toEqual([]);
    expect(log).toEqual([]);
    expect(readdirSync(db.dataDir).filter((name) => name.includes('pre-migration'))).toEqual([]);
  });
});
