import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { accountListSchema, accountResponseSchema, accountWithPasswordSchema, type Account } from '../../src/domain/sync/accounts.ts';
import { pullResponseSchema } from '../../src/domain/sync/protocol.ts';
import { type Client, TEST_PASSWORD, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';

const GENERATED = /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/;

describe.each(backends())('accounts over HTTP on $kind', (backend) => {
  let server: TestServer;
  let ada: Client;

  beforeEach(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await addUser(server.storage, 'ada', 'admin', ['barrito']);
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    ada = await login(server.url, 'ada', newId());
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  const idOf = async (username: string) => (await server.storage.transaction((tx) => tx.getUserByUsername(username)))!.id;
  const accountOf = async (username: string): Promise<Account> => {
    const { status, body } = await ada.call('GET', '/api/accounts');
    expect(status).toBe(200);
    return accountListSchema.parse(body).accounts.find((a) => a.username === username)!;
  };
  const loginStatus = async (username: string, password: string) =>
    (await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password, deviceId: newId() }),
    })).status;
  /** The records a device of `client` pulls after `cursor`. */
  const pulled = async (client: Client, cursor: number) => {
    const { status, body } = await client.call('GET', `/api/sync/pull?cursor=${cursor}&limit=1000`);
    expect(status).toBe(200);
    return pullResponseSchema.parse(body);
  };

  it('creates an account the new user logs in with: a generated password answered once, or the one typed', async () => {
    const made = await ada.call('POST', '/api/accounts', { username: ' Nuova.Operatrice ', displayName: 'Nuova Operatrice', role: 'operator', siteIds: ['barrito', 'vallette'] });
    expect(made.status).toBe(201);
    const { account, password } = accountWithPasswordSchema.parse(made.body);
    expect(account).toMatchObject({ username: 'nuova.operatrice', displayName: 'Nuova Operatrice', role: 'operator', siteIds: ['barrito', 'vallette'], disabled: false, devices: [] });
    expect(password).toMatch(GENERATED);
    const newcomer = await login(server.url, 'nuova.operatrice', newId(), password);
    expect(newcomer.user).toMatchObject({ id: account.id, role: 'operator' });

    const typed = await ada.call('POST', '/api/accounts', { username: 'rosa', displayName: 'Rosa Quispe', role: 'mediator', siteIds: ['vallette'], password: 'typed-by-the-admin' });
    expect(typed.status).toBe(201);
    expect(typed.body).not.toHaveProperty('password');
    expect((await login(server.url, 'rosa', newId(), 'typed-by-the-admin')).user.role).toBe('mediator');
  });

  it('lists every account with its devices, and never a password or token hash', async () => {
    const tabletA = await login(server.url, 'amina', newId());
    const tabletB = await login(server.url, 'amina', newId());
    expect((await tabletB.call('POST', '/api/auth/logout')).status).toBe(200);
    const { status, body } = await ada.call('GET', '/api/accounts');
    expect(status).toBe(200);
    const { accounts } = accountListSchema.parse(body);
    expect(accounts.map((a) => [a.username, a.role, a.disabled])).toEqual([['ada', 'admin', false], ['amina', 'operator', false]]);
    const amina = accounts.find((a) => a.username === 'amina')!;
    expect(amina.devices).toHaveLength(2);
    expect(amina.devices.find((d) => d.deviceId === tabletA.deviceId)).toMatchObject({ deviceName: 'tablet of amina', active: true, revokedAt: null });
    expect(amina.devices.find((d) => d.deviceId === tabletB.deviceId)).toMatchObject({ active: false, revokedAt: expect.any(String) });
    const text = JSON.stringify(body);
    const hashes = await server.db.query<{ h: string }>('SELECT password_hash AS h FROM users UNION ALL SELECT token_hash AS h FROM sessions');
    expect(hashes.length).toBe(5);
    for (const { h } of hashes) expect(text).not.toContain(h);
    expect(text).not.toMatch(/hash/i);
  });

  it('edits of name, role, sites and status reach the operators record the devices pull', async () => {
    await addUser(server.storage, 'vera', 'operator', ['vallette']);
    const [atBarrito, atVallette] = [await login(server.url, 'amina', newId()), await login(server.url, 'vera', newId())];
    const [fromBarrito, fromVallette] = [(await pulled(atBarrito, 0)).cursor, (await pulled(atVallette, 0)).cursor];
    const id = await idOf('amina');

    const edited = await ada.call('PATCH', `/api/accounts/${id}`, { displayName: 'Amina Bello', role: 'mediator', siteIds: ['barrito', 'vallette'] });
    expect(edited.status).toBe(200);
    expect(accountResponseSchema.parse(edited.body).account).toMatchObject({ displayName: 'Amina Bello', role: 'mediator', siteIds: ['barrito', 'vallette'] });
    const card = (await pulled(atBarrito, fromBarrito)).changes.find((c) => c.table === 'operators' && c.record.id === id);
    expect(card?.record).toMatchObject({ siteId: 'barrito', displayName: 'Amina Bello', role: 'mediator', siteIds: ['barrito', 'vallette'], active: true, updatedBy: ada.user.id });
    // The server reads the account at every request: the new role and sites apply at once.
    expect((await atBarrito.call('GET', '/api/auth/me')).body.user).toMatchObject({ role: 'mediator', siteIds: ['barrito', 'vallette'] });

    // No longer at Barrito: the card moves to her remaining site, where its devices pull it.
    expect((await ada.call('PATCH', `/api/accounts/${id}`, { siteIds: ['vallette'] })).status).toBe(200);
    expect((await ada.call('PATCH', `/api/accounts/${id}`, { disabled: true })).status).toBe(200);
    const moved = (await pulled(atVallette, fromVallette)).changes.find((c) => c.table === 'operators' && c.record.id === id);
    expect(moved?.record).toMatchObject({ siteId: 'vallette', siteIds: ['vallette'], active: false, displayName: 'Amina Bello' });

    // An edit that changes nothing writes no new version.
    const { cursor } = await pulled(atVallette, 0);
    expect((await ada.call('PATCH', `/api/accounts/${id}`, { displayName: 'Amina Bello' })).status).toBe(200);
    expect((await pulled(atVallette, cursor)).changes).toEqual([]);
  });

  it('refuses every accounts route to a coordinator and an operator (403), changing nothing', async () => {
    await addUser(server.storage, 'giulia', 'coordinator', ['barrito']);
    const id = await idOf('amina');
    const target = await login(server.url, 'amina', newId());
    for (const username of ['giulia', 'amina']) {
      const client = await login(server.url, username, newId());
      for (const [method, path, body] of [
        ['GET', '/api/accounts', undefined],
        ['POST', '/api/accounts', { username: 'intruder', displayName: 'Intruder', role: 'admin', siteIds: ['barrito'] }],
        ['PATCH', `/api/accounts/${id}`, { role: 'admin' }],
        ['POST', `/api/accounts/${id}/password`, { password: 'taken-over-now' }],
        ['POST', `/api/accounts/${id}/devices/${target.deviceId}/revoke`, undefined],
      ] as const) {
        const answer = await client.call(method, path, body);
        expect(answer, `${username}: ${method} ${path}`).toEqual({ status: 403, body: { error: { code: 'forbidden', message: 'Only admin accounts can do this.' } } });
      }
    }
    expect((await accountOf('amina')).role).toBe('operator');
    expect(await accountOf('intruder')).toBeUndefined();
    expect((await target.call('GET', '/api/auth/me')).status).toBe(200);
    expect(await loginStatus('amina', 'taken-over-now')).toBe(401);
  });

  it('a password reset ends every session: old sessions get 401, the old password is refused, the new one works', async () => {
    const [tabletA, tabletB] = [await login(server.url, 'amina', newId()), await login(server.url, 'amina', newId())];
    const id = await idOf('amina');
    const reset = await ada.call('POST', `/api/accounts/${id}/password`, {});
    expect(reset.status).toBe(200);
    const { account, password } = accountWithPasswordSchema.parse(reset.body);
    expect(password).toMatch(GENERATED);
    expect(account.devices.map((d) => d.active)).toEqual([false, false]);
    for (const tablet of [tabletA, tabletB]) {
      expect(await tablet.call('GET', '/api/sync/pull?cursor=0')).toEqual({ status: 401, body: { error: { code: 'session_revoked', message: expect.any(String) } } });
    }
    expect(await loginStatus('amina', TEST_PASSWORD)).toBe(401);
    expect((await login(server.url, 'amina', newId(), password)).user.username).toBe('amina');

    const typed = await ada.call('POST', `/api/accounts/${id}/password`, { password: 'chosen-by-the-admin' });
    expect(typed.status).toBe(200);
    expect(typed.body).not.toHaveProperty('password');
    expect(await loginStatus('amina', password!)).toBe(401);
    expect(await loginStatus('amina', 'chosen-by-the-admin')).toBe(200);
    expect((await ada.call('POST', `/api/accounts/${newId()}/password`, {})).status).toBe(404);
  });

  it('revoking a device refuses that tablet at its next request, while her other tablet still works', async () => {
    const [lost, kept] = [await login(server.url, 'amina', newId()), await login(server.url, 'amina', newId())];
    const id = await idOf('amina');
    const revoked = await ada.call('POST', `/api/accounts/${id}/devices/${lost.deviceId}/revoke`);
    expect(revoked.status).toBe(200);
    const { devices } = accountResponseSchema.parse(revoked.body).account;
    expect(devices.find((d) => d.deviceId === lost.deviceId)).toMatchObject({ active: false, revokedAt: expect.any(String) });
    expect(devices.find((d) => d.deviceId === kept.deviceId)).toMatchObject({ active: true, revokedAt: null });
    expect(await lost.call('GET', '/api/sync/pull?cursor=0')).toEqual({ status: 401, body: { error: { code: 'session_revoked', message: expect.any(String) } } });
    expect((await kept.call('GET', '/api/sync/pull?cursor=0')).status).toBe(200);
    // Revoking again is harmless; a device she never used, or an unknown account, is 404.
    expect((await ada.call('POST', `/api/accounts/${id}/devices/${lost.deviceId}/revoke`)).status).toBe(200);
    expect((await ada.call('POST', `/api/accounts/${id}/devices/${newId()}/revoke`)).body.error.code).toBe('not_found');
    expect((await ada.call('POST', `/api/accounts/${newId()}/devices/${lost.deviceId}/revoke`)).status).toBe(404);
    expect((await ada.call('POST', `/api/accounts/${await idOf('ada')}/devices/${lost.deviceId}/revoke`)).status).toBe(404);
  });

  it('disabling an account ends its sessions and refuses its logins; enabling it lets her log in again', async () => {
    const tablet = await login(server.url, 'amina', newId());
    const id = await idOf('amina');
    const disabled = await ada.call('PATCH', `/api/accounts/${id}`, { disabled: true });
    expect(accountResponseSchema.parse(disabled.body).account).toMatchObject({ disabled: true, devices: [{ active: false }] });
    expect((await tablet.call('GET', '/api/auth/me')).body.error.code).toBe('session_revoked');
    expect(await loginStatus('amina', TEST_PASSWORD)).toBe(401);
    expect((await ada.call('PATCH', `/api/accounts/${id}`, { disabled: false })).status).toBe(200);
    expect(await loginStatus('amina', TEST_PASSWORD)).toBe(200);
    // Enabling does not bring back the sessions disabling ended.
    expect((await tablet.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('keeps an active administrator: the last one cannot be demoted or disabled, and no admin demotes or disables herself', async () => {
    const adaId = ada.user.id;
    const refusal = (code: string) => ({ status: 409, body: { error: { code, message: expect.any(String) } } });
    expect(await ada.call('PATCH', `/api/accounts/${adaId}`, { role: 'coordinator' })).toEqual(refusal('last_admin'));
    // A disabled administrator does not count.
    await addUser(server.storage, 'bea', 'admin', ['barrito']);
    const beaId = await idOf('bea');
    expect((await ada.call('PATCH', `/api/accounts/${beaId}`, { disabled: true })).status).toBe(200);
    expect(await ada.call('PATCH', `/api/accounts/${adaId}`, { disabled: true })).toEqual(refusal('last_admin'));

    expect((await ada.call('PATCH', `/api/accounts/${beaId}`, { disabled: false })).status).toBe(200);
    expect(await ada.call('PATCH', `/api/accounts/${adaId}`, { disabled: true })).toEqual(refusal('own_account'));
    expect(await ada.call('PATCH', `/api/accounts/${adaId}`, { role: 'operator', displayName: 'Ada L.' })).toEqual(refusal('own_account'));
    expect((await accountOf('ada')).displayName).toBe('Test ada'); // a refused edit changes no field
    expect((await ada.call('PATCH', `/api/accounts/${adaId}`, { displayName: 'Ada L.' })).status).toBe(200);
    expect((await ada.call('GET', '/api/auth/me')).status).toBe(200);

    // Two administrators demoting each other at the same moment: one wins, the other is no longer an admin.
    const bea = await login(server.url, 'bea', newId());
    const answers = await Promise.all([
      ada.call('PATCH', `/api/accounts/${beaId}`, { role: 'coordinator' }),
      bea.call('PATCH', `/api/accounts/${adaId}`, { role: 'coordinator' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 403]);
    const { accounts } = accountListSchema.parse((await (answers[0].status === 200 ? ada : bea).call('GET', '/api/accounts')).body);
    expect(accounts.filter((a) => a.role === 'admin' && !a.disabled)).toHaveLength(1);
  });

  it('refuses a taken username with 409, whatever its case and spaces', async () => {
    const body = { displayName: 'Another Amina', role: 'operator', siteIds: ['barrito'] };
    for (const username of ['amina', ' AMINA ']) {
      expect(await ada.call('POST', '/api/accounts', { ...body, username })).toEqual({
        status: 409,
        body: { error: { code: 'username_taken', message: 'The username "amina" is already taken.' } },
      });
    }
    const { accounts } = accountListSchema.parse((await ada.call('GET', '/api/accounts')).body);
    expect(accounts.filter((a) => a.username === 'amina').map((a) => a.displayName)).toEqual(['Test amina']);
  });

  it('answers malformed bodies and parameters with 400 (415 when not JSON), changing nothing', async () => {
    const id = await idOf('amina');
    const valid = { username: 'new.one', displayName: 'New One', role: 'operator', siteIds: ['barrito'] };
    const bad: [string, string, unknown, string][] = [
      ['POST', '/api/accounts', { ...valid, username: 'x' }, 'username: 2–60 lower-case letters, digits, dots, dashes or underscores'],
      ['POST', '/api/accounts', { ...valid, username: 'no spaces' }, 'username: 2–60'],
      ['POST', '/api/accounts', { ...valid, displayName: '   ' }, 'displayName: This field is required'],
      ['POST', '/api/accounts', { ...valid, role: 'boss' }, 'role: Invalid value'],
      ['POST', '/api/accounts', { ...valid, siteIds: [] }, 'siteIds: This field is required'],
      ['POST', '/api/accounts', { ...valid, siteIds: ['barrito', 'barrito'] }, 'siteIds: Invalid value'],
      ['POST', '/api/accounts', { ...valid, siteIds: ['atlantide'] }, 'Unknown site code(s): atlantide'],
      ['POST', '/api/accounts', { ...valid, password: 'short' }, 'password: The password must have at least 10 characters'],
      ['POST', '/api/accounts', { ...valid, passwordHash: 'scrypt$…' }, 'passwordHash: Unexpected field'],
      ['POST', '/api/accounts', { ...valid, displayName: 'Nul\u0000l' }, 'displayName: The text contains characters'],
      ['POST', '/api/accounts', [valid], '(record): Wrong type of value'],
      ['PATCH', `/api/accounts/${id}`, {}, 'Nothing to change was given'],
      ['PATCH', `/api/accounts/${id}`, { disabled: 'yes' }, 'disabled: Wrong type of value'],
      ['PATCH', `/api/accounts/${id}`, { username: 'renamed' }, 'username: Unexpected field'],
      ['PATCH', `/api/accounts/${id}`, { siteIds: ['narnia'] }, 'Unknown site code(s): narnia'],
      ['PATCH', '/api/accounts/NOT%20AN%20ID', { displayName: 'X' }, 'id: Invalid identifier'],
      ['POST', `/api/accounts/${id}/password`, { password: 'x'.repeat(201) }, 'password: Text too long'],
      ['POST', `/api/accounts/${id}/password`, null, '(record): This field is required'],
      ['POST', `/api/accounts/${id}/devices/NOT%20A%20DEVICE/revoke`, undefined, 'deviceId: Invalid identifier'],
    ];
    for (const [method, path, body, message] of bad) {
      const answer = await ada.call(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.body.error.message).toContain(message);
    }
    const notJson = await ada.fetch(`${server.url}/api/accounts`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid) });
    expect(notJson.status).toBe(415);
    const { accounts } = accountListSchema.parse((await ada.call('GET', '/api/accounts')).body);
    expect(accounts.map((a) => [a.username, a.displayName, a.siteIds, a.disabled])).toEqual([
      ['ada', 'Test ada', ['barrito'], false],
      ['amina', 'Test amina', ['barrito'], false],
    ]);
  });
});
