import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecord, updateRecord } from '../../src/db/repository.ts';
import { newId } from '../../src/domain/ids.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { type TestServer, addUser, backends, startTestServer } from '../server/helpers.ts';
import { pullAll } from '../server/mutations.ts';
import { type Tablet, tablet } from './helpers.ts';

/** What each record should hold on the server: the note its tablet wrote last. */
type Expected = Map<string, string>;

async function register(t: Tablet, expected: Expected, note = `first ${newId()}`): Promise<string> {
  const p = await createRecord(t.db, t.author, 'people', { ...fieldsOf(person('moroccan')), note });
  expected.set(p.id, note);
  return p.id;
}

async function annotate(t: Tablet, expected: Expected, id: string): Promise<void> {
  const note = `edited ${newId()}`;
  await updateRecord(t.db, t.author, 'people', id, { note });
  expected.set(id, note);
}

/** The push reaches the server and is applied; its answer is lost on the way back. */
function loseNextPushAnswer(t: Tablet): void {
  t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
    if (!input.includes('/api/sync/push')) return fetch(input, init);
    t.faults.wrap = null;
    await (await fetch(input, init)).arrayBuffer();
    throw new TypeError('fetch failed: connection reset');
  };
}

describe.each(backends())('a device id whose seqs are used twice, against the real server on $kind', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'olga', 'operator', ['barrito'])]);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  /** Every expected record is on the server with the note its tablet wrote last. */
  async function expectOnServer(t: Tablet, expected: Expected): Promise<void> {
    const stored = new Map((await pullAll(t.client)).map((c) => [String(c.record.id), c.record.note]));
    expect(Object.fromEntries([...expected.keys()].map((id) => [id, stored.get(id)]))).toEqual(Object.fromEntries(expected));
  }

  it('a tablet whose outbox counter went back (a restored or wiped database keeping its id) loses none of its new records', async () => {
    const before = await tablet(server.url, 'amina');
    const earlier: Expected = new Map();
    for (let i = 0; i < 3; i++) await register(before, earlier);
    await before.sync(); // the server holds seqs 1–3 of this device

    const after = await tablet(server.url, 'amina', undefined, { deviceId: before.client.deviceId });
    const expected: Expected = new Map();
    const ids = [await register(after, expected), await register(after, expected), await register(after, expected)];
    // Seq 4, free on the server, edits the create under the used seq 1: it must still arrive after it.
    await annotate(after, expected, ids[0]!);
    await register(after, expected);
    expect(await after.db.outbox.toCollection().primaryKeys()).toEqual([1, 2, 3, 4, 5]);

    await after.sync();
    expect(await after.db.outbox.count()).toBe(0);
    expect(after.engine.getStatus()).toMatchObject({ pending: 0, rejected: 0, lastError: null });
    await expectOnServer(after, expected);
    await expectOnServer(after, earlier);

    // Its counter now continues above every seq the server has seen.
    await annotate(after, expected, ids[1]!);
    // (The five rows moved to 6–10, above the server's 3 and the outbox's own 5.)
    expect(await after.db.outbox.toCollection().primaryKeys()).toEqual([11]);
    await after.sync();
    expect(await after.db.outbox.count()).toBe(0);
    await expectOnServer(after, expected);
  });

  it('another account logged in with a tablet’s device id cannot make the tablet lose its records', async () => {
    const deviceId = newId();
    const [a, b] = [await tablet(server.url, 'amina', undefined, { deviceId }), await tablet(server.url, 'olga', undefined, { deviceId })];
    const [onA, onB]: [Expected, Expected] = [new Map(), new Map()];
    for (let i = 0; i < 3; i++) await register(b, onB);
    await b.sync();
    for (let i = 0; i < 4; i++) await register(a, onA);
    await a.sync();
    for (let i = 0; i < 2; i++) await register(b, onB);
    await b.sync();
    for (const [t, expected] of [[a, onA], [b, onB]] as const) {
      expect(await t.db.outbox.count()).toBe(0);
      await expectOnServer(t, expected);
    }
  });

  it('property: two accounts pushing under one device id, in any order, with lost answers: every change is applied exactly once, none acknowledged unapplied', async () => {
    const command = fc.record({
      who: fc.constantFrom(0, 1),
      act: fc.constantFrom('register', 'register', 'annotate', 'sync', 'lose'),
      pick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const deviceId = newId();
        const tablets = [await tablet(server.url, 'amina', undefined, { deviceId }), await tablet(server.url, 'olga', undefined, { deviceId })];
        const expected: Expected[] = [new Map(), new Map()];
        const start = Number((await server.snapshot()).versionCounter);
        let writes = 0;
        for (const { who, act, pick } of commands) {
          const [t, mine] = [tablets[who]!, expected[who]!];
          if (act === 'register') {
            await register(t, mine);
            writes++;
          } else if (act === 'annotate' && mine.size > 0) {
            await annotate(t, mine, [...mine.keys()][pick % mine.size]!);
            writes++;
          } else if (act === 'sync') await t.sync();
          else if (act === 'lose' && (await t.db.outbox.count()) > 0) {
            loseNextPushAnswer(t);
            expect(await t.engine.syncNow()).toBeNull();
          }
        }
        for (let round = 0; round < 2; round++) for (const t of tablets) await t.sync();
        for (const [i, t] of tablets.entries()) {
          expect(await t.db.outbox.count()).toBe(0);
          await expectOnServer(t, expected[i]!);
        }
        // Each applied mutation takes one version: none was applied twice, none left out.
        expect(Number((await server.snapshot()).versionCounter) - start).toBe(writes);
        for (const t of tablets) t.db.close();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
