import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { ENVELOPE_FIELDS, type RecordOf } from '../../src/domain/records/index.ts';
import { auditPageSchema } from '../../src/domain/sync/audit.ts';
import { attachment, grant, pathway, person, visit } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

const fieldsOf = (record: object): string[] => Object.keys(record).filter((key) => !(ENVELOPE_FIELDS as string[]).includes(key)).sort();

describe.each(backends())('the audit log on $kind', (backend) => {
  let server: TestServer;
  let anna: Client; // operator at Barrito: registers and edits
  let bruno: Client; // operator at Barrito: views
  let vera: Client; // operator at Vallette
  let carla: Client; // coordinator
  let adele: Client; // administrator
  const seqs = new Map<Client, number>();
  const nextSeq = (client: Client): number => {
    seqs.set(client, (seqs.get(client) ?? 0) + 1);
    return seqs.get(client)!;
  };

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await addUser(server.storage, 'anna', 'operator', ['barrito']);
    await addUser(server.storage, 'bruno', 'operator', ['barrito']);
    await addUser(server.storage, 'vera', 'operator', ['vallette']);
    await addUser(server.storage, 'carla', 'coordinator', ['barrito']);
    await addUser(server.storage, 'adele', 'admin', ['barrito']);
    const as = (name: string) => login(server.url, name, newId());
    [anna, bruno, vera, carla, adele] = await Promise.all([as('anna'), as('bruno'), as('vera'), as('carla'), as('adele')]);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  /** Pushes one mutation and expects it stored; returns the record's new version. */
  async function stored(client: Client, mutation: Omit<Parameters<typeof push>[1][number], 'seq'>): Promise<number> {
    const seq = nextSeq(client);
    const { body } = await push(client, [{ ...mutation, seq }]);
    expect(body.results[0], JSON.stringify(body.results[0])).toMatchObject({ seq, status: 'applied' });
    return body.results[0].version;
  }
  const create = <T extends Parameters<typeof createOf>[1]>(client: Client, table: T, record: RecordOf<T>) => stored(client, createOf(0, table, record));
  const update = (client: Client, table: Parameters<typeof createOf>[1], recordId: string, baseVersion: number, changes: Record<string, unknown>, op: 'update' | 'delete' = 'update') =>
    stored(client, { table, recordId, op, baseVersion, changes, at: new Date().toISOString() });

  async function registered(client: Client, siteId: string): Promise<RecordOf<'people'>> {
    const someone = { ...person('peruvian'), siteId };
    await create(client, 'people', someone);
    return someone;
  }

  async function logOf(personId: string, reader: Client = carla, query = '') {
    const { status, body } = await reader.call('GET', `/api/audit/people/${personId}${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return auditPageSchema.parse(body);
  }

  const views = (client: Client, list: { id: string; personId: string; at?: string }[]) =>
    client.call('POST', '/api/audit/views', { views: list.map((view) => ({ at: new Date().toISOString(), ...view })) });

  /** The raw rows of the log, outside the adapter: what no API answer can hide. */
  const rawCount = async (): Promise<number> => Number((await server.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_entries'))[0]?.n);

  it('names who, from which device, what and which fields, newest first; operators cannot read it', async () => {
    const rosa = { ...person('peruvian'), siteId: 'barrito' };
    const v1 = await create(anna, 'people', rosa);
    await update(anna, 'people', rosa.id, v1, { phone: '333 000 1111', note: 'Ha cambiato numero' });
    const seen = { ...visit(), siteId: 'barrito', personId: rosa.id, operatorId: anna.user.id };
    await create(anna, 'visits', seen);
    const viewId = newId();
    expect((await views(bruno, [{ id: viewId, personId: rosa.id }])).body).toEqual({ recorded: [viewId], refused: [] });

    const log = await logOf(rosa.id);
    const annaSays = { userId: anna.user.id, userName: 'Test anna', deviceId: anna.deviceId, deviceName: 'tablet of anna' };
    expect(log.entries.map(({ id: _id, at: _at, ...entry }) => entry)).toEqual([
      { action: 'view', table: 'people', recordId: rosa.id, personId: rosa.id, fields: [], userId: bruno.user.id, userName: 'Test bruno', deviceId: bruno.deviceId, deviceName: 'tablet of bruno' },
      { action: 'create', table: 'visits', recordId: seen.id, personId: rosa.id, fields: fieldsOf(seen), ...annaSays },
      { action: 'update', table: 'people', recordId: rosa.id, personId: rosa.id, fields: ['note', 'phone'], ...annaSays },
      { action: 'create', table: 'people', recordId: rosa.id, personId: rosa.id, fields: fieldsOf(rosa), ...annaSays },
    ]);
    expect(log.entries[0]?.id).toBe(viewId);
    expect(log.next).toBeNull();
    // Names of fields, never their values: the log is no second copy of her record.
    const text = JSON.stringify(log);
    for (const value of [rosa.lastName, rosa.firstName, '333 000 1111', 'Ha cambiato numero', seen.guidance!]) expect(text).not.toContain(value);

    expect((await logOf(rosa.id, adele)).entries).toEqual(log.entries);
    for (const operator of [anna, bruno]) {
      const { status, body } = await operator.call('GET', `/api/audit/people/${rosa.id}`);
      expect([status, body.error.code]).toEqual([403, 'forbidden']);
    }
  });

  it('records a view sent again once, refuses a person of another site or unknown, and records nothing for them', async () => {
    const rosa = await registered(anna, 'barrito');
    const omar = await registered(vera, 'vallette');
    const [ofRosa, ofOmar, ofNobody] = [newId(), newId(), newId()];
    const batch = [{ id: ofOmar, personId: omar.id }, { id: ofRosa, personId: rosa.id }, { id: ofRosa, personId: rosa.id }, { id: ofNobody, personId: newId() }];
    const before = await rawCount();
    const answer = { recorded: [ofRosa], refused: [{ id: ofOmar, reason: 'person not found' }, { id: ofNobody, reason: 'person not found' }] };
    expect((await views(bruno, batch)).body).toEqual(answer);
    expect((await views(bruno, batch)).body).toEqual(answer); // its answer lost: sent again
    expect(await rawCount()).toBe(before + 1);

    expect((await logOf(rosa.id)).entries.filter((entry) => entry.action === 'view').map((entry) => entry.id)).toEqual([ofRosa]);
    expect((await logOf(omar.id)).entries.map((entry) => [entry.action, entry.userName])).toEqual([['create', 'Test vera']]);
  });

  it('takes who viewed from the session, never from the body, and a view\'s time no later than the server\'s', async () => {
    const rosa = await registered(anna, 'barrito');
    const before = await rawCount();
    const forged = await bruno.call('POST', '/api/audit/views', { views: [{ id: newId(), personId: rosa.id, at: new Date().toISOString(), userId: anna.user.id }] });
    expect([forged.status, forged.body.error.code]).toEqual([400, 'invalid_request']);
    expect(await rawCount()).toBe(before);

    const future = newId();
    const sentAt = Date.now();
    await views(bruno, [{ id: future, personId: rosa.id, at: '2999-01-01T00:00:00.000+01:00' }]);
    const [entry] = (await logOf(rosa.id)).entries;
    expect(entry).toMatchObject({ id: future, userId: bruno.user.id, deviceId: bruno.deviceId });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(sentAt);
    expect(Date.parse(entry!.at)).toBeLessThanOrEqual(Date.now());
  });

  it('keeps a deletion under the person her tombstone no longer names; a grant under its household; a file under its owner\'s person', async () => {
    const rosa = await registered(anna, 'barrito');
    const seen = { ...visit(), siteId: 'barrito', personId: rosa.id, operatorId: anna.user.id };
    const v = await create(anna, 'visits', seen);
    const gone = await update(anna, 'visits', seen.id, v, { deleted: true }, 'delete');
    await update(bruno, 'visits', seen.id, gone, { deleted: true }, 'delete'); // deleting a tombstone again changes nothing

    const path = { ...pathway(), siteId: 'barrito', personId: rosa.id, caseManagerId: anna.user.id };
    await create(anna, 'pathways', path);
    const { approvedOn: _on, approvedBy: _by, ...approved } = grant();
    const proposed = { ...approved, siteId: 'barrito', pathwayId: path.id, householdId: rosa.id, status: 'proposed' as const };
    await create(anna, 'grants', proposed);
    // A receipt of her grant: its person is found through the grant, read from the database.
    const bytes = randomBytes(2000);
    const receipt = { ...attachment(), siteId: 'barrito', ownerTable: 'grants', ownerId: proposed.id, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    await create(anna, 'attachments', receipt);
    const upload = await anna.fetch(`${server.url}/api/attachments/${receipt.id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
    });
    expect(upload.status).toBe(200);
    const download = await bruno.fetch(`${server.url}/api/attachments/${receipt.id}/content`);
    expect(download.status).toBe(200);

    expect((await logOf(rosa.id)).entries.map((entry) => [entry.action, entry.table, entry.recordId, entry.userName, entry.fields])).toEqual([
      ['download', 'attachments', receipt.id, 'Test bruno', []],
      ['create', 'attachments', receipt.id, 'Test anna', fieldsOf(receipt)],
      ['create', 'grants', proposed.id, 'Test anna', fieldsOf(proposed)],
      ['create', 'pathways', path.id, 'Test anna', fieldsOf(path)],
      ['delete', 'visits', seen.id, 'Test anna', []],
      ['create', 'visits', seen.id, 'Test anna', fieldsOf(seen)],
      ['create', 'people', rosa.id, 'Test anna', fieldsOf(rosa)],
    ]);
  });

  it('records nothing for a refused change, and nothing for a record about no one', async () => {
    const rosa = await registered(anna, 'barrito');
    const before = await rawCount();
    const seq = nextSeq(anna);
    const refused = await push(anna, [{ seq, table: 'people', recordId: rosa.id, op: 'update', baseVersion: 1, changes: { birthDate: '2999-01-01' }, at: new Date().toISOString() }]);
    expect(refused.body.results[0].status).toBe('rejected');
    const { body } = await push(anna, [createOf(nextSeq(anna), 'events', { id: newId(), siteId: 'barrito', version: 0, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), updatedBy: anna.user.id, deleted: false, date: '2025-03-08', title: 'Lettura', theme: 'reading', participantsAdults: 3, participantsChildren: 2 })]);
    expect(body.results[0].status).toBe('applied');
    expect(await rawCount()).toBe(before);
  });

  it('pages newest first with the cursor it gives, and refuses a cursor it did not give', async () => {
    const rosa = await registered(anna, 'barrito');
    await views(bruno, Array.from({ length: 4 }, () => ({ id: newId(), personId: rosa.id })));
    const whole = await logOf(rosa.id);
    expect(whole.entries).toHaveLength(5);
    const first = await logOf(rosa.id, carla, '?limit=2');
    const second = await logOf(rosa.id, carla, `?limit=2&before=${encodeURIComponent(first.next!)}`);
    const third = await logOf(rosa.id, carla, `?limit=2&before=${encodeURIComponent(second.next!)}`);
    expect([...first.entries, ...second.entries, ...third.entries]).toEqual(whole.entries);
    expect(third.next).toBeNull();
    for (const query of ['?limit=0', '?limit=201', '?before=yesterday', `?before=${encodeURIComponent(`2025-01-01T00:00:00Z~${newId()}~x`)}`, '?sort=asc']) {
      const { status } = await carla.call('GET', `/api/audit/people/${rosa.id}${query}`);
      expect(status, query).toBe(400);
    }
  });

  it('has no endpoint that edits the log, and audit entries are no synced table', async () => {
    const rosa = await registered(anna, 'barrito');
    await views(bruno, [{ id: newId(), personId: rosa.id }]);
    const [before, count] = [await logOf(rosa.id), await rawCount()];
    const entryId = before.entries[0]!.id;
    const attempts: [string, string, number][] = [
      ['PUT', `/api/audit/people/${rosa.id}`, 405],
      ['PATCH', `/api/audit/people/${rosa.id}`, 405],
      ['DELETE', `/api/audit/people/${rosa.id}`, 405],
      ['POST', `/api/audit/people/${rosa.id}`, 405],
      ['GET', '/api/audit/views', 405],
      ['PUT', '/api/audit/views', 405],
      ['PATCH', '/api/audit/views', 405],
      ['DELETE', '/api/audit/views', 405],
      ['PUT', `/api/audit/entries/${entryId}`, 404],
      ['PATCH', `/api/audit/entries/${entryId}`, 404],
      ['DELETE', `/api/audit/entries/${entryId}`, 404],
      ['POST', '/api/audit/entries', 404],
      ['DELETE', '/api/audit', 404],
      ['DELETE', '/api/audit/people', 404],
    ];
    for (const client of [adele, carla]) {
      for (const [method, path, expected] of attempts) {
        const { status } = await client.call(method, path, method === 'GET' || method === 'DELETE' ? undefined : { views: [], action: 'create', fields: [] });
        expect(status, `${method} ${path}`).toBe(expected);
      }
    }
    for (const table of ['audit_entries', 'audit', 'auditEntries']) {
      const seq = nextSeq(adele);
      const { body } = await push(adele, [{ seq, table: table as never, recordId: entryId, op: 'delete', baseVersion: 1, changes: { deleted: true }, at: new Date().toISOString() }]);
      expect(body.results).toEqual([{ seq, status: 'rejected', reason: expect.stringMatching(/^table: /) }]);
    }
    expect(await logOf(rosa.id)).toEqual(before);
    expect(await rawCount()).toBe(count);
  });
});
