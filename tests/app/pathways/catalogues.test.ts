import { describe, expect, it } from 'vitest';
import { flatten, placeholders } from '../catalogueHelpers.ts';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import enPaths from '../../../src/app/pathways/en.json';
import itPaths from '../../../src/app/pathways/it.json';
import enForms from '../../../src/app/ui/form/en.json';

// The pathways catalogue is added to i18next when its screens load (src/app/i18n/screenCatalogues.ts),
// so the shared catalogue test does not see it: the same checks here.
describe('pathways catalogue', () => {
  const it_ = flatten(itPaths);
  const en = flatten(enPaths);

  it('has one top-level key that no other catalogue uses', () => {
    expect(Object.keys(itPaths)).toEqual(['paths']);
    expect(Object.keys(enPaths)).toEqual(['paths']);
    expect(Object.keys(catalogues.it)).not.toContain('paths');
    expect(Object.keys(enForms)).not.toContain('paths');
  });

  it('has the same keys in English as in Italian, all non-empty', () => {
    expect([...en.keys()].sort()).toEqual([...it_.keys()].sort());
    expect([...it_, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('interpolates the same placeholders in both languages', () => {
    expect([...it_].filter(([k, v]) => placeholders(v) !== placeholders(en.get(k))).map(([k]) => k)).toEqual([]);
  });

  it('names every refusal the rules and the file checks can give', () => {
    for (const code of ['pathway_closed', 'exception_not_allowed', 'over_cap']) expect(it_.has(`paths.grant.refused.${code}`), code).toBe(true);
    for (const code of ['transition_not_allowed', 'receipt_required']) expect(it_.has(`paths.grants.refused.${code}`), code).toBe(true);
    for (const code of ['file_type', 'file_too_large', 'file_empty', 'image_unreadable', 'failed']) {
      expect(it_.has(`paths.receipt.problems.${code}`), code).toBe(true);
    }
  });
});
