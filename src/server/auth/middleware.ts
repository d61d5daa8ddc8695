import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../domain/records/index.ts';
import { HttpError } from '../http/errors.ts';
import type { Storage } from '../storage/storage.ts';
import { readSessionCookie } from './cookie.ts';
import { type AuthContext, authenticate } from './sessions.ts';

/** What the API's handlers find on the context once a session is checked. */
export interface AppEnv {
  Variables: { auth: AuthContext };
}

/** Put before every handler but health and login: no valid session, no answer but 401. */
export function requireSession(storage: Storage): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', await authenticate(storage, readSessionCookie(c)));
    await next();
  };
}

export function requireRole(c: Context<AppEnv>, allowed: readonly Role[]): AuthContext {
  const auth = c.get('auth');
  if (!allowed.includes(auth.user.role)) {
    throw new HttpError(403, 'forbidden', `Only ${allowed.join(' or ')} accounts can do this.`);
  }
  return auth;
}
