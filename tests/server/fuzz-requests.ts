import fc from 'fast-check';
import type { Hono } from 'hono';
import { SCHEMA_VERSION } from '../../src/domain/sync/protocol.ts';
import { person } from '../domain/factories.ts';
import { createOf, updateOf } from './mutations.ts';

/**
 * Garbage requests for the fuzz suite: every registered route, any method, odd headers, and
 * bodies from invalid JSON text to push batches whose mutations carry broken values.
 */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  loggedIn: boolean;
}

export interface Route {
  method: string;
  path: string;
}

/** Each distinct route the app registers, from its own list, as a template (`:id`, `*`); ALL is any method. */
export function routesOf(app: Hono): Route[] {
  const unique = new Map(app.routes.map((route) => [`${route.method} ${route.path}`, { method: route.method, path: route.path }]));
  return [...unique.values()];
}

/** Any UTF-16 code unit, lone surrogates included, with the troublesome ones made likely. */
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x2028, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffd),
);
export const weirdString = fc.oneof(
  fc.array(codeUnit, { maxLength: 20 }).map((units) => String.fromCharCode(...units)),
  fc.constantFrom('', ' ', 'amina', '\u0000', 'x\ud800', '\udc00x', 'a\nFORGED', '../../etc/passwd', '%00', '__proto__', 'constructor', 'ü'.repeat(300)),
);

// A value JSON.stringify cannot write (it overflows a few thousand levels deep) is a placeholder
// string, swapped for its text after stringifying.
const DEEP = /"@@deep:(\d+):(obj|arr)@@"/g;
const deepValue = fc.tuple(fc.integer({ min: 30, max: 12_000 }), fc.constantFrom('obj', 'arr')).map(([n, kind]) => `@@deep:${n}:${kind}@@`);

export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(DEEP, (_m, n: string, kind: string) =>
    kind === 'obj' ? `${'{"a":'.repeat(Number(n))}1${'}'.repeat(Number(n))}` : `${'['.repeat(Number(n))}${']'.repeat(Number(n))}`,
  );
}

const oddNumber = fc.oneof(fc.double(), fc.constantFrom(1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, -0, 5e-324, 0.5, -1));
const scalar = fc.oneof(weirdString, oddNumber, fc.integer(), fc.boolean(), fc.constant(null));
export const weirdValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    deepValue,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(weirdString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A mutation close enough to a real one to reach the merge and the database, with parts broken; its seq is given later. */
function mutationArb(): fc.Arbitrary<(seq: number) => unknown> {
  const real = fc.boolean().map((create) => {
    const record = person('moroccan');
    return create ? createOf(1, 'people', record) : updateOf(1, 'people', record.id, 1, { note: 'nota' });
  });
  const field = fc.constantFrom('seq', 'table', 'recordId', 'op', 'baseVersion', 'changes', 'at', 'extra');
  const changeField = fc.oneof(fc.constantFrom('firstName', 'note', 'household', 'languages', 'siteId', 'id', 'version'), weirdString);
  const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: arb, weight: 1 });
  return fc.tuple(real, rarely(fc.tuple(field, weirdValue)), fc.option(fc.tuple(changeField, weirdValue))).map(
    ([m, broken, brokenChange]) => (seq: number) => {
      const out: Record<string, unknown> = { ...m, seq, changes: { ...m.changes } };
      if (brokenChange) (out.changes as Record<string, unknown>)[brokenChange[0]] = brokenChange[1];
      if (broken) out[broken[0]] = broken[1];
      return out;
    },
  );
}

const often = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: odd, weight: 1 });

function pushBody(deviceId: () => string): fc.Arbitrary<string> {
  return fc
    .tuple(often(fc.constant<unknown>(SCHEMA_VERSION), weirdValue), often(fc.constant(true), fc.constant(false)), fc.integer({ min: 1, max: 2 ** 40 }), fc.array(mutationArb(), { maxLength: 4 }))
    .map(([schemaVersion, ownDevice, firstSeq, mutations]) =>
      toJsonText({ schemaVersion, deviceId: ownDevice ? deviceId() : 'not-this-device', mutations: mutations.map((m, i) => m(firstSeq + i)) }),
    );
}

