import { describe, expect, it as test } from 'vitest';
import { catalogues } from '../../src/app/i18n/catalogues.ts';

// Italian is the reference catalogue (DESIGN §7); every other language must be complete.
const { it } = catalogues;

/** Flattens a nested catalogue into "a.b.c" → value. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of flatten(value, path)) out.set(k, v);
      } else {
        out.set(path, value);
      }
    }
  }
  return out;
}

/** The {{placeholders}} a translation interpolates, sorted. */
function placeholders(value: unknown): string[] {
  return typeof value === 'string'
    ? [...value.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()
    : [];
}

const reference = flatten(it);

describe('i18n catalogues', () => {
  test('the Italian reference catalogue is not empty', () => {
    expect(reference.size).toBeGreaterThan(10);
  });

  for (const [lang, catalogue] of Object.entries(catalogues)) {
    const flat = flatten(catalogue);

    test(`${lang}: has every key of it.json`, () => {
      const missing = [...reference.keys()].filter((key) => !flat.has(key));
      expect(missing).toEqual([]);
    });

    test(`${lang}: has no key that it.json lacks`, () => {
      const extra = [...flat.keys()].filter((key) => !reference.has(key));
      expect(extra).toEqual([]);
    });

    test(`${lang}: every value is a non-empty string`, () => {
      const empty = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    });

    test(`${lang}: interpolates the same {{placeholders}} as it.json`, () => {
      const mismatched = [...reference]
        .filter(([key]) => flat.has(key))
        .filter(([key, v]) => placeholders(v).join() !== placeholders(flat.get(key)).join())
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  }
});
