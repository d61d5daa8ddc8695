import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { pullResponseSchema } from '../../src/domain/sync/protocol.ts';
import { person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

describe.each(backends())('GET /api/sync/pull on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    amina = await login(server.url, 'amina', newId());
    const { body } = await push(amina, Array.from({ length: 25 }, (_, i) => createOf(i + 1, 'people', person('nigerian'))));
    expect(body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('pages through everything in version order, each page ending at its cursor', async () => {
    const versions: number[] = [];
    let cursor = 0;
    for (let pages = 1; ; pages++) {
      const { status, body } = await amina.call('GET', `/api/sync/pull?cursor=${cursor}&limit=10`);
      expect(status).toBe(200);
      const page = pullResponseSchema.parse(body);
      expect(page.reset).toBe(false);
      versions.push(...page.changes.map((c) => Number(c.record.version)));
      expect(page.cursor).toBe(versions.at(-1));
      cursor = page.cursor;
      if (!page.hasMore) {
        expect(pages).toBe(3); // the Barrito site record, the operator card and 25 people
        break;
      }
    }
    expect(versions).toHaveLength(27);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('answers an empty page with the given cursor when nothing changed after it', async () => {
    const latest = (await amina.call('GET', '/api/sync/pull?cursor=0&limit=1000')).body.cursor as number;
    const { body } = await amina.call('GET', `/api/sync/pull?cursor=${latest}`);
    expect(body).toEqual({ changes: [], cursor: latest, hasMore: false, reset: false });
    // A cursor above the version counter was never handed out: tests/server/pull-reset.test.ts.
  });

  it('defaults to cursor 0 and 500 records', async () => {
    const { body } = await amina.call('GET', '/api/sync/pull');
    expect(body.changes).toHaveLength(27);
  });

  it.each([
    ['cursor=-1', 'cursor: Invalid value'],
    ['cursor=abc', 'cursor: Invalid value'],
    ['cursor=1.5', 'cursor: Invalid value'],
    ['limit=0', 'limit: Invalid value'],
    ['limit=1001', 'limit: Too many items'],
    ['cursor=0&since=yesterday', 'since: Unexpected field'],
  ])('refuses ?%s with 400', async (query, message) => {
    expect(await amina.call('GET', `/api/sync/pull?${query}`)).toEqual({ status: 400, body: { error: { code: 'invalid_request', message } } });
  });
});
