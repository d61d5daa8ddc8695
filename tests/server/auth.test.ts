import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { recordSchemas } from '../../src/domain/records/index.ts';
import { loginResponseSchema } from '../../src/domain/sync/protocol.ts';
import { sessionListSchema } from '../../src/domain/sync/sessions.ts';
import { defaultSites } from '../../src/domain/vocab/sites.ts';
import { createApp } from '../../src/server/app.ts';
import { UserInputError, createUser, ensureFirstAdmin } from '../../src/server/auth/users.ts';
import { runCli } from '../../src/server/cli/run.ts';
import { repoRoot } from '../../src/server/paths.ts';
import { openSqlite } from '../../src/server/storage/sqlite.ts';
import { TEST_PASSWORD, type TestServer, addUser, backends, login, makeTempDir, startTestServer, writeFakeDist } from './helpers.ts';
import { FIRST_ADMIN, LISTENING, killStartedServers, startMain, waitForOutput } from './main-process.ts';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  killStartedServers();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('first administrator', () => {
  it('is created by the first `npm start`, whose printed password works; a second start creates no other', async () => {
    const dataDir = tempDir('first-admin');
    const distDir = tempDir('first-admin-dist');
    writeFakeDist(distDir);
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir };

    const first = startMain(env);
    const [, url = ''] = await waitForOutput(first, LISTENING);
    const [, password = ''] = first.output().match(FIRST_ADMIN) ?? [];
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(first.output().split(password)).toHaveLength(2); // printed exactly once
    const admin = await login(url, 'admin', newId(), password);
    expect(admin.user).toMatchObject({ username: 'admin', role: 'admin', siteIds: [...defaultSites.codes] });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startMain(env);
    const [, secondUrl = ''] = await waitForOutput(second, LISTENING);
    expect(second.output()).not.toMatch(/first administrator/);
    expect((await login(secondUrl, 'admin', newId(), password)).user.username).toBe('admin');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 40_000);

  it('is made only while the database has no administrator', async () => {
    const dataDir = tempDir('ensure-admin');
    const storage = openSqlite(dataDir);
    try {
      await storage.migrate();
      await addUser(storage, 'chiara', 'operator', ['barrito']);
      const created = await ensureFirstAdmin(storage);
      expect(created?.user).toMatchObject({ username: 'admin', role: 'admin' });
      expect(created?.generated).toBe(true);
      expect(await ensureFirstAdmin(storage)).toBeNull();
    } finally {
      await storage.close();
    }
  });
});

