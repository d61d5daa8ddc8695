import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { attachmentStatusSchema } from '../../src/domain/sync/attachments.ts';
import { MAX_CHUNK_BYTES } from '../../src/server/attachments/content.ts';
import { attachment } from '../domain/factories.ts';
import { type Client, type TestServer, addUser, backends, login, startTestServer } from './helpers.ts';
import { createOf, push } from './mutations.ts';

describe.each(backends())('chunked attachment upload on $kind', (backend) => {
  let server: TestServer;
  let amina: Client;
  let seq = 0;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server = await startTestServer({ backend });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    amina = await login(server.url, 'amina', newId());
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  /** An attachment record on the server for these bytes (or for `sha256` when given). */
  async function recordFor(bytes: Uint8Array, sha256 = createHash('sha256').update(bytes).digest('hex')): Promise<string> {
    const record = { ...attachment(), size: bytes.length, sha256 };
    const { body } = await push(amina, [createOf(++seq, 'attachments', record)]);
    expect(body.results[0].status).toBe('applied');
    return record.id;
  }

  function put(id: string, bytes: Uint8Array<ArrayBuffer>, range: string, contentType = 'application/octet-stream'): Promise<Response> {
    return amina.fetch(`${server.url}/api/attachments/${id}/content`, {
      method: 'PUT',
      headers: { 'content-type': contentType, 'content-range': range },
      body: bytes,
    });
  }

  async function status(id: string) {
    const response = await amina.fetch(`${server.url}/api/attachments/${id}/status`);
    return attachmentStatusSchema.parse(await response.json());
  }

  async function errorOf(response: Response): Promise<{ status: number; code: string; expected?: number }> {
    const body = (await response.json()) as { error: { code: string; expected?: number } };
    return { status: response.status, code: body.error.code, ...(body.error.expected === undefined ? {} : { expected: body.error.expected }) };
  }

  it('takes a file in order, resumes at the offset it reports, and serves it back', async () => {
    const bytes = randomBytes(300_000);
    const id = await recordFor(bytes);
    expect(await status(id)).toEqual({ received: 0, complete: false });
    expect(await (await put(id, bytes.subarray(0, 200_000), 'bytes 0-199999/300000')).json()).toEqual({ received: 200_000, complete: false });
    // A chunk sent twice (the answer was lost) is refused with where to resume.
    expect(await errorOf(await put(id, bytes.subarray(0, 200_000), 'bytes 0-199999/300000'))).toEqual({ status: 409, code: 'offset_mismatch', expected: 200_000 });
    expect(await status(id)).toEqual({ received: 200_000, complete: false });
    const incomplete = await amina.fetch(`${server.url}/api/attachments/${id}/content`);
    expect(await errorOf(incomplete)).toEqual({ status: 409, code: 'upload_incomplete' });
    expect(await (await put(id, bytes.subarray(200_000), 'bytes 200000-299999/300000')).json()).toEqual({ received: 300_000, complete: true });
    expect(await status(id)).toEqual({ received: 300_000, complete: true });

    const download = await amina.fetch(`${server.url}/api/attachments/${id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''ricevuta-bolletta-gas.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('discards a file whose SHA-256 does not match and answers 422', async () => {
    const bytes = randomBytes(1000);
    const id = await recordFor(bytes, createHash('sha256').update('something else').digest('hex'));
    expect(await errorOf(await put(id, bytes, 'bytes 0-999/1000'))).toEqual({ status: 422, code: 'checksum_mismatch' });
    expect(await status(id)).toEqual({ received: 0, complete: false });
  });

  it('refuses a total that is not the record’s size, a bad range, a body of the wrong length or type', async () => {
    const bytes = randomBytes(1000);
    const id = await recordFor(bytes);
    expect(await errorOf(await put(id, bytes, 'bytes 0-999/2000'))).toEqual({ status: 400, code: 'size_mismatch' });
    expect(await errorOf(await put(id, bytes, 'bytes 0-999'))).toEqual({ status: 400, code: 'invalid_range' });
    expect(await errorOf(await put(id, bytes, 'bytes 10-5/1000'))).toEqual({ status: 400, code: 'invalid_range' });
    expect(await errorOf(await put(id, bytes.subarray(0, 10), 'bytes 0-99/1000'))).toEqual({ status: 400, code: 'range_mismatch' });
    expect(await errorOf(await put(id, bytes, 'bytes 0-999/1000', 'application/json'))).toEqual({ status: 415, code: 'unsupported_media_type' });
    expect(await errorOf(await put('Not-An-Id', bytes, 'bytes 0-999/1000'))).toEqual({ status: 400, code: 'invalid_request' });
    expect(await status(id)).toEqual({ received: 0, complete: false });
  });

  it('refuses a chunk over 1 MB with 413', async () => {
    const bytes = randomBytes(MAX_CHUNK_BYTES + 1);
    const id = await recordFor(bytes);
    expect(await errorOf(await put(id, bytes, `bytes 0-${MAX_CHUNK_BYTES}/${MAX_CHUNK_BYTES + 1}`))).toEqual({ status: 413, code: 'payload_too_large' });
    expect(await status(id)).toEqual({ received: 0, complete: false });
  });

  it('answers two simultaneous uploads of the same chunk with 200, or 200 and 409 offset_mismatch, never 500', async () => {
    // Several files at once, so the two requests of a pair really overlap on the database.
    const files = Array.from({ length: 4 }, () => randomBytes(20_000));
    const ids: string[] = [];
    for (const bytes of files) ids.push(await recordFor(bytes));
    const twice = (id: string, bytes: Buffer<ArrayBuffer>, start: number, end: number) => {
      const range = `bytes ${start}-${end - 1}/${bytes.length}`;
      return Promise.all([put(id, bytes.subarray(start, end), range), put(id, bytes.subarray(start, end), range)]);
    };
    const expectOneStored = async (pair: Response[], received: number) => {
      const answers = await Promise.all(pair.map(async (response) => ({ status: response.status, body: await response.json() })));
      for (const answer of answers) {
        if (answer.status === 409) expect(answer.body.error).toEqual({ code: 'offset_mismatch', message: expect.any(String), expected: received });
        else expect(answer).toEqual({ status: 200, body: { received, complete: received === 20_000 } });
      }
      expect(answers.map((answer) => answer.status)).toContain(200);
    };

    // The first chunk (an insert race) and the last (the insert plus the checksum of the whole file).
    const firsts = await Promise.all(ids.map((id, i) => twice(id, files[i]!, 0, 12_000)));
    for (const pair of firsts) await expectOneStored(pair, 12_000);
    const lasts = await Promise.all(ids.map((id, i) => twice(id, files[i]!, 12_000, 20_000)));
    for (const pair of lasts) await expectOneStored(pair, 20_000);

    for (const [i, id] of ids.entries()) {
      expect(await status(id)).toEqual({ received: 20_000, complete: true });
      const download = await amina.fetch(`${server.url}/api/attachments/${id}/content`);
      expect(Buffer.from(await download.arrayBuffer()).equals(files[i]!)).toBe(true);
    }
  });

  it('answers 404 before the record has reached the server', async () => {
    expect(await errorOf(await put(newId(), randomBytes(10), 'bytes 0-9/10'))).toEqual({ status: 404, code: 'not_found' });
  });
});
