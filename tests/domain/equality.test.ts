import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue, withoutUndefined } from '../../src/domain/equality.ts';

/** What the comparisons did before: JSON text, once every object's keys are sorted. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sort(x)]))
      : v;
  return JSON.stringify(sort(value ?? null));
}

/** The same value with every object's keys written in the reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

// Few leaves and keys, so that two drawn values are often equal.
const { value: smallValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.constantFrom(undefined, null, 0, 1, '1', '', 'a', true, false, Number.NaN),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', '10', '2'), tie('value'), { maxKeys: 3 }),
}));

describe('sameValue', () => {
  it.each<[name: string, a: unknown, b: unknown, same: boolean]>([
    ['equal strings', 'Rossi', 'Rossi', true],
    ['different strings', 'Rossi', 'Rosi', false],
    ['a number and the same digits as a string', 1, '1', false],
    ['zero and false', 0, false, false],
    ['empty string and null', '', null, false],
    ['null and undefined (a cleared field)', null, undefined, true],
    ['undefined and undefined', undefined, undefined, true],
    ['null and an empty object', null, {}, false],
    ['NaN and null (JSON writes NaN as null)', Number.NaN, null, true],
    ['keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }, true],
    ['nested keys in another order', { h: { pregnant: false, children: [] } }, { h: { children: [], pregnant: false } }, true],
    ['an undefined-valued key and no key', { a: 1, b: undefined }, { a: 1 }, true],
    ['a null-valued key and no key', { a: 1, b: null }, { a: 1 }, false],
    ['a null-valued key and an undefined-valued key', { b: null }, { b: undefined }, false],
    ['a missing key on either side', { a: 1 }, { a: 1, b: 2 }, false],
    ['arrays in the same order', ['it', 'en'], ['it', 'en'], true],
    ['arrays in another order', ['it', 'en'], ['en', 'it'], false],
    ['arrays of different lengths', [1], [1, 1], false],
    ['an array and an object with index keys', [1], { 0: 1 }, false],
    ['undefined and null inside an array', [undefined], [null], true],
    ['objects inside arrays, keys in another order', [{ id: 'c1', sex: 'F' }], [{ sex: 'F', id: 'c1' }], true],
    ['objects inside arrays, one value differs', [{ id: 'c1', sex: 'F' }], [{ id: 'c1', sex: 'M' }], false],
    ['a key named like an Object method', { toString: 'x' }, {}, false],
  ])('%s', (_name, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
    expect(sameValue(b, a)).toBe(same);
  });

  it('agrees with comparing JSON text with sorted keys', () => {
    fc.assert(fc.property(smallValue, smallValue, (a, b) => sameValue(a, b) === (sortedJson(a) === sortedJson(b))));
  });

  it('never depends on key order', () => {
    fc.assert(fc.property(smallValue, (a) => sameValue(a, reversedKeys(a))));
  });
});

describe('withoutUndefined', () => {
  it.each<[name: string, value: unknown, expected: unknown]>([
    ['drops undefined-valued keys', { a: 1, b: undefined }, { a: 1 }],
    ['keeps null, false, 0 and empty strings', { a: null, b: false, c: 0, d: '' }, { a: null, b: false, c: 0, d: '' }],
    ['at every depth', { h: { due: undefined, children: [{ id: 'c1', sex: undefined }] } }, { h: { children: [{ id: 'c1' }] } }],
    ['leaves array slots in place', [undefined, 1], [undefined, 1]],
    ['returns a primitive as it is', 'Rossi', 'Rossi'],
    ['returns undefined as it is', undefined, undefined],
  ])('%s', (_name, value, expected) => {
    expect(withoutUndefined(value)).toStrictEqual(expected);
  });

  it('leaves what is not a plain object as it is', () => {
    const day = new Date('2026-01-01T00:00:00Z');
    expect(withoutUndefined({ day }).day).toBe(day);
  });

  it('does not touch the value it is given', () => {
    const value = { a: undefined, b: { c: undefined } };
    withoutUndefined(value);
    expect(Object.keys(value)).toEqual(['a', 'b']);
    expect(Object.keys(value.b)).toEqual(['c']);
  });

  it('stores as the same JSON, and is the same value', () => {
    fc.assert(fc.property(smallValue, (v) => {
      const cleaned = withoutUndefined(v);
      return JSON.stringify(cleaned) === JSON.stringify(v) && sameValue(cleaned, v);
    }));
  });
});
