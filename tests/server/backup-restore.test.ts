import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { attachment, person, visit } from '../domain/factories.ts';
import { KEY, OTHER_KEY, cli, cliProcess, readRows } from './backup-helpers.ts';
import { type Client, type TestServer, addUser, login, makeTempDir, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

type RecordSqlRow = { table_name: string; id: string; version: number; data: string; field_versions: string };
type UserSqlRow = { id: string; username: string; password_hash: string; role: string; sites: string; display_name: string };

const CHUNK = 64 * 1024;
const RECORDS = 'SELECT table_name, id, version, data, field_versions FROM records ORDER BY table_name, id';
const USERS = 'SELECT id, username, password_hash, role, sites, display_name FROM users ORDER BY id';
const chunksOf = (dir: string, id: string) =>
  Buffer.concat(readRows<{ bytes: Buffer }>(dir, 'SELECT bytes FROM attachment_chunks WHERE attachment_id = ? ORDER BY start', [id]).map((r) => r.bytes));

describe('backup while pushes arrive, then restore into a new folder (SQLite)', () => {
  let server: TestServer;
  let amina: Client;
  let liveDir: string;
  const temp: string[] = [];
  const tempDir = (name: string) => {
    const dir = makeTempDir(name);
    temp.push(dir);
    return dir;
  };
  let seq = 0;
  /** Each push batch's record ids: one transaction, so a snapshot holds all of a batch or none. */
  const batches: string[][] = [];

  async function pushBatch(): Promise<void> {
    const mutations = [createOf(++seq, 'people', person('moroccan')), createOf(++seq, 'visits', visit()), createOf(++seq, 'people', person('peruvian'))];
    const { status, body } = await push(amina, mutations);
    expect(status).toBe(200);
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    batches.push(mutations.map((m) => m.recordId));
  }

  async function upload(id: string, bytes: Buffer<ArrayBuffer>, start: number): Promise<void> {
    const end = Math.min(start + CHUNK, bytes.length);
    const response = await amina.fetch(`${server.url}/api/attachments/${id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end - 1}/${bytes.length}` },
      body: bytes.subarray(start, end),
    });
    expect(response.status).toBe(200);
  }

  async function attachmentFor(bytes: Buffer): Promise<string> {
    const record = { ...attachment(), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    const { body } = await push(amina, [createOf(++seq, 'attachments', record)]);
    expect(body.results[0].status).toBe('applied');
    return record.id;
  }

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer();
    liveDir = dirname(server.storage.location);
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    await addUser(server.storage, 'root', 'admin', ['barrito']);
    amina = await login(server.url, 'amina', newId());
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  it('restores exactly the records, attachment bytes and accounts committed at the snapshot, no batch in part', async () => {
    const whole = randomBytes(3 * CHUNK + 500);
    const wholeId = await attachmentFor(whole);
    for (let start = 0; start < whole.length; start += CHUNK) await upload(wholeId, whole, start);
    const growing = randomBytes(40 * CHUNK);
    const growingId = await attachmentFor(growing);
    await pushBatch();
    const backupFile = join(tempDir('backup-out'), 'snapshot.backup');

    // The backup command as its own process, as beside a running server, while this one keeps pushing and uploading.
    const backup = cliProcess(['backup', '--out', backupFile], { DATA_DIR: liveDir, BACKUP_KEY: KEY });
    let running = true;
    void backup.finally(() => (running = false));
    let uploaded = 0;
    while (running) {
      await pushBatch();
      if (uploaded < growing.length) {
        await upload(growingId, growing, uploaded);
        uploaded += CHUNK;
      }
    }
    const result = await backup;
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`Backup written: ${backupFile}`);
    expect(result.out).not.toContain(KEY);
    await pushBatch(); // after the snapshot: must not be in it

    const restoreDir = join(tempDir('restore'), 'data');
    const restored = await cli(['restore', backupFile], { DATA_DIR: restoreDir, BACKUP_KEY: KEY });
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toContain(`Restored ${backupFile} into ${join(restoreDir, 'sportello.sqlite')}`);

    // Versions are given in commit order, so the snapshot is exactly the live records up to its counter.
    const ranges = readRows<{ value: string }>(restoreDir, "SELECT value FROM meta WHERE key = 'restored_versions'");
    const [[snapshotCounter]] = JSON.parse(ranges[0]!.value) as [[number, number]];
    const live = readRows<RecordSqlRow>(liveDir, RECORDS);
    const back = readRows<RecordSqlRow>(restoreDir, RECORDS);
    expect(back).toEqual(live.filter((row) => row.version <= snapshotCounter));
    expect(back.length).toBeLessThan(live.length);
    const restoredIds = new Set(back.map((row) => row.id));
    for (const batch of batches) expect(batch.map((id) => restoredIds.has(id))).toEqual(batch.map(() => restoredIds.has(batch[0]!)));
    expect(restoredIds.has(batches.at(-1)![0]!)).toBe(false);

    expect(readRows<UserSqlRow>(restoreDir, USERS)).toEqual(readRows<UserSqlRow>(liveDir, USERS));
    expect(chunksOf(restoreDir, wholeId).equals(whole)).toBe(true);
    const partial = chunksOf(restoreDir, growingId);
    expect(partial.length % CHUNK).toBe(0);
    expect(partial.equals(growing.subarray(0, partial.length))).toBe(true);
    // The backup time went to the live database, for GET /api/health.
    expect(readRows<{ value: string }>(liveDir, "SELECT value FROM meta WHERE key = 'last_backup_at'")).toHaveLength(1);
  }, 60_000);

  it('refuses a folder that holds a database without --force, and a database in use even with it', async () => {
    const file = join(tempDir('backup-out'), 'b.backup');
    expect((await cli(['backup', '--out', file], { DATA_DIR: liveDir, BACKUP_KEY: KEY })).code).toBe(0);
    const before = readdirSync(liveDir).sort();

    const refused = await cli(['restore', file], { DATA_DIR: liveDir, BACKUP_KEY: KEY });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already holds a database\. Stop the server, then run restore again with --force/);
    const inUse = await cli(['restore', file, '--force'], { DATA_DIR: liveDir, BACKUP_KEY: KEY });
    expect(inUse.code).toBe(1);
    expect(inUse.err).toMatch(/is in use: stop the server/);
    expect(readdirSync(liveDir).sort()).toEqual(before);
  });

  it('with --force moves a stopped database aside, whole, before restoring', async () => {
    const file = join(tempDir('backup-out'), 'b.backup');
    expect((await cli(['backup', '--out', file], { DATA_DIR: liveDir, BACKUP_KEY: KEY })).code).toBe(0);
    const dir = join(tempDir('force'), 'data');
    expect((await cli(['migrate'], { DATA_DIR: dir })).code).toBe(0);
    expect((await cli(['create-user', '--username', 'only-here', '--name', 'Only Here', '--role', 'admin', '--sites', 'barrito'], { DATA_DIR: dir })).code).toBe(0);

    const forced = await cli(['restore', file, '--force'], { DATA_DIR: dir, BACKUP_KEY: KEY });
    expect(forced.code).toBe(0);
    const [aside] = /now (\S+sportello-before-restore-\S+\.sqlite)\./.exec(forced.out)?.slice(1) ?? [];
    expect(aside).toBeDefined();
    expect(readRows<{ username: string }>(aside!, 'SELECT username FROM users').map((u) => u.username)).toEqual(['only-here']);
    expect(readRows<{ username: string }>(dir, 'SELECT username FROM users ORDER BY username').map((u) => u.username)).toEqual(['amina', 'root']);
  });

  it('writes nothing with a wrong key or an altered file, and names neither key', async () => {
    const file = join(tempDir('backup-out'), 'b.backup');
    expect((await cli(['backup', '--out', file], { DATA_DIR: liveDir, BACKUP_KEY: KEY })).code).toBe(0);
    const parent = tempDir('nothing');
    const dir = join(parent, 'data');

    const wrongKey = await cli(['restore', file], { DATA_DIR: dir, BACKUP_KEY: OTHER_KEY });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.err).toBe('BACKUP_KEY is not the key this backup was made with. Nothing was restored.');

    const bytes = readFileSync(file);
    for (const offset of [9, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[offset]! ^= 0x01;
      const alteredFile = join(parent, `altered-${offset}.backup`);
      writeFileSync(alteredFile, altered);
      const answer = await cli(['restore', alteredFile], { DATA_DIR: dir, BACKUP_KEY: KEY });
      expect(answer.code).toBe(1);
      expect(answer.err).toMatch(offset === 9 ? /holds an unknown kind of content/ : /is damaged or was altered.*Nothing was restored\./);
    }
    const foreign = join(parent, 'altered-foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const notOurs = await cli(['restore', foreign], { DATA_DIR: dir });
    expect(notOurs).toMatchObject({ code: 1, err: 'The backup holds a SQLite database, but not a Sportello one. Nothing was restored.' });

    for (const answer of [wrongKey]) expect(`${answer.out}${answer.err}`).not.toMatch(new RegExp(`${KEY.slice(0, 20)}|${OTHER_KEY.slice(0, 20)}`));
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(parent).every((name) => name.startsWith('altered-'))).toBe(true);
  });

  it('refuses to back up without BACKUP_KEY, writing no file', async () => {
    const out = join(tempDir('backup-out'), 'none.backup');
    const answer = await cli(['backup', '--out', out], { DATA_DIR: liveDir });
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/^BACKUP_KEY is not set: backups are encrypted with it\. Make one with `npm run sportello -- backup --new-key`/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
  });
});
