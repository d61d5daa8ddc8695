import type { Hono } from 'hono';
import { type LoginResponse, loginRequestSchema } from '../../domain/sync/protocol.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/cookie.ts';
import type { Logins } from '../auth/login.ts';
import { type AppEnv, requireSession } from '../auth/middleware.ts';
import type { ClientKey } from '../http/client-address.ts';
import { HttpError } from '../http/errors.ts';
import { readJsonBody } from '../http/json-body.ts';
import type { Storage } from '../storage/storage.ts';

/** Login, logout and "who am I". The token travels only in the HttpOnly cookie, never in a body. */
export function authRoutes(api: Hono<AppEnv>, deps: { storage: Storage; logins: Logins; clientKey: ClientKey }): void {
  const session = requireSession(deps.storage);

  api.post('/auth/login', async (c) => {
    const request = await readJsonBody(c, loginRequestSchema);
    try {
      const { token, response } = await deps.logins.login(request, deps.clientKey(c));
      setSessionCookie(c, token, response.expiresAt);
      return c.json(response);
    } catch (error) {
      const wait = error instanceof HttpError ? error.details.retryAfterSeconds : undefined;
      if (wait !== undefined) c.header('Retry-After', String(wait));
      throw error;
    }
  });

  api.post('/auth/logout', session, async (c) => {
    const { session: current } = c.get('auth');
    await deps.storage.transaction((tx) => tx.revokeSession(current.id, new Date().toISOString()));
    clearSessionCookie(c);
    return c.json({ loggedOut: true });
  });

  api.get('/auth/me', session, (c) => {
    const { user, session: current } = c.get('auth');
    const body: LoginResponse = { user, expiresAt: current.expiresAt };
    return c.json(body);
  });
}
