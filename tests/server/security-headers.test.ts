import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { type Client, type TestServer, addUser, login, startTestServer } from './helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await addUser(server.storage, 'amina', 'operator', ['barrito']);
  // Every refused request logs one line; the ones provoked here say nothing.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

/** The CSP's directives by name, e.g. { 'script-src': ["'self'"] }. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it.each([
    ['the app shell', '/', 200],
    ['a client-side route', '/persone/123', 200],
    ['a hashed asset', '/assets/index-abc123.js', 200],
    ['a missing file', '/assets/gone-123.js', 404],
    ['the health check', '/api/health', 200],
    ['a missing endpoint', '/api/nothing-here', 404],
    ['an endpoint without a session', '/api/auth/me', 401],
    ['a wrong method', '/api/sync/pull', 405, 'DELETE'],
  ])('are on %s (%s)', async (_what, path, status, method = 'GET') => {
    const response = await fetch(`${server.url}${path}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'img-src': ["'self'", 'blob:', 'data:'],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    });
    for (const values of Object.values(csp)) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
    }
    if (path.startsWith('/api/')) expect(response.headers.get('cache-control')).toBe('no-store');
    else expect(response.headers.get('cache-control') ?? '').not.toMatch(/no-store/);
  });

  it('leave the static files their own caching', async () => {
    expect((await fetch(`${server.url}/assets/index-abc123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('forbid storing a logged-in answer or a login', async () => {
    const amina = await login(server.url, 'amina', newId());
    const me = await amina.fetch(`${server.url}/api/auth/me`);
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'amina', password: 'not-the-password', deviceId: newId() }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('requests from another origin', () => {
  let amina: Client;
  beforeAll(async () => {
    amina = await login(server.url, 'amina', newId());
  });

  const logout = (headers: Record<string, string>) => amina.fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers });

  it.each([
    ['another site in Origin', { origin: 'https://evil.example' }],
    ['the same host on another port in Origin', { origin: 'http://127.0.0.1:1' }],
    ['an opaque Origin', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['a same-origin Sec-Fetch-Site with a foreign Origin', { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }],
  ])('refuses a body-less logout with %s, and the session still works', async (_what, headers) => {
    const response = await logout(headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'cross_origin', message: expect.any(String) } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await amina.call('GET', '/api/auth/me')).status).toBe(200);
  });

  it('refuses a forged login and a session revoke from another site before anything runs', async () => {
    const forged = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'amina', password: 'whatever-it-is', deviceId: newId() }),
    });
    expect(forged.status).toBe(403);
    const revoke = await amina.fetch(`${server.url}/api/sessions/${newId()}/revoke`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(revoke.status).toBe(403);
    expect((await revoke.json()).error.code).toBe('cross_origin');
  });

  it('lets a read from another site through: it changes nothing (and CORS keeps the answer from the page)', async () => {
    expect((await amina.fetch(`${server.url}/api/auth/me`, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it("accepts the server's own origin, as a proxy in front forwarded it, and a request with no browser headers at all", async () => {
    const behindProxy = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://sportello.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'sportello.example' },
    });
    expect(behindProxy.status).toBe(401); // past the origin check; no session
    const bare = await fetch(`${server.url}/api/auth/logout`, { method: 'POST' });
    expect(bare.status).toBe(401);
    const own = await logout({ origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    expect((await amina.call('GET', '/api/auth/me')).status).toBe(401);
  });
});
