import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isApiPath } from './errors.ts';

/**
 * The built app has no inline script (vite-plugin-pwa registers the service worker from the
 * bundle, `virtual:pwa-register`), no style attribute and no inline style element, so neither
 * scripts nor styles need 'unsafe-inline'. Attachment previews are blob: URLs
 * (`src/app/ui/attachments/AttachmentList.tsx`); the service worker is a file of our own.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Headers on every answer, app and API alike (docs/architecture.md, "Data protection"). This
 * middleware is the outermost, so it runs after every handler, the static files' caching and
 * the error handler: nothing below can drop these headers.
 */
export function securityHeaders(): MiddlewareHandler {
  const base = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // Without includeSubDomains: the organisation's other hosts are not ours to force onto HTTPS.
    // Browsers ignore it over plain http, so a loopback or LAN test install is not affected.
    strictTransportSecurity: 'max-age=15552000',
  });
  return async (c, next) => {
    await base(c, async () => {
      await next();
      // Records and sessions must never sit in a browser's or a proxy's cache.
      if (isApiPath(c.req.path) && !/\bno-store\b/.test(c.res.headers.get('cache-control') ?? '')) {
        c.res.headers.set('Cache-Control', 'no-store');
      }
    });
  };
}
