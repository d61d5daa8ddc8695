import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { login } from '../../../src/app/session/login.ts';
import { createRecord } from '../../../src/db/repository.ts';
import { deviceCredentials } from '../../../src/db/deviceId.ts';
import { newId } from '../../../src/domain/ids.ts';
import { createTransport } from '../../../src/sync/transport.ts';
import { author, testDevice } from '../../db/helpers.ts';
import { fieldsOf, person } from '../../domain/factories.ts';
import { TEST_PASSWORD, type TestServer, addUser, backends, cookieFetch, startTestServer } from '../../server/helpers.ts';

/**
 * A device id is bound to the tablet that first logged in with it: its secret. Another account
 * cannot log in under it; any operator of the tablet can; a tablet that finds its id taken
 * makes itself a new one and keeps its outbox.
 */
describe.each(backends())('device ids bound to their tablet on $kind', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ backend });
    await Promise.all(['amina', 'bea', 'olga'].map((name) => addUser(server.storage, name, 'operator', ['barrito'])));
    vi.stubGlobal('navigator', { userAgent: 'Sportello test tablet' });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  const rawLogin = (username: string, device: Record<string, string>) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: TEST_PASSWORD, ...device }),
    });

  it('another account cannot log in under a bound id, with no secret or another; an operator of the same tablet can', async () => {
    const { db } = testDevice();
    expect(await login(db, createTransport(server.url, cookieFetch()), 'amina', TEST_PASSWORD)).toHaveProperty('ok');
    const tablet = await deviceCredentials(db);

    const withoutSecret = await rawLogin('olga', { deviceId: tablet.deviceId });
    expect(withoutSecret.status).toBe(409);
    expect((await withoutSecret.json()).error.code).toBe('device_taken');
    const forged = await rawLogin('olga', { deviceId: tablet.deviceId, deviceSecret: 'x'.repeat(43) });
    expect(forged.status).toBe(409);
    expect((await rawLogin('bea', tablet)).status).toBe(200);
    // An id no tablet has bound (an app from before secrets) still logs in.
    expect((await rawLogin('olga', { deviceId: newId() })).status).toBe(200);
  });

  it('a tablet whose id another tablet holds takes a new one at login, and its outbox keeps every row', async () => {
    const first = testDevice().db;
    expect(await login(first, createTransport(server.url, cookieFetch()), 'amina', TEST_PASSWORD)).toHaveProperty('ok');
    const taken = await deviceCredentials(first);

    const { db } = testDevice();
    await db.meta.put({ key: 'deviceId', value: taken.deviceId }); // e.g. restored from another tablet's copy
    await createRecord(db, author(), 'people', fieldsOf(person('peruvian')));
    expect(await login(db, createTransport(server.url, cookieFetch()), 'bea', TEST_PASSWORD)).toHaveProperty('ok');
    const renewed = await deviceCredentials(db);
    expect(renewed.deviceId).not.toBe(taken.deviceId);
    expect(await db.outbox.count()).toBe(1);
    // The new id is bound to the new secret.
    expect((await rawLogin('amina', { deviceId: renewed.deviceId, deviceSecret: taken.deviceSecret })).status).toBe(409);
    expect((await rawLogin('amina', renewed)).status).toBe(200);
  });
});
