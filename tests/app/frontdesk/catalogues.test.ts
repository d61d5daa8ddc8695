import { describe, expect, it } from 'vitest';
import { flatten, placeholders } from '../catalogueHelpers.ts';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import enForms from '../../../src/app/ui/form/en.json';
import itForms from '../../../src/app/ui/form/it.json';

// The front desk's forms catalogue is added to i18next when its screens load
// (src/app/i18n/screenCatalogues.ts), so the shared catalogue test does not see it: the same
// checks here.
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
