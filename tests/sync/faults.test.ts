import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecord, updateRecord } from '../../src/db/repository.ts';
import { SQLITE_FILE_NAME } from '../../src/server/storage/sqlite.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { fieldsOf, person, visit } from '../domain/factories.ts';
import { type TestServer, addUser, makeTempDir, snapshot, startTestServer, writeFakeDist } from '../server/helpers.ts';
import { FIRST_ADMIN, LISTENING, type Started, killStartedServers, startMain, waitForOutput } from '../server/main-process.ts';
import { type Tablet, contents, tablet } from './helpers.ts';

async function registerPeople(t: Tablet, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createRecord(t.db, t.author, 'people', fieldsOf(person('peruvian')))).id);
  return ids;
}

/** A network that delivers the push and its answer to the server's door, then loses the answer. */
function loseNextPushAnswer(t: Tablet): void {
  t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
    if (!input.includes('/api/sync/push')) return fetch(input, init);
    t.faults.wrap = null;
    const response = await fetch(input, init);
    await response.arrayBuffer(); // the server has committed and answered
    throw new TypeError('fetch failed: connection reset');
  };
}

describe('sync faults against the in-process server', () => {
  let server: TestServer;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer();
    await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'olga', 'operator', ['barrito'])]);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('(a) an answer lost after the server committed: the retry is idempotent, nothing lost or doubled', async () => {
    const a = await tablet(server.url, 'amina');
    const ids = await registerPeople(a, 40);
    const before = await server.snapshot();

    loseNextPushAnswer(a);
    await expect(a.sync()).rejects.toThrow(/offline/);
    const committed = await server.snapshot();
    expect(committed.records - before.records).toBe(40);
    expect(await a.db.outbox.count()).toBe(40); // the device does not know yet

    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect(await server.snapshot()).toEqual(committed); // the retry wrote nothing
    const people = (await contents(a.db)).people.filter((p) => ids.includes(String(p.id)));
    expect(people).toHaveLength(40);
    expect(people.every((p) => Number(p.version) > 0 && p.updatedBy === a.client.user.id)).toBe(true);
  });

  it('(c) one invalid mutation stays in the outbox, marked rejected with the reason; the others are acknowledged', async () => {
    const a = await tablet(server.url, 'amina');
    await registerPeople(a, 2);
    // An outbox row a form could not have made (e.g. from an app version with another schema).
    const strange = { ...visit(), siteId: 'barrito', mood: 'tired' };
    await a.db.outbox.add({ table: 'visits', recordId: strange.id, op: 'create', baseVersion: null, changes: strange, at: strange.createdAt });
    await registerPeople(a, 2);
    const before = await server.snapshot();

    await a.sync();
    const left = await a.db.outbox.toArray();
    expect(left).toEqual([expect.objectContaining({ recordId: strange.id, rejected: { reason: 'mood: Unexpected field', at: expect.any(String) } })]);
    expect(a.engine.getStatus()).toMatchObject({ pending: 0, rejected: 1, safeToHandOver: false });
    const after = await server.snapshot();
    expect(after.records - before.records).toBe(4);
    expect(after.mutations - before.mutations).toBe(5);

    await a.sync(); // a rejected row is not sent again
    expect(await server.snapshot()).toEqual(after);
  });

  it('(d) the same field edited on two tablets: one open conflict on both, the server value kept; other fields merge', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'olga')]);
    const rosa = await createRecord(a.db, a.author, 'people', fieldsOf(person('peruvian')));
    await a.sync();
    await b.sync();
    expect((await b.db.people.get(rosa.id))?.phone).toBe(rosa.phone);

    await updateRecord(a.db, a.author, 'people', rosa.id, { phone: '333 111 2222' });
    await updateRecord(b.db, b.author, 'people', rosa.id, { phone: '347 999 8888' });
    await a.sync();
    await b.sync();
    await a.sync();

    for (const t of [a, b]) {
      const { people, conflicts } = await contents(t.db);
      expect(people.find((p) => p.id === rosa.id)?.phone).toBe('333 111 2222');
      expect(conflicts.filter((c) => c.recordId === rosa.id)).toEqual([
        expect.objectContaining({ table: 'people', field: 'phone', serverValue: '333 111 2222', clientValue: '347 999 8888', status: 'open', clientDeviceId: b.client.deviceId }),
      ]);
      expect(await t.db.outbox.count()).toBe(0);
    }

    await updateRecord(a.db, a.author, 'people', rosa.id, { note: 'Ha trovato lavoro part-time' });
    await updateRecord(b.db, b.author, 'people', rosa.id, { employment: 'employed' });
    await a.sync();
    await b.sync();
    await a.sync();
    const [onA, onB] = await Promise.all([contents(a.db), contents(b.db)]);
    expect(onA).toEqual(onB);
    expect(onA.people.find((p) => p.id === rosa.id)).toMatchObject({ phone: '333 111 2222', note: 'Ha trovato lavoro part-time', employment: 'employed' });
    expect(onA.conflicts.filter((c) => c.recordId === rosa.id)).toHaveLength(1);
  });
});

