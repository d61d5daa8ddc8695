import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordView } from '../../src/db/auditViews.ts';
import { createRecord } from '../../src/db/repository.ts';
import { saveSession } from '../../src/db/session.ts';
import { newId } from '../../src/domain/ids.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, login, startTestServer } from '../server/helpers.ts';
import { type Tablet, tablet } from './helpers.ts';

/** A tablet whose desk session is saved, as the app's login does: views are sent for that user. */
async function desk(url: string, username: string): Promise<Tablet> {
  const t = await tablet(url, username);
  await saveSession(t.db, { user: t.client.user, siteId: 'barrito', loggedInAt: new Date().toISOString() });
  return t;
}

/** No request gets through: the tablet is offline. */
function offline(t: Tablet): void {
  t.faults.wrap = () => async () => {
    throw new TypeError('fetch failed: network unreachable');
  };
}

/** The views reach the server, which records them and answers; the answer is lost on the way back. */
function loseNextViewsAnswer(t: Tablet): void {
  t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
    const response = await fetch(input, init);
    if (!input.includes('/api/audit/views')) return response;
    t.faults.wrap = null;
    await response.arrayBuffer(); // the server has committed and answered
    throw new TypeError('fetch failed: connection reset');
  };
}

describe('views of a person\'s page reach the audit log through the sync round', () => {
  let server: TestServer;
  let carla: Client;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer();
    await Promise.all([
      addUser(server.storage, 'amina', 'operator', ['barrito']),
      addUser(server.storage, 'olga', 'operator', ['barrito']),
      addUser(server.storage, 'carla', 'coordinator', ['barrito']),
    ]);
    carla = await login(server.url, 'carla', newId());
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  const viewsOf = async (personId: string) => {
    const { status, body } = await carla.call('GET', `/api/audit/people/${personId}`);
    expect(status).toBe(200);
    return (body.entries as { id: string; action: string; userId: string; deviceId: string }[]).filter((entry) => entry.action === 'view');
  };

  it('a view recorded offline is sent at the next sync, and leaves the queue only once acknowledged', async () => {
    const a = await desk(server.url, 'amina');
    const rosa = await createRecord(a.db, a.author, 'people', fieldsOf(person('peruvian')));
    offline(a);
    await recordView(a.db, a.client.user.id, rosa.id);
    await expect(a.sync()).rejects.toThrow(/offline/);
    const [queued] = await a.db.auditViews.toArray();
    expect(queued).toMatchObject({ personId: rosa.id, userId: a.client.user.id });

    loseNextViewsAnswer(a);
    await expect(a.sync()).rejects.toThrow(/offline/);
    expect(await a.db.auditViews.toArray()).toEqual([queued]); // not acknowledged: kept
    const recorded = await viewsOf(rosa.id);
    expect(recorded).toEqual([expect.objectContaining({ id: queued!.id, userId: a.client.user.id, deviceId: a.client.deviceId })]);

    const report = await a.engine.syncNow();
    expect(report).toMatchObject({ views: 1 });
    expect(await a.db.auditViews.count()).toBe(0);
    expect(await viewsOf(rosa.id)).toEqual(recorded); // sent again, kept once
  });

  it('on a shared tablet, sends only the views of the user logged in now; the others wait for theirs', async () => {
    const a = await desk(server.url, 'amina');
    const rosa = await createRecord(a.db, a.author, 'people', fieldsOf(person('peruvian')));
    await a.sync();

    // Olga on the tablet Amina handed over: Amina's view of Rosa is still queued, then Olga opens her page too.
    const o = await desk(server.url, 'olga');
    await recordView(o.db, a.client.user.id, rosa.id);
    await recordView(o.db, o.client.user.id, rosa.id);
    await o.sync();

    expect((await viewsOf(rosa.id)).map((view) => view.userId)).toEqual([o.client.user.id]);
    expect((await o.db.auditViews.toArray()).map((view) => view.userId)).toEqual([a.client.user.id]);
  });

  it('drops a queued view the server could never take, so it blocks neither the other views nor the round', async () => {
    const a = await desk(server.url, 'amina');
    const rosa = await createRecord(a.db, a.author, 'people', fieldsOf(person('peruvian')));
    await a.sync();
    await a.db.auditViews.add({ id: newId(), personId: rosa.id, at: 'yesterday', userId: a.client.user.id });
    await recordView(a.db, a.client.user.id, rosa.id);
    await a.sync();
    expect(await a.db.auditViews.count()).toBe(0);
    expect(await viewsOf(rosa.id)).toHaveLength(1);
  });
});
