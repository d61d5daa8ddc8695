import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { migrations } from '../../src/server/storage/migrations.ts';
import { openSqlite } from '../../src/server/storage/sqlite.ts';
import { KEY, cli, readRows } from './backup-helpers.ts';
import { login, makeTempDir, writeFakeDist } from './helpers.ts';
import { FIRST_ADMIN, LISTENING, killStartedServers, startMain, waitForOutput } from './main-process.ts';

const tempDirs: string[] = [];
afterEach(() => {
  killStartedServers();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
}
function fakeDist(): string {
  const dir = tempDir('main-dist');
  writeFakeDist(dir);
  return dir;
}

describe('npm start with backups', () => {
  it('takes a scheduled backup at start when none was taken, and tells an administrator of it', async () => {
    const dataDir = join(tempDir('main-data'), 'data');
    const backupDir = join(tempDir('main-backups'), 'backups');
    const started = startMain({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: fakeDist(), BACKUP_DIR: backupDir, BACKUP_KEY: KEY });
    const [, url] = await waitForOutput(started, LISTENING);
    const [, password] = await waitForOutput(started, FIRST_ADMIN);
    expect(started.output()).toContain(`backups: every 24 h into ${backupDir}, keeping 14`);
    const [, file] = await waitForOutput(started, /Backup written: (\S+)\n/, 30_000);
    expect(readdirSync(backupDir)).toEqual([file!.slice(backupDir.length + 1)]);
    expect(started.output()).not.toContain(KEY);

    const admin = await login(url!, 'admin', newId(), password);
    const health = await admin.call('GET', '/api/health');
    expect(health.body.backup).toEqual({ lastAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), stale: false });

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    const restoreDir = join(tempDir('main-restore'), 'data');
    expect((await cli(['restore', file!], { DATA_DIR: restoreDir, BACKUP_KEY: KEY })).code).toBe(0);
    expect(readRows(restoreDir, "SELECT username FROM users")).toEqual([{ username: 'admin' }]);
  }, 60_000);

  it('backs an older database up before migrating it on start', async () => {
    const dataDir = join(tempDir('main-old'), 'data');
    const old = openSqlite(dataDir);
    await old.migrate(migrations.slice(0, 2));
    await old.close();
    const started = startMain({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: fakeDist(), BACKUP_KEY: KEY });
    await waitForOutput(started, LISTENING);
    const [, file] = await waitForOutput(started, /an encrypted backup of it as it was is in (\S+)\.\n/);
    expect(file).toMatch(new RegExp(`^${join(dataDir, 'backups')}/sportello-pre-migration-.+\\.backup$`));
    expect(started.output().indexOf('an encrypted backup')).toBeLessThan(started.output().search(LISTENING));
    expect(existsSync(file!)).toBe(true);
    expect(readRows(dataDir, 'SELECT id FROM schema_migrations')).toHaveLength(migrations.length);

    const restoreDir = join(tempDir('main-old-restore'), 'data');
    const restored = await cli(['restore', file!], { DATA_DIR: restoreDir, BACKUP_KEY: KEY });
    expect(restored.code).toBe(0);
    // The backup holds the database as it was: the restore applies the migrations again.
    expect(restored.out).toContain(`Applied migration 3 ${migrations[2]!.name}`);
  }, 60_000);
});
