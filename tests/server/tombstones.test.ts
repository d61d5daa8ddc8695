import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENVELOPE_FIELDS } from '../../src/domain/records/envelope.ts';
import { newId } from '../../src/domain/ids.ts';
import { attachment, person } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, pullAll, push, updateOf } from './mutations.ts';

/**
 * A deletion leaves a tombstone every device of the site pulls: it must say nothing of her,
 * and a deleted file's bytes must leave the server's database.
 */
describe.each(backends())('tombstones on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;
  let bea: Client;
  const statusOf = (response: { body: any }) => response.body.results.map((r: { status: string }) => r.status);

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'bea', 'operator', ['barrito'])]);
    [amina, bea] = await Promise.all([login(server.url, 'amina', newId()), login(server.url, 'bea', newId())]);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('a deleted person’s tombstone, pulled by another device, holds only the envelope', async () => {
    const woman = { ...person('nigerian'), note: 'Vittima di violenza domestica; HIV positiva' };
    const created = await push(amina, [createOf(1, 'people', woman)]);
    const deleted = await push(amina, [{ seq: 2, table: 'people', recordId: woman.id, op: 'delete', baseVersion: created.body.results[0].version, changes: { deleted: true }, at: '2025-03-15T10:00:00.000Z' }]);
    expect(statusOf(deleted)).toEqual(['applied']);

    const tombstone = (await pullAll(bea)).find((c) => c.record.id === woman.id)!.record;
    expect(tombstone.deleted).toBe(true);
    expect(Object.keys(tombstone).sort()).toEqual([...ENVELOPE_FIELDS].sort());
    const stored = await server.db.query<{ data: unknown }>('SELECT data FROM records WHERE id = ?', [woman.id]);
    expect(JSON.stringify(stored)).not.toMatch(/Vittima|Blessing|firstName|phone/);

    // Deleting again is done already; editing the tombstone is refused and brings nothing back.
    const again = await push(bea, [
      { seq: 1, table: 'people', recordId: woman.id, op: 'delete', baseVersion: tombstone.version, changes: { deleted: true }, at: '2025-03-15T11:00:00.000Z' },
      updateOf(2, 'people', woman.id, tombstone.version, { firstName: 'Blessing' }),
    ]);
    expect(statusOf(again)).toEqual(['applied', 'rejected']);
    expect(again.body.results[1].reason).toMatch(/record deleted/);
    expect(Object.keys((await pullAll(bea)).find((c) => c.record.id === woman.id)!.record).sort()).toEqual([...ENVELOPE_FIELDS].sort());
  });

  it('a deleted attachment’s bytes are gone from the server database', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 ricevuta della farmacia');
    const file = { ...attachment(), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    const created = await push(amina, [createOf(10, 'attachments', file)]);
    const upload = await amina.fetch(`${server.url}/api/attachments/${file.id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
    });
    expect(upload.status).toBe(200);
    const chunks = () => server.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM attachment_chunks WHERE attachment_id = ?', [file.id]);
    expect(Number((await chunks())[0]!.n)).toBeGreaterThan(0);

    const deleted = await push(amina, [{ seq: 11, table: 'attachments', recordId: file.id, op: 'delete', baseVersion: created.body.results[0].version, changes: { deleted: true }, at: '2025-03-15T10:00:00.000Z' }]);
    expect(statusOf(deleted)).toEqual(['applied']);
    expect(Number((await chunks())[0]!.n)).toBe(0);
    expect((await amina.fetch(`${server.url}/api/attachments/${file.id}/content`)).status).toBe(404);
    const tombstone = (await pullAll(bea)).find((c) => c.record.id === file.id)!.record;
    expect(tombstone).not.toHaveProperty('name');
  });
});
