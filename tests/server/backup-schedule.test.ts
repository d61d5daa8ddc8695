import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { nextBackupDelay, pruneBackups, scheduleBackups } from '../../src/server/backup/schedule.ts';
import { type Client, type TestServer, addUser, backends, login, makeTempDir, startTestServer } from './helpers.ts';

const HOUR = 3_600_000;
const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = makeTempDir(name);
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('when the next scheduled backup is due', () => {
  const now = Date.parse('2025-03-14T10:00:00.000Z');
  it.each([
    ['never backed up', undefined, 0],
    ['backed up an hour ago', '2025-03-14T09:00:00.000Z', 23 * HOUR],
    ['overdue', '2025-03-12T09:00:00.000Z', 0],
    ['an unreadable time', 'yesterday', 0],
  ])('%s', (_, lastAt, delay) => {
    expect(nextBackupDelay(lastAt, 24, now)).toBe(delay);
  });
});

describe('pruneBackups', () => {
  it('deletes the oldest scheduled backups beyond the number to keep, and nothing else', async () => {
    const dir = tempDir('prune');
    const scheduled = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'].map((day) => `sportello-${day}T02-00-00-000Z.backup`);
    const others = ['sportello-pre-migration-2025-01-01T02-00-00-000Z.backup', 'notes.txt', 'sportello-2025-03-09T02-00-00-000Z.backup.partial'];
    for (const name of [...scheduled, ...others]) writeFileSync(join(dir, name), 'x');
    expect(await pruneBackups(dir, 3)).toEqual(scheduled.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual([...scheduled.slice(2), ...others].sort());
    expect(await pruneBackups(dir, 3)).toEqual([]);
  });
});

describe('scheduleBackups', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const config = (backupDir: string) => ({ backupDir, backupEveryHours: 24, backupKeep: 2, dataDir: '/unused' });

  it('backs up at once when none was taken, into BACKUP_DIR, logs it and prunes', async () => {
    const dir = tempDir('schedule');
    mkdirSync(dir, { recursive: true });
    for (const day of ['01', '02']) writeFileSync(join(dir, `sportello-2025-01-${day}T02-00-00-000Z.backup`), 'old');
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
    let taken!: (file: string) => void;
    const took = new Promise<string>((resolve) => (taken = resolve));
    const schedule = scheduleBackups(config(dir), server.storage, async (file) => {
      writeFileSync(file, 'new');
      taken(file);
    });
    const file = await took;
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('Deleted 1 old backup(s), keeping the newest 2.'));
    schedule.stop();
    expect(file).toMatch(new RegExp(`^${dir}/sportello-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.backup$`));
    expect(logged).toHaveBeenCalledWith(`Backup written: ${file}`);
    expect(readdirSync(dir).sort()).toEqual(['sportello-2025-01-02T02-00-00-000Z.backup', file.slice(dir.length + 1)]);
  });

  it('logs a failure with its reason', async () => {
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const schedule = scheduleBackups(config(tempDir('schedule-fail')), server.storage, async () => {
      throw new Error('the disk is full');
    });
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith('Scheduled backup failed, trying again in an hour: the disk is full'));
    schedule.stop();
  });
});

describe.each(backends())('GET /api/health and the last backup on $kind', (backend) => {
  let server: TestServer;
  let admin: Client;
  let operator: Client;
  beforeAll(async () => {
    server = await startTestServer({ backend });
    await addUser(server.storage, 'root', 'admin', ['barrito']);
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    [admin, operator] = await Promise.all([login(server.url, 'root', newId()), login(server.url, 'amina', newId())]);
  });
  afterAll(async () => {
    await server.close();
  });

  const setLastBackup = (at: Date) =>
    server.storage.transaction((tx) => tx.setMeta('last_backup_at', at.toISOString()));

  it('tells only an administrator when the last backup was and whether it is over two days old', async () => {
    const minimal = { status: 'ok', version: expect.any(String), storage: backend.kind };
    expect((await (await fetch(`${server.url}/api/health`)).json())).toEqual(minimal);
    expect((await operator.call('GET', '/api/health')).body).toEqual(minimal);
    const forged = await fetch(`${server.url}/api/health`, { headers: { cookie: 'sportello_session=not-a-session' } });
    expect(forged.status).toBe(200);
    expect(await forged.json()).toEqual(minimal);

    expect((await admin.call('GET', '/api/health')).body).toEqual({ ...minimal, backup: { lastAt: null, stale: true } });
    const recent = new Date(Date.now() - 3 * HOUR);
    await setLastBackup(recent);
    expect((await admin.call('GET', '/api/health')).body.backup).toEqual({ lastAt: recent.toISOString(), stale: false });
    const old = new Date(Date.now() - 49 * HOUR);
    await setLastBackup(old);
    expect((await admin.call('GET', '/api/health')).body.backup).toEqual({ lastAt: old.toISOString(), stale: true });
    expect((await operator.call('GET', '/api/health')).body).toEqual(minimal);
  });
});
