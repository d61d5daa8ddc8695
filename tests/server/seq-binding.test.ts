import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { type Mutation, pushResponseSchema } from '../../src/domain/sync/protocol.ts';
import { person, visit } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

const renumber = (seq: number, nextSeq: number) => ({
  seq,
  status: 'renumber',
  reason: `seq ${seq} was already used on this device for a different change; the device renumbers it and sends it again`,
  nextSeq,
});

/** Two accounts logged in with one device id: device ids are not secret. */
describe.each(backends())('a device’s seqs belong to the mutations first pushed under them, on $kind', (backend) => {
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

  async function sameDevice(): Promise<[Client, Client]> {
    const deviceId = newId();
    return Promise.all([login(server.url, 'amina', deviceId), login(server.url, 'olga', deviceId)]);
  }
  const onServer = async (client: Client, id: string) => (await pullAll(client)).find((c) => c.record.id === id)?.record;

  it('another account cannot take over a tablet’s seqs: the tablet is told to renumber, and its record reaches the server', async () => {
    const [a, b] = await sameDevice();
    const mine = createOf(1, 'people', person('nigerian'));
    const first = await push(a, [mine]);
    const taken = [2, 3, 4].map((seq) => createOf(seq, 'visits', visit()));
    const onB = await push(b, taken);
    expect(onB.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);

    const amina = person('peruvian');
    const before = await server.snapshot();
    const answer = await push(a, [createOf(2, 'people', amina)]);
    expect(answer.status).toBe(200);
    expect(pushResponseSchema.parse(answer.body).results).toEqual([renumber(2, 5)]);
    expect(await server.snapshot()).toEqual(before); // neither applied nor recorded
    expect(await onServer(a, amina.id)).toBeUndefined();

    const resent = await push(a, [createOf(5, 'people', amina)]);
    expect(resent.body.results).toEqual([{ seq: 5, status: 'applied', version: expect.any(Number) }]);
    expect(await onServer(a, amina.id)).toMatchObject({ id: amina.id, firstName: amina.firstName, updatedBy: a.user.id });

    // Each account's retries still get their own first answers.
    const settled = await server.snapshot();
    expect(await push(b, taken)).toEqual(onB);
    expect(await push(a, [mine])).toEqual(first);
    expect(await push(a, [createOf(5, 'people', amina)])).toEqual(resent);
    expect(await server.snapshot()).toEqual(settled);
  });

  it('another operator of a shared tablet resending the very same mutation (its answer was lost) gets the first answer: nothing is applied twice', async () => {
    const [a, b] = await sameDevice();
    const batch = [createOf(1, 'people', person('moroccan'))];
    const first = await push(a, batch);
    const before = await server.snapshot();
    expect(await push(b, batch)).toEqual(first);
    expect(await server.snapshot()).toEqual(before);
  });

  it('the same account reusing a seq for other content (a restored tablet) is told to renumber; the same content again is a retry', async () => {
    const [a] = await sameDevice();
    const amina = person('italian');
    const original = createOf(1, 'people', amina);
    const first = await push(a, [original]);
    const before = await server.snapshot();

    const restored = updateOf(1, 'people', amina.id, first.body.results[0].version, { phone: '333 000 1111' });
    expect((await push(a, [restored])).body.results).toEqual([renumber(1, 2)]);
    expect(await server.snapshot()).toEqual(before);

    // The same content with its keys in another order is the same mutation.
    const reordered = Object.fromEntries(Object.entries(original).reverse()) as Mutation;
    reordered.changes = Object.fromEntries(Object.entries(original.changes).reverse());
    expect(await push(a, [reordered])).toEqual(first);
    expect((await push(a, [{ ...restored, seq: 2 }])).body.results).toEqual([{ seq: 2, status: 'applied', version: expect.any(Number) }]);
    expect(await onServer(a, amina.id)).toMatchObject({ phone: '333 000 1111' });
  });

  it('a renumbered seq stops the batch: the fresh mutations after it wait, in order; a retry after it is answered', async () => {
    const [a, b] = await sameDevice();
    await push(b, [createOf(1, 'visits', visit()), createOf(3, 'visits', visit())]);
    const mine = createOf(2, 'people', person('nigerian'));
    const applied = await push(a, [mine]);
    const rosa = person('peruvian');
    const before = await server.snapshot();
    const { body } = await push(a, [createOf(1, 'people', rosa), mine, updateOf(4, 'people', rosa.id, 0, { note: 'after the create' })]);
    expect(body.results).toEqual([renumber(1, 4), applied.body.results[0]]);
    expect(await server.snapshot()).toEqual(before);

    const resent = await push(a, [createOf(4, 'people', rosa), updateOf(5, 'people', rosa.id, 0, { note: 'after the create' })]);
    expect(resent.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'merged']);
    expect(await onServer(a, rosa.id)).toMatchObject({ note: 'after the create' });
  });

  it('tells an app of schema version 1, which knows no renumber, that the mutation was rejected, with the reason', async () => {
    const [a, b] = await sameDevice();
    await push(b, [createOf(1, 'visits', visit())]);
    const { status, body } = await push(a, [createOf(1, 'people', person('moroccan'))], 1);
    expect(status).toBe(200);
    const { nextSeq: _absent, ...rest } = renumber(1, 2);
    expect(body.results).toEqual([{ ...rest, status: 'rejected' }]);
  });

  it('answers a seq recorded before seqs were bound to their pusher as it always did', async () => {
    const [a] = await sameDevice();
    const old = { seq: 1, status: 'applied', version: 3 };
    await server.db.query('INSERT INTO mutations (device_id, seq, result, created_at) VALUES (?, ?, ?, ?)', [
      a.deviceId, 1, JSON.stringify(old), '2025-03-14T09:30:00.000Z',
    ]);
    expect((await push(a, [createOf(1, 'people', person('italian'))])).body.results).toEqual([old]);
  });
});
