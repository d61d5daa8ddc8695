import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { pullResponseSchema } from '../../src/domain/sync/protocol.ts';
import { RESTORE_VERSION_GAP, markRestored } from '../../src/server/sync/restored-versions.ts';
import { person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

describe.each(backends())('pull with a cursor this database never handed out, on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;
  let seq = 0;

  const pull = async (cursor: number) => {
    const { status, body } = await amina.call('GET', `/api/sync/pull?cursor=${cursor}&limit=1000`);
    expect(status).toBe(200);
    return pullResponseSchema.parse(body);
  };
  const counter = async () => Number((await server.db.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version_counter'"))[0]?.value);

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    amina = await login(server.url, 'amina', newId());
    const { body } = await push(amina, [createOf(++seq, 'people', person()), createOf(++seq, 'people', person('peruvian'))]);
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('answers reset to a cursor above the version counter, and pages normally up to it', async () => {
    const top = await counter();
    expect(await pull(top + 1)).toEqual({ changes: [], cursor: 0, hasMore: true, reset: true });
    expect(await pull(top)).toEqual({ changes: [], cursor: top, hasMore: false, reset: false });
    const all = await pull(0);
    expect(all.reset).toBe(false);
    expect(all.cursor).toBe(top);
  });

  it('after a restore, answers reset to any cursor of the lost timeline, even once new versions pass it', async () => {
    const snapshot = await counter();
    const marked = await server.storage.transaction((tx) => markRestored(tx));
    expect(marked).toEqual({ after: snapshot, upTo: snapshot + RESTORE_VERSION_GAP });
    const { body } = await push(amina, [createOf(++seq, 'people', person('moroccan'))]);
    expect(body.results[0]).toMatchObject({ status: 'applied', version: snapshot + RESTORE_VERSION_GAP + 1 });

    // A tablet that had pulled up to snapshot + 5 on the lost timeline.
    expect((await pull(snapshot + 5)).reset).toBe(true);
    expect((await pull(snapshot + RESTORE_VERSION_GAP)).reset).toBe(true);
    // The restored server's own cursors page as before, the new record included.
    const fromSnapshot = await pull(snapshot);
    expect(fromSnapshot.reset).toBe(false);
    expect(fromSnapshot.changes.map((c) => c.record.version)).toEqual([snapshot + RESTORE_VERSION_GAP + 1]);
    expect((await pull(snapshot + RESTORE_VERSION_GAP + 1)).reset).toBe(false);
  });
});
