import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../src/db/repository.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { type TestServer, addUser, startTestServer } from '../server/helpers.ts';
import { type Tablet, tablet } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addUser(server.storage, 'amina', 'operator', ['barrito']);
});
afterAll(async () => {
  await server.close();
});

/** Notes each sync request ("push", "pull") and runs `onPull` before the n-th pull goes out. */
function watchRequests(t: Tablet, onPull: (n: number) => Promise<void> = async () => {}): string[] {
  const seen: string[] = [];
  t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
    const kind = /\/api\/sync\/(push|pull)/.exec(input)?.[1];
    if (kind) seen.push(kind);
    if (kind === 'pull') await onPull(seen.filter((k) => k === 'pull').length);
    return fetch(input, init);
  };
  return seen;
}

// The tablets' timers never fire (tests/sync/helpers.ts): only a follow-up round can push.
describe('a round asked for while one runs', () => {
  it('a change written during the pull is pushed by a round right after, with no call and no timer', async () => {
    const a = await tablet(server.url, 'amina');
    let written: Promise<{ id: string }> | undefined;
    const requests = watchRequests(a, async (n) => {
      if (n > 1) return;
      // The operator saves a person while the round is past its push.
      written = createRecord(a.db, a.author, 'people', fieldsOf(person('moroccan')));
      await written;
    });

    expect(await a.engine.syncNow()).toMatchObject({ pushed: 0 });
    const { id } = await written!;
    // Pushed, and back from the server with its version: by the follow-up round alone.
    await vi.waitFor(async () => expect((await a.db.people.get(id))?.version).toBeGreaterThan(0), { timeout: 4_000 });
    expect(await a.db.outbox.count()).toBe(0);
    expect(requests).toEqual(['pull', 'push', 'pull']);
    await vi.waitFor(() => expect(a.engine.getStatus()).toMatchObject({ state: 'idle', pending: 0, safeToHandOver: true }));
  });

  it('"sync now" during a round runs one more after it, and resolves with that round\'s report', async () => {
    const a = await tablet(server.url, 'amina');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let pulling!: () => void;
    const firstPull = new Promise<void>((resolve) => (pulling = resolve));
    const requests = watchRequests(a, async (n) => {
      if (n > 1) return;
      pulling();
      await held;
    });

    const first = a.engine.syncNow();
    await firstPull;
    const second = a.engine.syncNow();
    const third = a.engine.syncNow(); // joins the follow-up already asked for
    expect(third).toBe(second);
    release();

    expect(await first).toMatchObject({ pushed: 0 });
    expect(requests).toEqual(['pull']);
    expect(await second).toMatchObject({ pushed: 0 });
    expect(requests).toEqual(['pull', 'pull']);
  });
});
