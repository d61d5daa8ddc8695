import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Who is asking, for the per-client login limits: one key per client address. */
export type ClientKey = (c: Context) => string;

/**
 * The TCP peer's address, or with `trustProxy` the last X-Forwarded-For entry: the one the
 * (single) proxy in front appended, never the ones a client wrote itself. IPv6 clients are keyed
 * by their /64, which one machine usually holds whole.
 */
export function clientKeyOf(options: { trustProxy: boolean }): ClientKey {
  return (c) => {
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
    return addressKey(forwarded || peerAddress(c));
  };
}

function peerAddress(c: Context): string {
  // app.request() in tests and tools runs without a socket: all such callers are one client.
  if (!(c.env as { incoming?: unknown } | undefined)?.incoming) return 'local';
  return getConnInfo(c).remote.address ?? 'unknown';
}

export function addressKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(plain) || !isIPv6(plain)) return plain;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => (group.includes('.') ? group : group.toLowerCase().replace(/^0+(?=.)/, '')));
}
