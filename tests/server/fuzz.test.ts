import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { apiErrorSchema } from '../../src/domain/sync/protocol.ts';
import { createApp } from '../../src/server/app.ts';
import { SESSION_COOKIE } from '../../src/server/auth/cookie.ts';
import { openSession } from '../../src/server/auth/sessions.ts';
import { type FuzzRequest, requestArb, routesOf } from './fuzz-requests.ts';
import { type TestServer, addUser, backends, startTestServer } from './helpers.ts';

describe.each(backends())('garbage sent to every route on $kind', (backend) => {
  let server: TestServer;
  let routes: ReturnType<typeof routesOf>;
  let session = { token: '', deviceId: '' };

  /** A session opened in the database, not through login, so the login limits never lock the suite out. */
  async function freshSession(): Promise<void> {
    const deviceId = newId();
    const { token } = await server.storage.transaction(async (tx) => openSession(tx, (await tx.getUserByUsername('chiara'))!, { deviceId }, 1));
    session = { token, deviceId };
  }

  beforeAll(async () => {
    server = await startTestServer({ backend });
    await addUser(server.storage, 'chiara', 'coordinator', ['barrito']);
    await freshSession();
    // The routes as the app registers them, so a route added later is fuzzed too.
    routes = routesOf(createApp({ storage: server.storage, distDir: server.distDir, version: 'fuzz' }));
    for (const level of ['log', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => {});
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  /**
   * One request on a connection of its own: after a refusal that left a large body unread,
   * @hono/node-server closes the connection half a second later, which would fail whichever
   * request reused it; that is not what this suite checks.
   */
  function send(request: FuzzRequest): Promise<{ status: number; text: string }> {
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
    const headers = {
      ...request.headers,
      ...(request.loggedIn ? { cookie: `${SESSION_COOKIE}=${session.token}` } : {}),
      // Node's client sends a DELETE's or OPTIONS' body without a length unless told.
      ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
    };
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const outgoing = http.request({ hostname, port, method: request.method, path: request.path, headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  it('never answers 5xx, and every error under /api is the JSON error shape', async () => {
    const errorLog = vi.mocked(console.error);
    errorLog.mockClear();
    await fc.assert(
      fc.asyncProperty(requestArb(routes, () => session.deviceId), async (request) => {
        const { status, text } = await send(request);
        expect(status, `${request.method} ${request.path} → ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
        if (status >= 400 && request.path.startsWith('/api') && request.method !== 'HEAD') {
          expect(apiErrorSchema.safeParse(JSON.parse(text)).success, text).toBe(true);
        }
        // Logging out or revoking may end the suite's session: later requests get a new one.
        if (request.loggedIn && /logout|revoke/.test(request.path)) await freshSession();
      }),
      { numRuns: 150 },
    );
    expect(errorLog).not.toHaveBeenCalled();
  });
});
