import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a state-changing request that a browser says comes from another origin, before any
 * handler runs — body-less ones like logout and session revoke included. The SameSite=Strict
 * cookie already keeps another site's requests unauthenticated; this also stops a sibling
 * subdomain (same site, so the cookie is sent) and login forgery. A request with neither header
 * is not from a browser page (the CLI, scripts, Node's fetch) and carries no ambient cookie of
 * a victim, so it is let through.
 */
export function refuseCrossOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      // "none": the user typed or bookmarked it; "same-site" is another origin, so refused.
      if ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && !ownOrigins(c).has(origin.toLowerCase()))) {
        throw new HttpError(403, 'cross_origin', 'Requests from another origin are refused.');
      }
    }
    await next();
  };
}

/**
 * The origins this very request was addressed to: its scheme and Host, and what a reverse proxy
 * in front says it received (X-Forwarded-Proto, X-Forwarded-Host). Trusting those is safe here:
 * a page on another origin cannot set them without a CORS preflight, which is never granted,
 * and a client that can set them could as well set Origin.
 */
function ownOrigins(c: Context): Set<string> {
  const url = new URL(c.req.url);
  const schemes = [url.protocol.slice(0, -1), ...list(c.req.header('x-forwarded-proto'))];
  const hosts = [c.req.header('host') ?? url.host, ...list(c.req.header('x-forwarded-host'))];
  return new Set(schemes.flatMap((scheme) => hosts.map((host) => `${scheme}://${host}`.toLowerCase())));
}

function list(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
