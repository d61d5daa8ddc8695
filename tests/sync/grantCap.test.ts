import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listRefusedChanges } from '../../src/db/outbox.ts';
import { proposeGrant } from '../../src/db/grants.ts';
import { addPathway, addPerson } from '../db/pathwaySeed.ts';
import { type TestServer, addUser, backends, startTestServer } from '../server/helpers.ts';
import { tablet } from './helpers.ts';

const proposal = (amountCents: number) => ({ amountCents, expenseType: 'utility_bills' as const, purpose: 'Bolletta del gas', proposedOn: '2026-02-10' });

/**
 * Two tablets of one house, both offline, each spend the household's last €200: the cap is the
 * server's to keep, so exactly one grant stands and the other tablet is told why, in a rule's
 * code its screen says in the operator's language.
 */
describe.each(backends())('the household cap across two offline tablets on $kind', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'bea', 'operator', ['barrito'])]);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('exactly one of the two last-€200 grants stands; the other stays on its tablet, refused with the cap’s code', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'bea')]);
    const woman = await addPerson(a.db, a.author);
    const path = await addPathway(a.db, a.author, woman.id);
    await proposeGrant(a.db, a.author, 'operator', path.id, proposal(50_000));
    await a.sync();
    await b.sync();

    // Offline, each tablet sees €200 left and proposes €200.
    const fromA = await proposeGrant(a.db, a.author, 'operator', path.id, proposal(20_000));
    const fromB = await proposeGrant(b.db, b.author, 'operator', path.id, proposal(20_000));
    await a.sync();
    await b.sync();
    await a.sync();

    const onServer = (await a.client.call('GET', '/api/sync/pull?cursor=0&limit=1000')).body.changes
      .filter((c: { table: string; record: { householdId?: string } }) => c.table === 'grants' && c.record.householdId === woman.id)
      .map((c: { record: { id: string } }) => c.record.id);
    expect(onServer).toContain(fromA.id);
    expect(onServer).not.toContain(fromB.id);
    expect(await listRefusedChanges(a.db)).toEqual([]);
    const refused = await listRefusedChanges(b.db);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ table: 'grants', recordId: fromB.id, rejected: { code: 'grant_over_cap' } });
    expect(refused[0]!.rejected!.reason).toMatch(/over the household cap/);
    // Nothing typed is lost: the refused grant is still on tablet B for a person to see.
    expect(await b.db.grants.get(fromB.id)).toMatchObject({ amountCents: 20_000 });
  });
});
