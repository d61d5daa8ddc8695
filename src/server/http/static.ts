import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { isApiPath } from './errors.ts';

const NO_CACHE_PATHS = new Set(['/', '/index.html', '/sw.js', '/manifest.webmanifest']);

/**
 * Serves the built PWA. The service worker, the shell and the manifest must be revalidated on
 * every load so an update reaches the tablets; hashed files under /assets never change.
 */
export function mountStatic(app: Hono, distDir: string): void {
  // serveStatic answers a Range past a file's end with a 500, or with a body shorter than its
  // Content-Length. The app's files are small: a Range is ignored and the whole file sent, as
  // RFC 9110 (section 14.2) allows.
  app.use('*', async (c, next) => {
    if (!isApiPath(c.req.path)) c.req.raw.headers.delete('range');
    await next();
  });
  app.use('*', async (c, next) => {
    await next();
    if (isApiPath(c.req.path) || c.res.status >= 400) return;
    if (c.req.path.startsWith('/assets/')) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (NO_CACHE_PATHS.has(c.req.path) || c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('Cache-Control', 'no-cache');
    }
  });
  app.get('*', serveStatic({ root: distDir }));
  const appShell = serveStatic({ root: distDir, path: 'index.html' });
  // Client-side routes (e.g. /persone/123) get the app shell; a missing file stays a 404 so a
  // stale asset URL never gets HTML that the browser or service worker would cache as script.
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path) || looksLikeFile(c.req.path)) return next();
    return appShell(c, next);
  });
}

function looksLikeFile(path: string): boolean {
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return lastSegment.includes('.');
}
