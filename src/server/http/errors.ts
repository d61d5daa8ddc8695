import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError as ApiErrorBody } from '../../domain/sync/protocol.ts';
import { errorForLog, logSafe } from './log.ts';

/** Extra machine-readable facts beside code and message, e.g. the offset an upload must resume at. */
export type ErrorDetails = Record<string, string | number | boolean>;

/** Thrown by handlers for an error the client caused; the app's error handler turns it into JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * The JSON error answer. A refused request is logged as one line (no body, no personal data) so
 * an operator's "sync does not work" can be traced; 5xx are logged with their stack by handleAppError.
 */
export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string, details: ErrorDetails = {}): Response {
  if (status < 500) console.warn(`${logSafe(c.req.method)} ${logSafe(c.req.path)} → ${status} ${code}: ${logSafe(message)}`);
  const body: ApiErrorBody = { error: { ...details, code, message } };
  return c.json(body, status);
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** The app's onError: a thrown error under /api always becomes the JSON error shape, never an HTML page. */
export const handleAppError: ErrorHandler = (err, c) => {
  if (err instanceof HttpError && isApiPath(c.req.path)) return jsonError(c, err.status, err.code, err.message, err.details);
  if (err instanceof HTTPException && err.status < 500 && isApiPath(c.req.path)) {
    return jsonError(c, err.status as ContentfulStatusCode, 'bad_request', err.message || 'Bad request.');
  }
  console.error(`${logSafe(c.req.method)} ${logSafe(c.req.path)} failed: ${errorForLog(err)}`);
  if (!isApiPath(c.req.path)) return c.text('Internal Server Error', 500);
  return jsonError(c, 500, 'internal_error', 'Unexpected server error; it has been logged.');
};