describe('creating accounts', () => {
  it('creates the user and its operators record in its first site', async () => {
    const dataDir = tempDir('create-user');
    const storage = openSqlite(dataDir);
    try {
      await storage.migrate();
      const { user, password, generated } = await createUser(storage, {
        username: ' Rosa.Quispe ',
        displayName: 'Rosa Quispe',
        role: 'mediator',
        siteIds: ['vallette', 'barrito'],
      });
      expect(user).toMatchObject({ username: 'rosa.quispe', displayName: 'Rosa Quispe', role: 'mediator', siteIds: ['vallette', 'barrito'] });
      expect(generated).toBe(true);
      expect(password.length).toBeGreaterThanOrEqual(20);
      const card = await storage.transaction((tx) => tx.getRecord('operators', user.id));
      expect(card).toMatchObject({ siteId: 'vallette', data: { username: 'rosa.quispe', role: 'mediator', siteIds: ['vallette', 'barrito'], active: true } });
      expect(recordSchemas.operators.safeParse(card?.data).success).toBe(true);
      const stored = await storage.transaction((tx) => tx.getUser(user.id));
      expect(stored?.passwordHash).toMatch(/^scrypt\$15\$8\$1\$/);
      expect(stored?.passwordHash).not.toContain(password);
    } finally {
      await storage.close();
    }
  });

  it.each([
    [{ role: 'boss' }, /Unknown role "boss": use one of operator, mediator, coordinator, admin/],
    [{ siteIds: ['barrito', 'atlantide'] }, /Unknown site code\(s\): atlantide\. Known sites: bagni-aglie, barrito,/],
    [{ siteIds: [] }, /Give at least one site code/],
    [{ username: 'x' }, /Invalid username "x"/],
    [{ password: 'short' }, /The password must have 10–200 characters/],
    [{ username: 'Chiara' }, /The username "chiara" is already taken/],
  ])('refuses %o with a clear reason', async (override, reason) => {
    const storage = openSqlite(tempDir('create-user-bad'));
    try {
      await storage.migrate();
      await addUser(storage, 'chiara', 'operator', ['barrito']);
      const attempt = createUser(storage, { username: 'new.user', displayName: 'New User', role: 'operator', siteIds: ['barrito'], ...override });
      await expect(attempt).rejects.toBeInstanceOf(UserInputError);
      await expect(attempt).rejects.toThrow(reason);
    } finally {
      await storage.close();
    }
  });

  it('create-user command: prints a generated password that logs in, and exits 2 on bad input', async () => {
    const dataDir = tempDir('cli-create-user');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    const env = { DATA_DIR: dataDir };
    const code = await runCli(['create-user', '--username', 'giulia', '--name', 'Giulia Ferrero', '--role', 'coordinator', '--sites', 'barrito,vallette'], io, env);
    expect(code).toBe(0);
    expect(out[0]).toBe('Created coordinator giulia (Giulia Ferrero) for barrito, vallette.');
    const [, password = ''] = /^Password: (\S+)/.exec(out[1] ?? '') ?? [];

    expect(await runCli(['create-user', '--username', 'x2', '--name', 'X', '--role', 'boss', '--sites', 'barrito'], io, env)).toBe(2);
    expect(await runCli(['create-user', '--username', 'x2', '--name', 'X', '--role', 'operator'], io, env)).toBe(2);
    expect(await runCli(['create-user', '--username', 'x2', '--nme', 'X'], io, env)).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown role "boss"[\s\S]*Missing --sites[\s\S]*Unknown option '--nme'/);

    // The app on the CLI's database, without a listening socket.
    const storage = openSqlite(dataDir);
    const app = createApp({ storage, version: 'test' });
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'giulia', password, deviceId: newId() }),
    });
    await storage.close();
    expect(response.status).toBe(200);
  });

  it('`npx tsx src/server/cli.ts create-user` works as a real command, with exit code 2 on a bad site', async () => {
    const dataDir = tempDir('cli-real');
    const run = promisify(execFile);
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const ok = await run('npx', ['tsx', 'src/server/cli.ts', 'create-user', '--username', 'amina', '--name', 'Amina Okafor', '--role', 'operator', '--sites', 'barrito', '--password', TEST_PASSWORD], { cwd: repoRoot, env });
    expect(ok.stdout).toContain('Created operator amina (Amina Okafor) for barrito.');
    expect(ok.stdout).not.toContain('Password:');
    const bad = await run('npx', ['tsx', 'src/server/cli.ts', 'create-user', '--username', 'rosa', '--name', 'Rosa', '--role', 'operator', '--sites', 'narnia'], { cwd: repoRoot, env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown site code(s): narnia') });
  }, 30_000);
});

