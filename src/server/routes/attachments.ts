import type { Hono } from 'hono';
import { parseContentRange } from '../../domain/sync/attachments.ts';
import { MAX_CHUNK_BYTES, attachmentStatus, readContent, receiveChunk } from '../attachments/content.ts';
import { type AppEnv, requireSession } from '../auth/middleware.ts';
import { limitBody } from '../http/body-limit.ts';
import { HttpError } from '../http/errors.ts';
import { idParam } from '../http/params.ts';
import type { Storage } from '../storage/storage.ts';

/** Files travel apart from records, in resumable chunks (see domain/sync/attachments.ts). */
export function attachmentRoutes(api: Hono<AppEnv>, deps: { storage: Storage }): void {
  const session = requireSession(deps.storage);

  api.get('/attachments/:id/status', session, async (c) => c.json(await attachmentStatus(deps.storage, c.get('auth').user, idParam(c))));

  api.put('/attachments/:id/content', session, limitBody(MAX_CHUNK_BYTES), async (c) => {
    const id = idParam(c);
    if (!/^application\/octet-stream\s*(?:;|$)/i.test(c.req.header('content-type') ?? '')) {
      throw new HttpError(415, 'unsupported_media_type', 'A file chunk must be sent as application/octet-stream.');
    }
    const range = parseContentRange(c.req.header('content-range'));
    if (!range) throw new HttpError(400, 'invalid_range', 'Content-Range must read "bytes start-end/total".');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await receiveChunk(deps.storage, c.get('auth').user, id, range, bytes));
  });

  api.get('/attachments/:id/content', session, async (c) => {
    const { user, session: current } = c.get('auth');
    const { record, bytes } = await readContent(deps.storage, { user, deviceId: current.deviceId }, idParam(c));
    return c.body(bytes, 200, {
      'content-type': record.mimeType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}`,
      // Personal data: never kept by a shared cache or the browser's disk cache.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
}
