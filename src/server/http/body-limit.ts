import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { jsonError } from './errors.ts';

/** Refuses a body over `maxSize` bytes with 413 JSON, whether or not it announced its length. */
export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot carry another request.
      c.header('Connection', 'close');
      return jsonError(c, 413, 'payload_too_large', `The request body is larger than ${maxSize} bytes.`);
    },
  });
}
