/**
 * Shared by the catalogue tests: catalogues loaded on demand (front desk forms, pathways,
 * form renderer, mediation) are checked with the same rules as the bundled one.
 */

/** Flattens a nested catalogue into "a.b.c" → value. */
export function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
      else out.set(path, value);
    }
  }
  return out;
}

/** The {{placeholders}} a translation interpolates, sorted and joined. */
export const placeholders = (v: unknown): string =>
  typeof v === 'string' ? [...v.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort().join() : '';
