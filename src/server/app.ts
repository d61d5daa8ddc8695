import { Hono } from 'hono';
import { type LoginOptions, createLogins } from './auth/login.ts';
import type { AppEnv } from './auth/middleware.ts';
import { DEFAULT_SESSION_DAYS } from './auth/sessions.ts';
import { limitBody } from './http/body-limit.ts';
import { type ClientKey, clientKeyOf } from './http/client-address.ts';
import { handleAppError, jsonError } from './http/errors.ts';
import { refuseCrossOrigin } from './http/same-origin.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mountStatic } from './http/static.ts';
import { defaultDistDir } from './paths.ts';
import { accountRoutes } from './routes/accounts.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { syncRoutes } from './routes/sync.ts';
import type { Storage } from './storage/storage.ts';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppDeps {
  storage: Storage;
  distDir?: string;
  version: string;
  /** How long a login lasts; DEFAULT_SESSION_DAYS unless SESSION_DAYS says otherwise. */
  sessionDays?: number;
  /** TRUST_PROXY: the client address is the one the reverse proxy forwarded. */
  trustProxy?: boolean;
  /** Who a login comes from, for its limits: the client address unless a test says otherwise. */
  clientKey?: ClientKey;
  login?: LoginOptions;
}

export function createApp(deps: AppDeps): Hono {
  const api = new Hono<AppEnv>();
  api.use('*', refuseCrossOrigin());
  api.use('*', limitBody(MAX_BODY_BYTES));
  healthRoutes(api, deps);
  const logins = createLogins(deps.storage, deps.sessionDays ?? DEFAULT_SESSION_DAYS, deps.login);
  authRoutes(api, { storage: deps.storage, logins, clientKey: deps.clientKey ?? clientKeyOf({ trustProxy: deps.trustProxy ?? false }) });
  sessionRoutes(api, deps);
  accountRoutes(api, deps);
  syncRoutes(api, deps);
  attachmentRoutes(api, deps);
  auditRoutes(api, deps);
  answerWrongMethods(api);
  api.all('*', (c) => jsonError(c, 404, 'not_found', `No endpoint ${c.req.method} ${c.req.path}.`));

  const app = new Hono();
  app.use('*', securityHeaders());
  app.route('/api', api);
  mountStatic(app, deps.distDir ?? defaultDistDir);
  app.onError(handleAppError);
  return app;
}

/** Adds a 405 for every registered path, so a known endpoint called with the wrong method never reads as missing. */
function answerWrongMethods(api: Hono<AppEnv>): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of api.routes) {
    if (route.method === 'ALL') continue;
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods].join(', ');
    api.all(path, (c) => {
      c.header('Allow', allow);
      return jsonError(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`);
    });
  }
}
