import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { handleAppError, jsonError } from './http/errors.ts';
import { mountStatic } from './http/static.ts';
import { defaultDistDir } from './paths.ts';
import { healthRoutes } from './routes/health.ts';
import type { Storage } from './storage/storage.ts';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppDeps {
  storage: Storage;
  distDir?: string;
  version: string;
}

export function createApp(deps: AppDeps): Hono {
  const api = new Hono();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        // The rest of the body is never read, so the connection cannot carry another request.
        c.header('Connection', 'close');
        return jsonError(c, 413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  healthRoutes(api, deps);
  answerWrongMethods(api);
  api.all('*', (c) => jsonError(c, 404, 'not_found', `No endpoint ${c.req.method} ${c.req.path}.`));

  const app = new Hono();
  app.route('/api', api);
  mountStatic(app, deps.distDir ?? defaultDistDir);
  app.onError(handleAppError);
  return app;
}

/** Adds a 405 for every registered path, so a known endpoint called with the wrong method never reads as missing. */
function answerWrongMethods(api: Hono): void {
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
