import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'sportello_session';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Secure over HTTPS, and on loopback where Chromium accepts Secure cookies over plain http
 * (checked with Chromium 156 on http://localhost and http://127.0.0.1). Over plain http on any
 * other host a Secure cookie would be dropped and login would silently fail, so it is left off:
 * deployments beyond one machine must use HTTPS. X-Forwarded-Proto is trusted because a
 * spoofed value can only make the cookie stricter.
 */
function isSecureContext(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https' || LOOPBACK_HOSTS.has(url.hostname);
}

function options(c: Context): CookieOptions {
  // Path=/api: the token is never sent with the app's own files. SameSite=Strict with the app
  // and the endpoint on one origin shuts out cross-site requests.
  return { httpOnly: true, sameSite: 'Strict', path: '/api', secure: isSecureContext(c) };
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  const expires = new Date(expiresAt);
  setCookie(c, SESSION_COOKIE, token, { ...options(c), expires, maxAge: Math.floor((expires.getTime() - Date.now()) / 1000) });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, options(c));
}
