import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/app.ts';
import { readPackageVersion } from '../../src/server/paths.ts';
import { type TestServer, startTestServer } from './helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

async function expectJsonError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
}

describe('GET /api/health', () => {
  it('answers exactly status, version and storage kind', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toStrictEqual({ status: 'ok', version: readPackageVersion(), storage: 'sqlite' });
  });

  it('answers a wrong method with 405 JSON and the allowed methods', async () => {
    const response = await fetch(`${server.url}/api/health`, { method: 'POST' });
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectJsonError(response, 405, 'method_not_allowed');
  });
});

describe('/api errors', () => {
  it('answers an unknown endpoint with 404 JSON', async () => {
    await expectJsonError(await fetch(`${server.url}/api/x`), 404, 'not_found');
  });

  it('answers a body over the limit with 413 JSON', async () => {
    const response = await fetch(`${server.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    await expectJsonError(response, 413, 'payload_too_large');
  });

  it('answers a streamed body over the limit (no Content-Length) with 413 JSON', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    await expectJsonError(response, 413, 'payload_too_large');
  });

  it('never answers HTML under /api', async () => {
    const requests: [string, string][] = [
      ['GET', '/api'],
      ['GET', '/api/'],
      ['GET', '/api/index.html'],
      ['GET', '/api/health/extra'],
      ['GET', '/api/deeply/nested/path'],
      ['POST', '/api/x'],
      ['PUT', '/api/health'],
      ['DELETE', '/api/sync'],
    ];
    for (const [method, path] of requests) {
      const response = await fetch(`${server.url}${path}`, { method });
      expect(response.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      const body = (await response.json()) as { error?: { code?: unknown } };
      expect(typeof body.error?.code, `${method} ${path}`).toBe('string');
    }
  });
});

describe('static app', () => {
  it('serves client-side routes with the app shell, revalidated on every load', async () => {
    const response = await fetch(`${server.url}/persone/123`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('Sportello test shell');
  });

  it.each(['/', '/index.html', '/sw.js', '/manifest.webmanifest'])('serves %s with Cache-Control: no-cache', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year, immutable', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing file with 404, not the app shell', async () => {
    const response = await fetch(`${server.url}/assets/index-gone.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(await response.text()).not.toContain('Sportello test shell');
  });
});