const loginBody = fc
  .record({ username: often(fc.constant('amina'), weirdString), password: weirdString, deviceId: often(fc.uuid(), weirdString), deviceName: often(weirdString, weirdValue) }, { requiredKeys: [] })
  .map(toJsonText);

const anyBody: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  weirdValue.map(toJsonText),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new TextDecoder().decode(bytes)),
  weirdString,
  fc.constantFrom('{', '[1,', '{"a":1e999}', '"\\ud800"', '{"a":"\\u0000"}', 'nul', '\u0000', '{"schemaVersion":1,}', '[]'.repeat(10), '1'.repeat(400)),
);

/** A path segment of any bytes, percent-encoded (encodeURIComponent refuses lone surrogates). */
const segment = fc.oneof(
  fc.uuid(),
  fc.uint8Array({ maxLength: 12 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
  fc.constantFrom('%00', '%0a', '..%2f..%2fetc%2fpasswd', '%ff', '%', 'a'.repeat(300), 'index.html', 'sw.js', 'assets'),
);
const headerValue = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })), { maxLength: 30 }).map((cs) => String.fromCharCode(...cs).trim());
const anyMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');

function pathArb(template: string): fc.Arbitrary<string> {
  return fc.tuple(segment, fc.option(fc.tuple(segment, segment))).map(([fill, query]) => {
    const filled = template.replace(/:id/g, fill).replace(/\*/g, fill);
    return query ? `${filled}?cursor=${query[0]}&limit=${query[1]}` : filled;
  });
}

const oddHeaders = fc.record(
  {
    'content-type': fc.oneof(
      fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/vnd.api+json', 'text/plain', 'application/octet-stream', 'multipart/form-data; boundary=x'),
      headerValue,
    ),
    'content-range': fc.oneof(fc.constantFrom('bytes 0-0/1', 'bytes 0-99999999999999999999/1', 'bytes 5-2/9'), headerValue),
    range: fc.oneof(fc.constantFrom('bytes=99999-', 'bytes=abc', 'bytes=-1'), headerValue),
    accept: headerValue,
    origin: headerValue,
  },
  { requiredKeys: [] },
);

/**
 * Mostly aimed requests (a route's own method, a JSON body of the route's shape, logged in),
 * so that garbage reaches past the first checks into validation, the merge and the database;
 * the rest anything at all.
 */
export function requestArb(routes: Route[], deviceId: () => string): fc.Arbitrary<FuzzRequest> {
  const targets = routes.filter((r) => r.method !== 'ALL');
  // The push takes the most varied input: it is aimed at as often as all the other routes together.
  const pushes = targets.filter((r) => r.path.endsWith('/sync/push'));
  const aimed = fc.constantFrom(...targets, ...Array.from({ length: targets.length }, (_, i) => pushes[i % pushes.length]!)).chain((route) =>
    fc.record({
      method: fc.constant(route.method),
      path: pathArb(route.path),
      headers: fc.tuple(often(fc.constant(route.method === 'PUT' ? 'application/octet-stream' : 'application/json'), headerValue), oddHeaders).map(
        ([contentType, rest]) => ({ ...rest, 'content-type': contentType }),
      ),
      body: route.path.endsWith('/sync/push') ? pushBody(deviceId) : route.path.endsWith('/auth/login') ? loginBody : anyBody,
      loggedIn: often(fc.constant(true), fc.constant(false)),
    }),
  );
  const wild = fc.record({
    method: anyMethod,
    path: fc.constantFrom(...routes.map((r) => r.path)).chain(pathArb),
    headers: oddHeaders,
    body: fc.oneof(anyBody, pushBody(deviceId), loginBody),
    loggedIn: fc.boolean(),
  });
  return fc.oneof({ arbitrary: aimed, weight: 3 }, { arbitrary: wild, weight: 1 });
}
