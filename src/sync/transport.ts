import type { core } from 'zod/mini';

/**
 * How the sync engine talks to the server: JSON over fetch, with the session in an HttpOnly
 * cookie the engine never sees. Every failure becomes a SyncError whose kind the UI turns
 * into plain words and the scheduler into a retry decision.
 */
export type SyncErrorKind =
  | 'offline' // no answer at all: retry later
  | 'unauthorised' // the session expired or was revoked: log in again
  | 'forbidden'
  | 'outdated' // 426: this app is older than the server accepts
  | 'invalid' // 4xx: the server refused the request
  | 'server'; // 5xx or an answer we cannot read: retry later

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    /** How long the server asked to wait before trying again (Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
    /** The server's error code (`{"error":{"code"}}`), for a screen that says each refusal in words. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  get isRetryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Transport {
  request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, schema: core.$ZodType<T>, body?: unknown): Promise<T>;
  put(path: string, body: Blob | Uint8Array, headers: Record<string, string>): Promise<unknown>;
}

function kindOf(status: number): SyncErrorKind {
  if (status === 401) return 'unauthorised';
  if (status === 403) return 'forbidden';
  if (status === 426) return 'outdated';
  if (status >= 500) return 'server';
  return 'invalid';
}

async function errorFrom(response: Response): Promise<SyncError> {
  let message = `HTTP ${response.status}`;
  let code: string | undefined;
  try {
    const body = (await response.json()) as { error?: { message?: unknown; code?: unknown } };
    if (typeof body.error?.message === 'string' && body.error.message) message = body.error.message;
    if (typeof body.error?.code === 'string') code = body.error.code;
  } catch {
    // not JSON: keep the status line
  }
  const retryAfter = response.headers.get('retry-after');
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  return new SyncError(kindOf(response.status), message, response.status, seconds, code);
}

export function createTransport(baseUrl: string, fetchImpl: FetchLike = (i, init) => fetch(i, init)): Transport {
  async function send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { credentials: 'same-origin', ...init });
    } catch (cause) {
      throw new SyncError('offline', cause instanceof Error ? cause.message : 'network error');
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }
  return {
    async request(method, path, schema, body) {
      const response = await send(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new SyncError('server', 'The server sent an answer that is not JSON');
      }
      const parsed = schema['~standard'].validate(json);
      if (parsed instanceof Promise || parsed.issues) throw new SyncError('server', 'The server sent an unexpected answer');
      return parsed.value;
    },
    async put(path, body, headers) {
      const response = await send(path, { method: 'PUT', headers, body: body as BodyInit });
      return response.json().catch(() => ({}));
    },
  };
}
