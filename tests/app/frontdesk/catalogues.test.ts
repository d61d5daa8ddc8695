import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import enForms from '../../../src/app/frontdesk/forms/en.json';
import itForms from '../../../src/app/frontdesk/forms/it.json';

// The front desk's forms catalogue is added to i18next when its screens load
// (src/app/frontdesk/forms/i18n.ts), so the shared catalogue test does not see it: the same
// checks here.
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
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

const placeholders = (v: unknown) =>
  typeof v === 'string' ? [...v.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort().join() : '';

describe('front desk forms catalogue', () => {
  const it_ = flatten(itForms);
  const en = flatten(enForms);

  it('has one top-level key that no bundled catalogue uses', () => {
    expect(Object.keys(itForms)).toEqual(['deskForms']);
    expect(Object.keys(enForms)).toEqual(['deskForms']);
    expect(Object.keys(catalogues.it)).not.toContain('deskForms');
  });

  it('has the same keys in English as in Italian, all non-empty', () => {
    expect([...en.keys()].sort()).toEqual([...it_.keys()].sort());
    expect([...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('interpolates the same placeholders in both languages', () => {
    expect([...it_].filter(([k, v]) => placeholders(v) !== placeholders(en.get(k))).map(([k]) => k)).toEqual([]);
  });
});
