import { describe, expect, it } from 'vitest';
import { flatten, placeholders } from '../catalogueHelpers.ts';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import { screenCatalogues } from '../../../src/app/i18n/screenCatalogues.ts';
import enAdmin from '../../../src/app/admin/en.json';
import itAdmin from '../../../src/app/admin/it.json';
import { ACCOUNT_REFUSALS } from '../../../src/domain/sync/accounts.ts';
import { SUPPORTED_LANGUAGES } from '../../../src/app/i18n/languages.ts';

// The admin catalogue is added to i18next when its screen loads (src/app/i18n/screenCatalogues.ts),
// so the shared catalogue test does not see it: the same checks here.
describe('admin catalogue', () => {
  const it_ = flatten(itAdmin);
  const en = flatten(enAdmin);

  it('has one top-level key that no other catalogue uses, registered with the lazy screens in every shipped language', () => {
    expect(Object.keys(itAdmin)).toEqual(['admin']);
    expect(Object.keys(enAdmin)).toEqual(['admin']);
    expect(Object.keys(catalogues.it)).not.toContain('admin');
    for (const lang of SUPPORTED_LANGUAGES) expect(screenCatalogues[lang].admin, lang).toBeDefined();
  });

  it('has the same keys in English as in Italian, all non-empty', () => {
    expect([...en.keys()].sort()).toEqual([...it_.keys()].sort());
    expect([...it_, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('interpolates the same placeholders in both languages, and every plural has its one and other forms', () => {
    expect([...it_].filter(([k, v]) => placeholders(v) !== placeholders(en.get(k))).map(([k]) => k)).toEqual([]);
    const plurals = [...it_.keys()].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, ''));
    expect(plurals.length).toBeGreaterThan(0);
    for (const base of new Set(plurals)) {
      expect(it_.has(`${base}_one`) && it_.has(`${base}_other`), base).toBe(true);
      expect(String(it_.get(`${base}_other`)), base).toContain('{{count}}');
    }
  });

  it('names every refusal and failure an accounts request can give', () => {
    for (const code of [...ACCOUNT_REFUSALS, 'offline', 'unauthorised', 'forbidden', 'unknown_site', 'not_found', 'invalid', 'server']) {
      expect(it_.has(`admin.problems.${code}`), code).toBe(true);
    }
  });
});
