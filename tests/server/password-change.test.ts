import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { createApp } from '../../src/server/app.ts';
import { UserInputError, changePassword } from '../../src/server/auth/users.ts';
import { runCli } from '../../src/server/cli/run.ts';
import { openSqlite } from '../../src/server/storage/sqlite.ts';
import { TEST_PASSWORD, type TestServer, addUser, backends, login, makeTempDir, startTestServer } from './helpers.ts';

const NEW_PASSWORD = 'a-brand-new-password';

describe.each(backends())('changing a password on $kind', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    // The login limits' clock stands still, so no delay runs out while a test looks at it.
    const frozen = Date.now();
    server = await startTestServer({ backend, app: { login: { clock: () => frozen } } });
    await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'giulia', 'coordinator', ['barrito'])]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  const tryLogin = (username: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password, deviceId: newId() }),
    });

  it('ends every session of the account at once, and only those; the old password stops working, the new one works', async () => {
    const tablet = await login(server.url, 'amina', newId());
    const phone = await login(server.url, 'amina', newId());
    const coordinator = await login(server.url, 'giulia', newId());

    const changed = await changePassword(server.storage, ' Amina ', NEW_PASSWORD);
    expect(changed).toMatchObject({ user: { username: 'amina' }, password: NEW_PASSWORD, generated: false, sessionsEnded: 2 });

    for (const device of [tablet, phone]) {
      expect(await device.call('GET', '/api/auth/me')).toEqual({ status: 401, body: { error: { code: 'session_revoked', message: expect.any(String) } } });
    }
    expect((await coordinator.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await tryLogin('amina', TEST_PASSWORD)).status).toBe(401);
    const fresh = await login(server.url, 'amina', newId(), NEW_PASSWORD);
    expect((await fresh.call('GET', '/api/auth/me')).status).toBe(200);
  });

  it("forgets the account's failed logins, so its owner is not kept waiting by a stranger's guesses", async () => {
    for (let i = 0; i < 5; i++) expect((await tryLogin('giulia', `guess-number-${i}`)).status).toBe(401);
    expect((await tryLogin('giulia', TEST_PASSWORD)).status).toBe(429);
    await changePassword(server.storage, 'giulia', NEW_PASSWORD);
    expect((await tryLogin('giulia', NEW_PASSWORD)).status).toBe(200);
  });

  it('generates a password when none is given, and refuses an unknown account or a short password', async () => {
    const generated = await changePassword(server.storage, 'amina');
    expect(generated.generated).toBe(true);
    expect(generated.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect((await tryLogin('amina', generated.password)).status).toBe(200);
    await expect(changePassword(server.storage, 'nobody.here', NEW_PASSWORD)).rejects.toThrow(UserInputError);
    await expect(changePassword(server.storage, 'amina', 'short')).rejects.toThrow(/The password must have 10–200 characters/);
  });
});

describe('reset-password command', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('prints a generated password that logs in, ends the sessions of the old one, and exits 2 on bad input', async () => {
    const dataDir = makeTempDir('cli-reset-password');
    dirs.push(dataDir);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    const env = { DATA_DIR: dataDir };
    expect(await runCli(['create-user', '--username', 'rosa', '--name', 'Rosa Quispe', '--role', 'mediator', '--sites', 'barrito', '--password', TEST_PASSWORD], io, env)).toBe(0);

    // A tablet logged in with the old password, through the app on the CLI's database.
    const storage = openSqlite(dataDir);
    const app = createApp({ storage, version: 'test' });
    const loginWith = (password: string) =>
      app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'rosa', password, deviceId: newId() }) });
    try {
      const before = await loginWith(TEST_PASSWORD);
      expect(before.status).toBe(200);
      const cookie = (before.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

      out.length = 0;
      expect(await runCli(['reset-password', '--username', 'rosa'], io, env)).toBe(0);
      expect(out[0]).toBe('New password set for rosa (Rosa Quispe); 1 session ended, so every device must log in again.');
      const [, password = ''] = /^Password: (\S+) {2}\(shown only now/.exec(out[1] ?? '') ?? [];
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

      expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
      expect((await loginWith(TEST_PASSWORD)).status).toBe(401);
      expect((await loginWith(password)).status).toBe(200);

      out.length = 0;
      expect(await runCli(['reset-password', '--username', 'rosa', '--password', NEW_PASSWORD], io, env)).toBe(0);
      expect(out).toEqual(['New password set for rosa (Rosa Quispe); 1 session ended, so every device must log in again.']);
      expect((await loginWith(NEW_PASSWORD)).status).toBe(200);
    } finally {
      await storage.close();
    }

    expect(await runCli(['reset-password', '--username', 'nobody'], io, env)).toBe(2);
    expect(await runCli(['reset-password'], io, env)).toBe(2);
    expect(await runCli(['reset-password', '--username', 'rosa', '--password', 'short'], io, env)).toBe(2);
    expect(await runCli(['reset-password', '--user', 'rosa'], io, env)).toBe(2);
    expect(err.join('\n')).toMatch(/There is no account "nobody"[\s\S]*Missing --username[\s\S]*10–200 characters[\s\S]*Unknown option '--user'/);
  });
});
