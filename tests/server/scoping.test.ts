import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { RecordOf } from '../../src/domain/records/index.ts';
import { attachment, person, visit } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

/**
 * Two houses: Amina works at Il Barrito (A), Olga at Vallette (B), Giulia coordinates both.
 * Amina tries every endpoint on Vallette's data and must get nothing of it.
 */
describe.each(backends())('site scoping on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;
  let olga: Client;
  let giulia: Client;
  const fileBytes = new TextEncoder().encode('%PDF-1.4 ricevuta bolletta gas, Vallette');
  const inVallette = {
    person: { ...person('peruvian'), siteId: 'vallette' },
    visit: { ...visit(), siteId: 'vallette' },
    attachment: { ...attachment(), siteId: 'vallette', size: fileBytes.length, sha256: createHash('sha256').update(fileBytes).digest('hex') },
  };
  const inBarrito = person('nigerian');
  let personVersion = 0;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await Promise.all([
      addUser(server.storage, 'amina', 'operator', ['barrito']),
      addUser(server.storage, 'olga', 'mediator', ['vallette']),
      addUser(server.storage, 'giulia', 'coordinator', ['barrito']),
    ]);
    [amina, olga, giulia] = await Promise.all([
      login(server.url, 'amina', newId()),
      login(server.url, 'olga', newId()),
      login(server.url, 'giulia', newId()),
    ]);
    const fromOlga = await push(olga, [
      createOf(1, 'people', inVallette.person),
      createOf(2, 'visits', inVallette.visit),
      createOf(3, 'attachments', inVallette.attachment),
    ]);
    expect(fromOlga.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    personVersion = fromOlga.body.results[0].version;
    expect((await uploadAs(olga, inVallette.attachment.id, fileBytes, 0)).status).toBe(200);
    expect((await push(amina, [createOf(1, 'people', inBarrito)])).body.results[0].status).toBe('applied');
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  function uploadAs(client: Client, id: string, bytes: Uint8Array<ArrayBuffer>, start: number, total = bytes.length): Promise<Response> {
    return client.fetch(`${server.url}/api/attachments/${id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${start + bytes.length - 1}/${total}` },
      body: bytes,
    });
  }

  describe('an operator of site A', () => {
    it('never pulls a record of site B, whatever the page size', async () => {
      const changes = await pullAll(amina);
      expect(changes.length).toBeGreaterThan(0);
      expect(new Set(changes.map((c) => c.record.siteId))).toEqual(new Set(['barrito']));
      expect(changes.map((c) => c.record.id)).toContain(inBarrito.id);

      let cursor = 0;
      for (let page = 0; page < 50; page++) {
        const { body } = await amina.call('GET', `/api/sync/pull?cursor=${cursor}&limit=1`);
        for (const change of body.changes) expect(change.record.siteId).toBe('barrito');
        cursor = body.cursor;
        if (!body.hasMore) break;
      }
    });

    it('cannot create into site B, nor update, delete or re-create a record of site B; nothing is written', async () => {
      const before = await server.snapshot();
      const intruder = { ...person('italian'), siteId: 'vallette' };
      const { body } = await push(amina, [
        createOf(2, 'people', intruder),
        updateOf(3, 'people', inVallette.person.id, personVersion, { note: 'letto da Barrito' }),
        { ...updateOf(4, 'people', inVallette.person.id, personVersion, { deleted: true }), op: 'delete' },
        createOf(5, 'people', { ...inVallette.person, siteId: 'barrito', note: 'sovrascritto' }),
      ]);
      expect(body.results).toEqual([
        { seq: 2, status: 'rejected', reason: 'siteId: you cannot add records to site "vallette"' },
        { seq: 3, status: 'rejected', reason: 'record not found' },
        { seq: 4, status: 'rejected', reason: 'record not found' },
        { seq: 5, status: 'rejected', reason: 'id: already used by another record' },
      ]);
      const after = await server.snapshot();
      expect(after.records).toBe(before.records);
      expect(after.versionCounter).toBe(before.versionCounter);
      const seen = (await pullAll(giulia)).find((c) => c.record.id === inVallette.person.id)?.record;
      expect(seen).toEqual({ ...inVallette.person, version: personVersion, updatedBy: olga.user.id });
    });

    it('gets 404 for the status, upload and download of a site B attachment', async () => {
      const id = inVallette.attachment.id;
      for (const response of [
        await amina.fetch(`${server.url}/api/attachments/${id}/status`),
        await amina.fetch(`${server.url}/api/attachments/${id}/content`),
        await uploadAs(amina, id, fileBytes, 0),
      ]) {
        expect(response.status).toBe(404);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('not_found');
        expect(body.error.message).not.toContain('vallette');
      }
    });

    it('gets the same 404 for an attachment that does not exist at all', async () => {
      expect((await amina.fetch(`${server.url}/api/attachments/${newId()}/status`)).status).toBe(404);
    });
  });

  describe('a coordinator', () => {
    it('pulls both sites and reads site B files', async () => {
      const sites = new Set((await pullAll(giulia)).map((c) => c.record.siteId));
      expect(sites).toEqual(new Set(['barrito', 'vallette', 'bagni-aglie', 'san-salvario', 'roccafranca', 'casa-nel-parco', 'cecchi-point', 'spazio-quattro']));
      const file = await giulia.fetch(`${server.url}/api/attachments/${inVallette.attachment.id}/content`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(fileBytes);
    });

    it('may create into any site', async () => {
      const anywhere: RecordOf<'visits'> = { ...visit(), siteId: 'cecchi-point' };
      const { body } = await push(giulia, [createOf(1, 'visits', anywhere)]);
      expect(body.results[0].status).toBe('applied');
    });
  });
});
