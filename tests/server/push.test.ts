import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { RecordOf } from '../../src/domain/records/index.ts';
import { MIN_SCHEMA_VERSION, SCHEMA_VERSION, pushResponseSchema } from '../../src/domain/sync/protocol.ts';
import type { Storage, StorageTx } from '../../src/server/storage/storage.ts';
import { householdCapSettingId } from '../../src/domain/records/index.ts';
import { envelope, operator, person, visit } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

describe.each(backends())('POST /api/sync/push on $kind', (backend) => {
  let server: TestServer;
  let deviceA: Client;
  let deviceB: Client;
  let seqA = 0;
  let seqB = 0;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    [deviceA, deviceB] = await Promise.all([login(server.url, 'amina', newId()), login(server.url, 'amina', newId())]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  async function created(client: Client, record: RecordOf<'people'>): Promise<number> {
    const seq = client === deviceA ? ++seqA : ++seqB;
    const { body } = await push(client, [createOf(seq, 'people', record)]);
    expect(body.results[0]).toMatchObject({ seq, status: 'applied' });
    return body.results[0].version;
  }

  describe('POST /api/sync/push outcomes', () => {
    it('applies a create and sets the envelope on the server', async () => {
      const amina = person('nigerian');
      const version = await created(deviceA, amina);
      const stored = (await pullAll(deviceA)).find((c) => c.record.id === amina.id);
      expect(stored).toEqual({
        table: 'people',
        record: { ...amina, version, updatedBy: deviceA.user.id, updatedAt: amina.createdAt },
      });
    });

    it('applies an update on the current version, merges edits of different fields, and keeps the server value on a conflict', async () => {
      const rosa = person('peruvian');
      const v1 = await created(deviceA, rosa);

      const onA = await push(deviceA, [updateOf(++seqA, 'people', rosa.id, v1, { phone: '333 000 1111' })]);
      expect(onA.body.results).toEqual([{ seq: seqA, status: 'applied', version: v1 + 1 }]);

      // Device B still works on v1: a different field merges, the same field conflicts.
      const merged = await push(deviceB, [updateOf(++seqB, 'people', rosa.id, v1, { employment: 'employed' })]);
      expect(merged.body.results).toEqual([{ seq: seqB, status: 'merged', version: v1 + 2 }]);
      const conflict = await push(deviceB, [updateOf(++seqB, 'people', rosa.id, v1, { phone: '347 999 2222', note: 'Nuovo numero' })]);
      expect(conflict.body.results).toEqual([{ seq: seqB, status: 'conflict', version: expect.any(Number), conflictFields: ['phone'] }]);

      const changes = await pullAll(deviceA);
      const record = changes.find((c) => c.record.id === rosa.id)?.record;
      expect(record).toMatchObject({ phone: '333 000 1111', employment: 'employed', note: 'Nuovo numero', version: conflict.body.results[0].version });
      const conflicts = changes.filter((c) => c.table === 'conflicts' && c.record.recordId === rosa.id);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]?.record).toMatchObject({
        siteId: 'barrito',
        table: 'people',
        field: 'phone',
        serverValue: '333 000 1111',
        clientValue: '347 999 2222',
        clientDeviceId: deviceB.deviceId,
        clientAuthor: deviceB.user.id,
        status: 'open',
        deleted: false,
      });
    });

    it('rejects an invalid mutation with a readable reason and applies the others of the batch', async () => {
      const [first, bad, last] = [person('moroccan'), { ...person('italian'), birthDate: '2999-01-01' }, person('nigerian')];
      const before = await server.snapshot();
      const { status, body } = await push(deviceA, [createOf(++seqA, 'people', first), createOf(++seqA, 'people', bad), createOf(++seqA, 'people', last)]);
      expect(status).toBe(200);
      expect(pushResponseSchema.parse(body).results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
      expect(body.results[1]).toEqual({ seq: seqA - 1, status: 'rejected', reason: 'birthDate: The date cannot be in the future' });
      const after = await server.snapshot();
      expect(after.records - before.records).toBe(2);
      expect(after.mutations - before.mutations).toBe(3); // the rejection is recorded too
    });

    it.each([
      ['an unknown field', (p: RecordOf<'people'>) => ({ ...p, nickname: 'Mina' }), 'nickname: Unexpected field'],
      ['a wrong type', (p: RecordOf<'people'>) => ({ ...p, languages: 'it' }), 'languages: Wrong type of value'],
      ['a missing required field', (p: RecordOf<'people'>) => ({ ...p, firstName: undefined }), 'firstName: This field is required'],
      ['a bad codice fiscale', (p: RecordOf<'people'>) => ({ ...p, codiceFiscale: 'FRRGLI90D52L219A' }), 'codiceFiscale: Invalid codice fiscale (wrong check character)'],
      ['a NUL character', (p: RecordOf<'people'>) => ({ ...p, note: 'a\u0000b' }), 'changes.note: The text contains characters that cannot be stored'],
      ['an id other than recordId', (p: RecordOf<'people'>) => ({ ...p, id: newId() }), 'id: does not match the mutation’s recordId'],
    ])('rejects a create with %s', async (_name, spoil, reason) => {
      const good = person('italian');
      const mutation = createOf(++seqA, 'people', good);
      mutation.changes = spoil(good);
      const { body } = await push(deviceA, [mutation]);
      expect(body.results).toEqual([{ seq: seqA, status: 'rejected', reason }]);
      expect((await pullAll(deviceA)).some((c) => c.record.id === good.id)).toBe(false);
    });

    it('rejects an update of an unknown record, any write to operators, and an operator’s write to sites or settings', async () => {
      const { body } = await push(deviceA, [
        updateOf(++seqA, 'people', newId(), 1, { note: 'x' }),
        createOf(++seqA, 'operators', { ...operator(), siteIds: ['barrito'] }),
        updateOf(++seqA, 'sites', 'barrito', 1, { name: 'Il Barrito!' }),
        createOf(++seqA, 'settings', { ...envelope({ id: householdCapSettingId('barrito') }), key: 'householdCapCents', valueCents: 90_000 }),
      ]);
      expect(body.results).toEqual([
        { seq: seqA - 3, status: 'rejected', reason: 'record not found' },
        { seq: seqA - 2, status: 'rejected', reason: 'operators: accounts are managed on the server, not from a device', code: 'accounts_on_server' },
        { seq: seqA - 1, status: 'rejected', reason: 'sites: only an administrator can change the sites', code: 'sites_admin_only' },
        { seq: seqA, status: 'rejected', reason: 'settings: only a coordinator or an administrator can change settings', code: 'settings_not_allowed' },
      ]);
    });

    it('deletes as a tombstone that pulls like any change', async () => {
      const gone = person('moroccan');
      const v1 = await created(deviceA, gone);
      const { body } = await push(deviceA, [{ ...updateOf(++seqA, 'people', gone.id, v1, { deleted: true }), op: 'delete' }]);
      expect(body.results[0]).toMatchObject({ status: 'applied', version: v1 + 1 });
      expect((await pullAll(deviceB)).find((c) => c.record.id === gone.id)?.record).toMatchObject({ deleted: true, version: v1 + 1 });
    });
  });

  describe('POST /api/sync/push retries and refusals', () => {
    it('answers a batch sent twice identically, writing nothing the second time', async () => {
      const batch = [createOf(++seqA, 'people', person('nigerian')), createOf(++seqA, 'visits', visit()), updateOf(++seqA, 'people', newId(), 3, { note: 'x' })];
      const first = await push(deviceA, batch);
      const afterFirst = await server.snapshot();
      const second = await push(deviceA, batch);
      expect(second).toEqual(first);
      expect(await server.snapshot()).toEqual(afterFirst);
      // The same seq from another device is another mutation, not a retry.
      seqB = batch[0]!.seq;
      const fromB = await push(deviceB, [createOf(seqB, 'visits', visit())]);
      expect(fromB.body.results).toEqual([{ seq: seqB, status: 'applied', version: Number(afterFirst.versionCounter) + 1 }]);
    });

    it('answers an old or too new schemaVersion with 426 and the minimum version', async () => {
      for (const version of [MIN_SCHEMA_VERSION - 1, SCHEMA_VERSION + 1]) {
        const { status, body } = await push(deviceA, [createOf(++seqA, 'people', person('italian'))], version);
        expect(status).toBe(426);
        expect(body.error).toMatchObject({ code: 'upgrade_required', minVersion: 1, message: expect.stringMatching(version < SCHEMA_VERSION ? /update the app/ : /server must be updated/) });
      }
      // Even a body an old app shaped differently gets 426, not 400.
      const old = await deviceA.call('POST', '/api/sync/push', { schemaVersion: 0, device: 'x', changes: [] });
      expect(old.status).toBe(426);
    });

    it('answers a malformed body with 400 and readable reasons', async () => {
      const { status, body } = await deviceA.call('POST', '/api/sync/push', {
        schemaVersion: SCHEMA_VERSION,
        deviceId: deviceA.deviceId,
        mutations: [{ ...createOf(1, 'people', person('italian')), seq: 'one' }, { ...createOf(2, 'people', person('italian')), seq: undefined }],
        debug: true,
      });
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'invalid_request',
        message: 'mutations.0.seq: Wrong type of value; mutations.1.seq: This field is required; debug: Unexpected field',
      });
    });

    it('refuses a push for another device than the session’s with 403', async () => {
      const { status, body } = await deviceA.call('POST', '/api/sync/push', { schemaVersion: SCHEMA_VERSION, deviceId: deviceB.deviceId, mutations: [] });
      expect(status).toBe(403);
      expect(body.error.code).toBe('device_mismatch');
    });
  });

  describe('concurrent pushes', () => {
    it('answers the same batch sent twice at once with the same results, applying it once', async () => {
      // A tablet whose request timed out sends it again while the server is still applying the first.
      const batch = Array.from({ length: 20 }, () => createOf(++seqA, 'people', person('peruvian')));
      const before = await server.snapshot();
      const [first, second] = await Promise.all([push(deviceA, batch), push(deviceA, batch)]);
      expect(first.status).toBe(200);
      expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(batch.map(() => 'applied'));
      expect(second).toEqual(first);
      const after = await server.snapshot();
      expect([after.records - before.records, after.mutations - before.mutations]).toEqual([20, 20]);
    });

    it('keeps both edits when two devices change different fields of one record at once', async () => {
      const people = Array.from({ length: 4 }, () => person('moroccan'));
      const v1s: number[] = [];
      for (const p of people) v1s.push(await created(deviceA, p));
      const answers = await Promise.all(
        people.flatMap((p, i) => [
          push(deviceA, [updateOf(++seqA, 'people', p.id, v1s[i]!, { phone: '333 123 4567' })]),
          push(deviceB, [updateOf(++seqB, 'people', p.id, v1s[i]!, { employment: 'employed' })]),
        ]),
      );
      for (let i = 0; i < people.length; i++) {
        const statuses = [answers[2 * i], answers[2 * i + 1]].map((answer) => answer?.body.results[0].status);
        expect(statuses.sort()).toEqual(['applied', 'merged']);
      }
      const stored = await pullAll(deviceA);
      for (const p of people) {
        expect(stored.find((c) => c.record.id === p.id)?.record).toMatchObject({ phone: '333 123 4567', employment: 'employed', version: expect.any(Number) });
      }
    });
  });

  describe('a storage failure mid-batch', () => {
    /** The real storage, except that the Nth record written in a transaction throws (after the ones before it were written). */
    function failingOnWrite(n: number) {
      return (storage: Storage): Storage => ({
        kind: storage.kind,
        location: storage.location,
        migrate: () => storage.migrate(),
        appliedMigrations: () => storage.appliedMigrations(),
        close: () => storage.close(),
        transaction: (work) =>
          storage.transaction((tx) => {
            let writes = 0;
            const faulty: StorageTx = {
              ...tx,
              putRecords: async (rows) => {
                for (const row of rows) {
                  if (++writes === n) throw new Error('disk failure injected by the test');
                  await tx.putRecords([row]);
                }
              },
            };
            return work(faulty);
          }),
      });
    }

    it('answers 500 JSON and leaves the database exactly as before the batch', async () => {
      const faulty = await startTestServer({ backend, wrapStorage: failingOnWrite(3) });
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await addUser(faulty.storage, 'amina', 'operator', ['barrito']);
        const client = await login(faulty.url, 'amina', newId());
        const before = await faulty.snapshot();
        const batch = [1, 2, 3, 4, 5].map((seq) => createOf(seq, 'people', person('nigerian')));
        const { status, body } = await push(client, batch);
        expect(status).toBe(500);
        expect(body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
        expect(await faulty.snapshot()).toEqual(before);
        expect(error).toHaveBeenCalledOnce();
      } finally {
        error.mockRestore();
        await faulty.close();
      }
    });
  });
});
