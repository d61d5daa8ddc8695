import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { RecordOf } from '../../src/domain/records/index.ts';
import { grant, pathway, person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

/**
 * The server applies the domain's rules to every pushed mutation, whatever the device did:
 * Amina and Bea are operators at Il Barrito, Olga at Vallette, Giulia coordinates the network.
 * Each case forges what a tampered tablet could send, next to an honest mutation that must
 * still be applied from the same batch.
 */
describe.each(backends())('the server enforces the rules on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;
  let bea: Client;
  let olga: Client;
  let giulia: Client;
  const woman = person('nigerian');
  let path: RecordOf<'pathways'>;
  let seq = 100;
  const next = () => ++seq;

  const proposal = (overrides: Partial<RecordOf<'grants'>> = {}): RecordOf<'grants'> => {
    const { approvedOn: _on, approvedBy: _by, ...rest } = grant();
    return { ...rest, pathwayId: path.id, householdId: woman.id, status: 'proposed', amountCents: 10_000, ...overrides };
  };
  const statusOf = (response: { body: any }) => response.body.results.map((r: { status: string }) => r.status);
  const serverGrant = async (id: string) => (await pullAll(giulia)).find((c) => c.table === 'grants' && c.record.id === id)?.record;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    const [aminaUser] = await Promise.all([
      addUser(server.storage, 'amina', 'operator', ['barrito']),
      addUser(server.storage, 'bea', 'operator', ['barrito']),
      addUser(server.storage, 'olga', 'operator', ['vallette']),
      addUser(server.storage, 'giulia', 'coordinator', ['barrito', 'vallette']),
    ]);
    [amina, bea, olga, giulia] = await Promise.all([
      login(server.url, 'amina', newId()), login(server.url, 'bea', newId()), login(server.url, 'olga', newId()), login(server.url, 'giulia', newId()),
    ]);
    path = { ...pathway(), personId: woman.id, caseManagerId: aminaUser.id };
    expect(statusOf(await push(amina, [createOf(1, 'people', woman), createOf(2, 'pathways', path)]))).toEqual(['applied', 'applied']);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('an operator cannot approve a grant, not even her own; the rest of her batch is applied; a coordinator approves it', async () => {
    const own = proposal();
    const created = await push(amina, [createOf(next(), 'grants', own)]);
    expect(statusOf(created)).toEqual(['applied']);
    const honest = { ...person('peruvian') };
    const forged = await push(amina, [
      updateOf(next(), 'grants', own.id, created.body.results[0].version, { status: 'approved', approvedOn: '2025-03-01', approvedBy: giulia.user.id }),
      createOf(next(), 'people', honest),
    ]);
    expect(statusOf(forged)).toEqual(['rejected', 'applied']);
    expect(forged.body.results[0].reason).toMatch(/only a coordinator can approve/);
    expect((await serverGrant(own.id))?.status).toBe('proposed');

    // Giulia approves, naming someone else as the approver: the server records her.
    const approved = await push(giulia, [
      updateOf(next(), 'grants', own.id, created.body.results[0].version, { status: 'approved', approvedOn: '2025-03-02', approvedBy: amina.user.id }),
    ]);
    expect(statusOf(approved)).toEqual(['applied']);
    expect(await serverGrant(own.id)).toMatchObject({ status: 'approved', approvedBy: giulia.user.id });
  });

  it('an operator cannot create a grant already approved, nor record a cap exception in a coordinator’s name', async () => {
    const approvedAtBirth = proposal({ status: 'approved', approvedOn: '2025-03-01', approvedBy: giulia.user.id });
    const overCap = proposal({ amountCents: 95_000, capException: { reason: 'urgenza', by: giulia.user.id, on: '2025-03-01' } });
    const result = await push(amina, [createOf(next(), 'grants', approvedAtBirth), createOf(next(), 'grants', overCap)]);
    expect(statusOf(result)).toEqual(['rejected', 'rejected']);
    expect(result.body.results[1].reason).toMatch(/only a coordinator can record an exception/);
    expect(await serverGrant(approvedAtBirth.id)).toBeUndefined();
    expect(await serverGrant(overCap.id)).toBeUndefined();
  });

  it('a coordinator’s cap exception is recorded in her own name', async () => {
    const overCap = proposal({ amountCents: 95_000, capException: { reason: 'sfratto imminente', by: amina.user.id, on: '2025-03-01' } });
    expect(statusOf(await push(giulia, [createOf(next(), 'grants', overCap)]))).toEqual(['applied']);
    expect((await serverGrant(overCap.id))?.capException).toMatchObject({ reason: 'sfratto imminente', by: giulia.user.id });
    // Cancelled again, so the household's cap is free for the next cases.
    const version = (await serverGrant(overCap.id))!.version;
    expect(statusOf(await push(giulia, [updateOf(next(), 'grants', overCap.id, version, { status: 'cancelled' })]))).toEqual(['applied']);
  });

  it('refuses a move the transitions do not allow and a change of the household', async () => {
    const g = proposal();
    const created = await push(amina, [createOf(next(), 'grants', g)]);
    const v = created.body.results[0].version;
    const result = await push(amina, [
      updateOf(next(), 'grants', g.id, v, { status: 'paid', paidOn: '2025-03-03' }),
      updateOf(next(), 'grants', g.id, v, { householdId: newId() }),
      updateOf(next(), 'grants', g.id, v, { status: 'cancelled' }),
    ]);
    expect(statusOf(result)).toEqual(['rejected', 'rejected', 'applied']);
    expect(result.body.results[0].reason).toMatch(/cannot go from proposed to paid/);
    expect(result.body.results[1].reason).toMatch(/householdId: cannot change/);
  });

  it('two tablets offline each spend the last €200 of a household: exactly one grant stands, the other is refused with a reason', async () => {
    const family = person('peruvian');
    const familyPath = { ...pathway(), personId: family.id, caseManagerId: amina.user.id };
    const existing = { ...proposal({ amountCents: 50_000 }), pathwayId: familyPath.id, householdId: family.id };
    expect(statusOf(await push(amina, [createOf(next(), 'people', family), createOf(next(), 'pathways', familyPath), createOf(next(), 'grants', existing)])))
      .toEqual(['applied', 'applied', 'applied']);
    // Both tablets saw €200 left and proposed €200 while offline.
    const fromA = { ...proposal({ amountCents: 20_000 }), pathwayId: familyPath.id, householdId: family.id };
    const fromB = { ...proposal({ amountCents: 20_000 }), pathwayId: familyPath.id, householdId: family.id };
    const [a, b] = await Promise.all([push(amina, [createOf(next(), 'grants', fromA)]), push(bea, [createOf(next(), 'grants', fromB)])]);
    const outcomes = [statusOf(a)[0], statusOf(b)[0]].sort();
    expect(outcomes).toEqual(['applied', 'rejected']);
    const refused = statusOf(a)[0] === 'rejected' ? a : b;
    expect(refused.body.results[0].reason).toMatch(/over the household cap \(0 of 70000 cents remain\)/);
    const standing = (await pullAll(giulia)).filter((c) => c.table === 'grants' && c.record.householdId === family.id && c.record.status !== 'cancelled');
    expect(standing.map((c) => c.record.amountCents).sort()).toEqual([20_000, 50_000]);
  });

  it('counts the household’s grants of every site, even those the proposing operator cannot see', async () => {
    const family = person('moroccan');
    const inVallette = { ...pathway(), siteId: 'vallette', personId: family.id, caseManagerId: olga.user.id };
    const inBarrito = { ...pathway(), personId: family.id, caseManagerId: amina.user.id };
    const valletteGrant = { ...proposal({ amountCents: 60_000 }), siteId: 'vallette', pathwayId: inVallette.id, householdId: family.id };
    expect(statusOf(await push(olga, [createOf(next(), 'pathways', inVallette), createOf(next(), 'grants', valletteGrant)]))).toEqual(['applied', 'applied']);
    expect(statusOf(await push(amina, [createOf(next(), 'people', family), createOf(next(), 'pathways', inBarrito)]))).toEqual(['applied', 'applied']);
    const tooMuch = { ...proposal({ amountCents: 15_000 }), pathwayId: inBarrito.id, householdId: family.id };
    const enough = { ...proposal({ amountCents: 10_000 }), pathwayId: inBarrito.id, householdId: family.id };
    const result = await push(amina, [createOf(next(), 'grants', tooMuch), createOf(next(), 'grants', enough)]);
    expect(statusOf(result)).toEqual(['rejected', 'applied']);
    expect(result.body.results[0].reason).toMatch(/10000 of 70000 cents remain/);
  });

  it('settling a conflict: refused to an operator who is not the case manager, recorded in the settler’s own name', async () => {
    const someone = person('italian');
    const created = await push(amina, [createOf(next(), 'people', someone)]);
    const v = created.body.results[0].version;
    expect(statusOf(await push(amina, [updateOf(next(), 'people', someone.id, v, { phone: '+39 333 111 2222' })]))).toEqual(['applied']);
    expect(statusOf(await push(bea, [updateOf(next(), 'people', someone.id, v, { phone: '+39 333 999 8888' })]))).toEqual(['conflict']);
    const conflict = (await pullAll(giulia)).find((c) => c.table === 'conflicts' && c.record.recordId === someone.id)!.record;
    const settle = { status: 'resolved', resolvedBy: giulia.user.id, resolvedAt: '2025-03-15T10:00:00.000Z' };

    const forged = await push(bea, [updateOf(next(), 'conflicts', conflict.id, conflict.version, settle)]);
    expect(statusOf(forged)).toEqual(['rejected']);
    expect(forged.body.results[0].reason).toMatch(/only a coordinator or the case manager/);
    const rewritten = await push(giulia, [updateOf(next(), 'conflicts', conflict.id, conflict.version, { clientValue: 'x' })]);
    expect(statusOf(rewritten)).toEqual(['rejected']);
    const madeUp = await push(bea, [createOf(next(), 'conflicts', { ...conflict, id: newId(), version: 0 } as RecordOf<'conflicts'>)]);
    expect(statusOf(madeUp)).toEqual(['rejected']);

    expect(statusOf(await push(giulia, [updateOf(next(), 'conflicts', conflict.id, conflict.version, { ...settle, resolvedBy: bea.user.id })]))).toEqual(['applied']);
    const settled = (await pullAll(giulia)).find((c) => c.table === 'conflicts' && c.record.id === conflict.id)!.record;
    expect(settled).toMatchObject({ status: 'resolved', resolvedBy: giulia.user.id });
  });
});