describe.each(backends())('sessions over HTTP on $kind', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ backend });
    await Promise.all([
      addUser(server.storage, 'amina', 'operator', ['barrito']),
      addUser(server.storage, 'giulia', 'coordinator', ['barrito']),
    ]);
  });
  afterAll(async () => {
    await server.close();
  });

  async function postLogin(body: unknown): Promise<Response> {
    return fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('login sets an HttpOnly, SameSite=Strict, Secure cookie on /api, and never puts the token in the body', async () => {
    const response = await postLogin({ username: 'AMINA', password: TEST_PASSWORD, deviceId: newId(), deviceName: 'Tablet 1' });
    expect(response.status).toBe(200);
    const [cookie = ''] = response.headers.getSetCookie();
    const token = /^sportello_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api/);
    expect(cookie).toMatch(/; Secure/); // 127.0.0.1: Chromium accepts Secure cookies on loopback over http
    expect(cookie).toMatch(/; Max-Age=1209\d{3}/); // 14 days
    const text = await response.text();
    expect(text).not.toContain(token);
    const body = loginResponseSchema.parse(JSON.parse(text));
    expect(body.user).toMatchObject({ username: 'amina', role: 'operator', siteIds: ['barrito'] });
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    // Only the token's hash is stored.
    const stored = await server.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((row) => row.token_hash.includes(token))).toBe(false);
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await postLogin({ username: 'amina', password: 'not-the-password', deviceId: newId() });
    const unknown = await postLogin({ username: 'nobody.here', password: 'not-the-password', deviceId: newId() });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('refuses every endpoint but health and login without a valid session', async () => {
    for (const [method, path] of [['GET', '/api/auth/me'], ['GET', '/api/sync/pull'], ['POST', '/api/sync/push'], ['GET', '/api/sessions'], ['POST', '/api/auth/logout'], ['GET', `/api/attachments/${newId()}/status`]]) {
      const response = await fetch(`${server.url}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: 'Log in first.' } });
    }
    const forged = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: 'sportello_session=forged-token' } });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('unauthenticated');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('answers an expired session with 401 session_expired', async () => {
    const amina = await login(server.url, 'amina', newId());
    expect((await amina.call('GET', '/api/auth/me')).status).toBe(200);
    await server.db.query('UPDATE sessions SET expires_at = ? WHERE device_id = ?', [new Date(Date.now() - 1000).toISOString(), amina.deviceId]);
    const expired = await amina.call('GET', '/api/auth/me');
    expect(expired).toEqual({ status: 401, body: { error: { code: 'session_expired', message: expect.any(String) } } });
  });

  it('lets a coordinator list sessions and revoke a lost tablet, which is then refused', async () => {
    const amina = await login(server.url, 'amina', newId());
    const giulia = await login(server.url, 'giulia', newId());
    const listed = await giulia.call('GET', '/api/sessions');
    expect(listed.status).toBe(200);
    const { sessions } = sessionListSchema.parse(listed.body);
    const lost = sessions.find((s) => s.deviceId === amina.deviceId);
    expect(lost).toMatchObject({ username: 'amina', displayName: 'Test amina', deviceName: 'tablet of amina', revokedAt: null, current: false });
    expect(sessions.find((s) => s.deviceId === giulia.deviceId)?.current).toBe(true);

    const revoked = await giulia.call('POST', `/api/sessions/${lost?.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.session.revokedAt).toEqual(expect.any(String));
    expect(await amina.call('GET', '/api/sync/pull?cursor=0')).toEqual({ status: 401, body: { error: { code: 'session_revoked', message: expect.any(String) } } });
    expect((await giulia.call('POST', `/api/sessions/${newId()}/revoke`)).status).toBe(404);
  });

  it('refuses session listing and revoking to an operator (403)', async () => {
    const amina = await login(server.url, 'amina', newId());
    expect((await amina.call('GET', '/api/sessions')).body).toEqual({ error: { code: 'forbidden', message: 'Only coordinator or admin accounts can do this.' } });
    const revoke = await amina.call('POST', `/api/sessions/${newId()}/revoke`);
    expect(revoke.status).toBe(403);
  });

  it('logout ends the session: the old cookie replayed is refused', async () => {
    const amina = await login(server.url, 'amina', newId());
    const token = amina.fetch.cookies.get('sportello_session');
    const out = await amina.call('POST', '/api/auth/logout');
    expect(out.status).toBe(200);
    expect(amina.fetch.cookies.has('sportello_session')).toBe(false);
    const replay = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: `sportello_session=${token}` } });
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe('session_revoked');
  });

  it('validates the login body', async () => {
    const response = await postLogin({ username: 'amina', password: TEST_PASSWORD, deviceId: 'Not An Id!', extra: 1 });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('deviceId: Invalid identifier; extra: Unexpected field');
  });
});
