import { type Handler, Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiErrorSchema, loginRequestSchema } from '../../src/domain/sync/protocol.ts';
import { handleAppError } from '../../src/server/http/errors.ts';
import { MAX_JSON_DEPTH, jsonDepth, readJsonBody } from '../../src/server/http/json-body.ts';

const personSchema = z.object({ name: z.string().min(1), household: z.object({ minors: z.number().int().nonnegative() }) });

function appWith(handler: Handler): Hono {
  const app = new Hono();
  app.post('/api/people', handler);
  app.onError(handleAppError);
  return app;
}

const echoApp = appWith(async (c) => c.json(await readJsonBody(c, personSchema)));

function post(app: Hono, body: string, contentType = 'application/json'): Promise<Response> {
  return Promise.resolve(app.request('/api/people', { method: 'POST', headers: { 'content-type': contentType }, body }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readJsonBody', () => {
  it('passes a valid body through, parsed', async () => {
    const response = await post(echoApp, JSON.stringify({ name: 'Amina', household: { minors: 2 }, extra: true }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: 'Amina', household: { minors: 2 } });
  });

  it('accepts a JSON content type with a charset', async () => {
    const response = await post(echoApp, JSON.stringify({ name: 'Amina', household: { minors: 0 } }), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await post(echoApp, '{"name": "Amina",');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
  });

  it('answers a non-JSON content type with 415', async () => {
    const response = await post(echoApp, 'name=Amina', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: { code: 'unsupported_media_type', message: expect.any(String) } });
  });

  it('answers a body that fails the schema with 400 invalid_request naming each path', async () => {
    const response = await post(echoApp, JSON.stringify({ name: '', household: { minors: -1 } }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/^name: .+; household\.minors: .+$/);
  });

  it('names the record itself when the top level is wrong', async () => {
    const response = await post(echoApp, '[1, 2]');
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('(record): Wrong type of value');
  });
});

describe('the nesting limit', () => {
  it.each([
    ['a scalar', '42', 0],
    ['a flat object', '{"name":"Amina","household":{"minors":2}}', 2],
    ['brackets inside strings', '{"name":"[[[{{{"}', 1],
    ['an escaped quote before brackets', '{"name":"a\\"[[[","b":[1]}', 2],
    ['an escaped backslash closing a string', '{"name":"a\\\\","b":[[1]]}', 3],
    ['5,000 open brackets', '['.repeat(5000), 5000],
  ])('counts %s', (_name, text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('refuses a body nested deeper than MAX_JSON_DEPTH with 400 too_deep, and takes one at the limit', async () => {
    const nested = (n: number) => `{"name":"Amina","household":{"minors":0},"x":${'['.repeat(n - 1)}${']'.repeat(n - 1)}}`;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await post(echoApp, nested(MAX_JSON_DEPTH))).status).toBe(200);
    const response = await post(echoApp, nested(100_000));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'too_deep', message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels.` } });
  });
});

describe('readJsonBody with a zod/mini schema from src/domain', () => {
  const app = appWith(async (c) => c.json(await readJsonBody(c, loginRequestSchema)));

  it('validates with the domain schema and answers in readable English (formatIssues)', async () => {
    const response = await post(app, JSON.stringify({ username: '', password: 'x', deviceId: 'no spaces allowed!' }));
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(z.safeParse(apiErrorSchema, body).success).toBe(true);
    expect((body as { error: { message: string } }).error.message).toBe('username: This field is required; deviceId: Invalid identifier');
  });
});

describe('handleAppError', () => {
  it('turns an unexpected error under /api into a logged 500 JSON, without details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = appWith(() => {
      throw new Error('database exploded: secret detail');
    });
    const response = await post(app, '{}');
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toContain('secret detail');
    expect(log).toHaveBeenCalledOnce();
  });
});