describe('(b) the server process killed mid-batch', () => {
  const dirs: string[] = [];
  afterAll(() => {
    killStartedServers();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Kills the server while it holds SQLite's write lock for a long stretch: that is the push
   * transaction (a login or session check holds it for a millisecond or two), so the kill lands
   * inside the batch. A probe connection tries the lock every millisecond without waiting.
   */
  function killDuringWriteTransaction(dataDir: string, victim: Started): () => void {
    const probe = new Database(join(dataDir, SQLITE_FILE_NAME));
    probe.pragma('busy_timeout = 0');
    let busySince: number | null = null;
    const timer = setInterval(() => {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        busySince = null;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        busySince ??= performance.now();
        if (performance.now() - busySince >= 15) victim.child.kill('SIGKILL');
      }
    }, 1);
    return () => {
      clearInterval(timer);
      probe.close();
    };
  }

  it('keeps all or none of the batch, and the tablet then completes it exactly once', async () => {
    const [dataDir, distDir] = [makeTempDir('kill-data'), makeTempDir('kill-dist')];
    dirs.push(dataDir, distDir);
    writeFakeDist(distDir);
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir };
    const start = async (): Promise<[Started, string]> => {
      const started = startMain(env);
      const [, url = ''] = await waitForOutput(started, LISTENING, 30_000);
      return [started, url];
    };
    let [server, url] = await start();
    const [, password = ''] = server.output().match(FIRST_ADMIN) ?? [];
    const t = await tablet(url, 'admin', password);

    let killedInFlight = false;
    for (let attempt = 1; attempt <= 3 && !killedInFlight; attempt++) {
      const ids = await registerPeople(t, 500); // one full batch (MAX_PUSH_BATCH)
      const before = snapshot(dataDir);
      let answered = false;
      const stopProbe = killDuringWriteTransaction(dataDir, server);
      t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
        const response = await fetch(input, init);
        if (input.includes('/api/sync/push')) answered = true;
        return response;
      };
      await t.sync().catch(() => undefined);
      t.faults.wrap = null;
      await server.exited;
      stopProbe();
      [server, url] = await start();
      t.connect(url);
      killedInFlight = !answered;

      const after = snapshot(dataDir);
      expect([0, 500]).toContain(after.records - before.records);
      expect(after.mutations - before.mutations).toBe(after.records - before.records);

      await t.sync();
      expect(await t.db.outbox.count()).toBe(0);
      const done = snapshot(dataDir);
      expect(done.records - before.records).toBe(500);
      expect(done.mutations - before.mutations).toBe(500);
      const people = (await contents(t.db)).people.filter((p) => ids.includes(String(p.id)));
      expect(people).toHaveLength(500);
      expect(new Set(people.map((p) => p.version)).size).toBe(500);
    }
    expect(killedInFlight).toBe(true);
    server.child.kill('SIGTERM');
    await server.exited;
  }, 120_000);
});
