import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { apiErrorSchema } from '../../src/domain/sync/protocol.ts';
import { person } from '../domain/factories.ts';
import { TEST_PASSWORD, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

/** Every line the server wrote to the console while `work` ran. */
async function loggedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')].map((spy) => spy.mockImplementation(capture));
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines;
}

describe.each(backends())('login input on $kind', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
  });
  afterAll(() => server.close());
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['a NUL in the username', { username: 'amina\u0000' }, 'username'],
    ['a NUL in the device name', { deviceName: 'tablet\u0000' }, 'deviceName'],
    ['a lone surrogate in the device name', { deviceName: 'tablet \ud800' }, 'deviceName'],
    ['a NUL in the password', { password: `${TEST_PASSWORD}\u0000` }, 'password'],
  ])('answers %s with 400 naming the field', async (_name, spoil, field) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'amina', password: TEST_PASSWORD, deviceId: newId(), deviceName: 'tablet', ...spoil }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_request', message: `${field}: The text contains characters that cannot be stored` } });
  });

  it('still logs in with the same account, so nothing was half-written', async () => {
    const client = await login(server.url, 'amina', newId());
    expect(client.user.username).toBe('amina');
  });
});

describe('static files and odd requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each([
    ['/', 'bytes=99999-'],
    ['/', 'bytes=99999-100000'],
    ['/', 'bytes=5-2'],
    ['/', 'bytes=abc'],
    ['/', 'bytes=-5'],
    ['/sw.js', 'bytes=0-1,99999-'],
    ['/persone/123', 'bytes=99999-'],
  ])('answers GET %s with Range: %s by the whole file, never a 500', async (path, range) => {
    const whole = await (await fetch(`${server.url}${path}`)).text();
    const response = await fetch(`${server.url}${path}`, { headers: { range } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(whole);
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['an encoded traversal', '/..%2f..%2fetc%2fpasswd', 404],
    ['an encoded traversal under assets', '/assets/..%2f..%2f..%2fpackage.json', 404],
    ['a NUL in a file name', '/index.html%00', 404],
    ['a NUL in an app route', '/persone/a%00b', 200],
    ['a very long file path', `/${'a'.repeat(8000)}.js`, 404],
    ['a very long app route', `/${'a'.repeat(8000)}`, 200],
    ['a broken percent escape', '/%ff%', 200],
  ])('answers %s without leaking a file or a 500', async (_name, path, status) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    const body = await response.text();
    expect(body).not.toMatch(/root:|"name": "sportello"/);
    if (status === 200) expect(body).toContain('Sportello test shell');
  });

  it('keeps an encoded newline in a path out of the log as a line of its own', async () => {
    const lines = await loggedDuring(async () => {
      const response = await fetch(`${server.url}/api/nope%0aFORGED%20200%20login%20ok%0d%0a`);
      expect(response.status).toBe(404);
      expect(apiErrorSchema.safeParse(await response.json()).success).toBe(true);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\n\r]/);
    expect(lines[0]).toContain('/api/nope\\nFORGED 200 login ok\\r\\n');
  });

  it('keeps request text out of the log as lines of its own in a push’s refusals too', async () => {
    await addUser(server.storage, 'rosa', 'operator', ['barrito']);
    const client = await login(server.url, 'rosa', newId());
    const lines = await loggedDuring(async () => {
      const { body } = await push(client, [createOf(1, 'people', { ...person('peruvian'), ['x\nFORGED line']: 1 } as never)]);
      expect(body.results[0]).toMatchObject({ status: 'rejected', reason: 'x\nFORGED line: Unexpected field' });
    });
    expect(lines.some((line) => line.includes('x\\nFORGED line: Unexpected field'))).toBe(true);
    expect(lines.filter((line) => /[\n\r]/.test(line))).toEqual([]);
  });
});
