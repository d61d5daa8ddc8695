/**
 * Record values are JSON: what is stored, synced and compared is what `JSON.stringify` keeps.
 * So a key whose value is undefined is no key at all, and an undefined value (at the top or
 * inside an array) reads as null — as do NaN and the infinities. Key order never matters.
 */

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A value as JSON writes it, before looking inside it. */
function asJson(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function definedKeys(value: PlainObject): string[] {
  return Object.keys(value).filter((k) => value[k] !== undefined);
}

/**
 * Whether two values are the same once stored: deep equality of JSON values, blind to key
 * order and to undefined-valued keys; undefined and null are the same value.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = asJson(a);
  const y = asJson(b);
  if (x === y) return true;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  }
  if (isPlainObject(x) && isPlainObject(y)) {
    const keys = definedKeys(x);
    return keys.length === definedKeys(y).length && keys.every((k) => Object.hasOwn(y, k) && y[k] !== undefined && sameValue(x[k], y[k]));
  }
  return false;
}

/**
 * Drops the keys whose value is undefined, at every depth of plain objects and arrays (a new
 * record need not carry them). Anything else — a Blob, a Date — is returned as it is.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  ) as T;
}
