import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord } from '../../src/db/repository.ts';
import { newId } from '../../src/domain/ids.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { CHUNK_BYTES } from '../../src/sync/uploadAttachments.ts';
import { type TestServer, addUser, startTestServer } from '../server/helpers.ts';
import { tablet } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'olga', 'operator', ['barrito'])]);
});
afterAll(async () => {
  await server.close();
});

describe('attachment files between tablets', () => {
  it('uploads in chunks after the record, resumes after a lost answer, and downloads on another tablet', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'olga')]);
    const bytes = randomBytes(2 * CHUNK_BYTES + 1234);
    const record = await createRecord(a.db, a.author, 'attachments', {
      ownerTable: 'grants',
      ownerId: newId(),
      name: 'ricevuta-nido.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    await a.db.attachmentBlobs.put({ id: record.id, blob: new Blob([bytes]) });

    // The second chunk reaches the server, its answer does not.
    let puts = 0;
    a.faults.wrap = (fetch: FetchLike) => async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && ++puts === 2) throw new TypeError('fetch failed: connection reset');
      return response;
    };
    await expect(a.sync()).rejects.toThrow(/offline/);
    a.faults.wrap = null;
    const status = await a.client.call('GET', `/api/attachments/${record.id}/status`);
    expect(status.body).toEqual({ received: 2 * CHUNK_BYTES, complete: false });

    await a.sync();
    expect((await a.db.attachmentBlobs.get(record.id))?.uploaded).toBe(true);
    expect((await a.client.call('GET', `/api/attachments/${record.id}/status`)).body).toEqual({ received: bytes.length, complete: true });

    await b.sync();
    expect(await b.db.attachments.get(record.id)).toMatchObject({ name: 'ricevuta-nido.pdf', size: bytes.length });
    const file = await b.client.fetch(`${server.url}/api/attachments/${record.id}/content`);
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('a file deleted on one tablet leaves the other tablet and the server with its record; the tombstones say nothing of it', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'olga')]);
    const bytes = randomBytes(3000);
    const record = await createRecord(a.db, a.author, 'attachments', {
      ownerTable: 'grants', ownerId: newId(), name: 'referto-ospedale.pdf', mimeType: 'application/pdf',
      size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    await a.db.attachmentBlobs.put({ id: record.id, blob: new Blob([bytes]) });
    await a.sync();
    await b.sync();
    await b.db.attachmentBlobs.put({ id: record.id, blob: new Blob([bytes]), uploaded: true });

    await deleteRecord(a.db, a.author, 'attachments', record.id);
    expect(await a.db.attachmentBlobs.get(record.id)).toBeUndefined();
    expect(await a.db.attachments.get(record.id)).not.toHaveProperty('name');
    await a.sync();
    await b.sync();
    expect(await b.db.attachmentBlobs.get(record.id)).toBeUndefined();
    expect(await b.db.attachments.get(record.id)).toMatchObject({ id: record.id, deleted: true });
    expect(await b.db.attachments.get(record.id)).not.toHaveProperty('name');
    expect((await b.client.fetch(`${server.url}/api/attachments/${record.id}/content`)).status).toBe(404);
  });

  it('sets aside a file the server refuses, and still sends the rest and pulls', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'olga')]);
    const bytes = randomBytes(1000);
    const corrupt = await createRecord(a.db, a.author, 'attachments', {
      ownerTable: 'grants', ownerId: newId(), name: 'foto-sbagliata.jpg', mimeType: 'image/jpeg',
      size: bytes.length, sha256: '0'.repeat(64), // not the file's checksum: the server refuses it
    });
    await a.db.attachmentBlobs.put({ id: corrupt.id, blob: new Blob([bytes]) });
    const fromB = await createRecord(b.db, b.author, 'people', fieldsOf(person('peruvian')));
    await b.sync();

    await a.sync(); // does not throw: the refusal is recorded on the file
    const row = await a.db.attachmentBlobs.get(corrupt.id);
    expect(row?.uploaded).not.toBe(true);
    expect(row?.refused).toMatch(/./);
    expect(await a.db.people.get(fromB.id)).toBeDefined(); // the pull went on
    await a.sync(); // and the refused file is not sent again
    expect((await a.db.attachmentBlobs.get(corrupt.id))?.refused).toBe(row?.refused);
  });
});
