import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { MAX_VALUE_DEPTH } from '../../src/domain/storable.ts';
import { MAX_PUSH_BATCH, SCHEMA_VERSION, pushResponseSchema } from '../../src/domain/sync/protocol.ts';
import { conflict, person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

/** `levels` objects one inside the other, the innermost holding `leaf`. */
function nested(levels: number, leaf = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** A push whose mutations are given as JSON text, for values JSON.stringify itself cannot write (it overflows a few thousand deep). */
async function pushText(baseUrl: string, client: Client, mutations: string[]): Promise<{ status: number; body: any }> {
  const body = `{"schemaVersion":${SCHEMA_VERSION},"deviceId":"${client.deviceId}","mutations":[${mutations.join(',')}]}`;
  const response = await client.fetch(`${baseUrl}/api/sync/push`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: await response.json() };
}

describe.each(backends())('one malformed mutation never sinks its push, on $kind', (backend) => {
  let server: TestServer;
  let device: Client;
  let other: Client;
  let seq = 0;
  let otherSeq = 0;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    await addUser(server.storage, 'chiara', 'coordinator', ['barrito']);
    [device, other] = await Promise.all([login(server.url, 'chiara', newId()), login(server.url, 'chiara', newId())]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('rejects a value nested 5,000 deep with a reason, applies the other two, and answers a retry the same', async () => {
    const [first, last] = [person('moroccan'), person('nigerian')];
    const deep = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const [s1, s2, s3] = [++seq, ++seq, ++seq];
    const batch = [
      JSON.stringify(createOf(s1, 'people', first)),
      JSON.stringify(updateOf(s2, 'people', first.id, 1, { note: '@' })).replace('"@"', deep),
      JSON.stringify(createOf(s3, 'people', last)),
    ];
    const before = await server.snapshot();
    const answer = await pushText(server.url, device, batch);
    expect(answer.status).toBe(200);
    const results = pushResponseSchema.parse(answer.body).results;
    expect(results.map((r) => [r.seq, r.status])).toEqual([[s1, 'applied'], [s2, 'rejected'], [s3, 'applied']]);
    expect(results[1]?.reason).toMatch(/^changes\.note(\.a)+: Value nested too deeply$/);
    const afterFirst = await server.snapshot();
    expect([afterFirst.records - before.records, afterFirst.mutations - before.mutations]).toEqual([2, 3]);

    expect(await pushText(server.url, device, batch)).toEqual(answer);
    expect(await server.snapshot()).toEqual(afterFirst);
  });

  it('rejects a lone surrogate in a person’s name with a reason and applies the others', async () => {
    const [first, bad, last] = [person('peruvian'), { ...person('italian'), firstName: 'Giulia\ud800' }, person('moroccan')];
    const { status, body } = await push(device, [createOf(++seq, 'people', first), createOf(++seq, 'people', bad), createOf(++seq, 'people', last)]);
    expect(status).toBe(200);
    expect(body.results).toEqual([
      { seq: seq - 2, status: 'applied', version: expect.any(Number) },
      { seq: seq - 1, status: 'rejected', reason: 'changes.firstName: The text contains characters that cannot be stored' },
      { seq, status: 'applied', version: expect.any(Number) },
    ]);
    const stored = (await pullAll(device)).map((c) => c.record.id);
    expect([first.id, bad.id, last.id].map((id) => stored.includes(id))).toEqual([true, false, true]);
  });

  it('answers each mutation the schema refuses by its seq, quoting nothing the database could not store', async () => {
    const good = person('nigerian');
    const base = createOf(1, 'people', person('italian'));
    const malformed = [
      { ...base, table: 'spaceships' },
      { ...base, extra: true },
      { ...base, 'bad\ud800key': 1, 'nul\u0000key': 2 },
      { ...base, changes: 'not an object' },
      { ...base, changes: { ...base.changes, 'first\u0000Name': 'x' } },
      { seq: 0 }, // replaced below by a bare seq
    ];
    const mutations = [...malformed.map((m) => ({ ...m, seq: ++seq })), createOf(++seq, 'people', good)];
    mutations[5] = { seq: mutations[5]!.seq } as never;
    const { status, body } = await push(device, mutations as never);
    expect(status).toBe(200);
    expect(body.results.map((r: { reason?: string }) => r.reason)).toEqual([
      'table: Invalid value',
      'extra: Unexpected field',
      'bad\ufffdkey: Unexpected field; nul\ufffdkey: Unexpected field',
      'changes: Wrong type of value',
      'changes: The text contains characters that cannot be stored',
      'table: Invalid value; recordId: This field is required; op: This field is required; baseVersion: This field is required; changes: This field is required; at: This field is required',
      undefined,
    ]);
    expect(body.results.at(-1)).toMatchObject({ seq, status: 'applied' });
  });

  it('answers 400 only when the batch itself is unreadable: a mutation without a seq, seqs out of order, too many', async () => {
    const mutation = () => createOf(++seq, 'people', person('italian'));
    const cases: [unknown, string][] = [
      [[mutation(), 'a string'], 'mutations.1: Wrong type of value'],
      [[mutation(), { ...mutation(), seq: -3 }], 'mutations.1.seq: Invalid value; mutations: Invalid value'],
      [[mutation(), { ...mutation(), seq: 1.5 }], 'mutations.1.seq: Wrong type of value'],
      [[{ ...mutation(), seq: seq + 10 }, mutation()], 'mutations: Invalid value'],
      [Array.from({ length: MAX_PUSH_BATCH + 1 }, mutation), 'mutations: Too many items'],
    ];
    const before = await server.snapshot();
    for (const [mutations, message] of cases) {
      const { status, body } = await device.call('POST', '/api/sync/push', { schemaVersion: SCHEMA_VERSION, deviceId: device.deviceId, mutations });
      expect([status, body.error]).toEqual([400, { code: 'invalid_request', message }]);
    }
    expect(await server.snapshot()).toEqual(before);
  });

  it('refuses a body nested past any mutation’s reach with 400 too_deep', async () => {
    const { status, body } = await pushText(server.url, device, [`${'['.repeat(20_000)}${']'.repeat(20_000)}`]);
    expect([status, body.error.code]).toEqual([400, 'too_deep']);
  });

  it('conflict values from a device: past the depth limit refused by their seq (not a 500), and no device writes a conflict at all', async () => {
    // A conflict's values are the only generic fields of a record, and only the server writes
    // conflicts (from record fields, which their schemas bound): a device's are refused.
    const record = { ...conflict(), siteId: 'barrito', clientValue: nested(MAX_VALUE_DEPTH - 1) };
    const created = await push(device, [createOf(++seq, 'conflicts', record)]);
    expect(created.body.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/only the server creates/) });

    // Past SQLite's JSON limit (1,000 levels): refused by its seq, not a 500.
    const tooDeep = await push(other, [updateOf(++otherSeq, 'conflicts', record.id, 1, { clientValue: nested(1_100) })]);
    expect(tooDeep.body.results[0]).toMatchObject({ seq: otherSeq, status: 'rejected', reason: expect.stringMatching(/^changes\.clientValue(\.a)+: Value nested too deeply$/) });
    const oneTooDeep = await push(other, [updateOf(++otherSeq, 'conflicts', record.id, 1, { clientValue: nested(MAX_VALUE_DEPTH) })]);
    expect(oneTooDeep.body.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/nested too deeply/) });
    expect((await pullAll(device)).some((c) => c.record.id === record.id)).toBe(false);
  });
});
