import { describe, expect, it } from 'vitest';
import { flatten, placeholders } from '../../catalogueHelpers.ts';
import { catalogues } from '../../../../src/app/i18n/catalogues.ts';
import enForms from '../../../../src/app/ui/renderer/en.json';
import itForms from '../../../../src/app/ui/renderer/it.json';
import enMediation from '../../../../src/app/mediation/en.json';
import itMediation from '../../../../src/app/mediation/it.json';

// The renderer's and the mediation screens' catalogues are added to i18next when their screens
// load (src/app/i18n/screenCatalogues.ts), so the shared catalogue test does
// not see them: the same checks here.
for (const [name, key, it_, en] of [
  ['form renderer', 'formRenderer', itForms, enForms],
  ['mediation', 'mediation', itMediation, enMediation],
] as const) {
  describe(`${name} catalogue`, () => {
    const itFlat = flatten(it_);
    const enFlat = flatten(en);

    it('has one top-level key that no bundled catalogue uses', () => {
      expect(Object.keys(it_)).toEqual([key]);
      expect(Object.keys(en)).toEqual([key]);
      expect(Object.keys(catalogues.it)).not.toContain(key);
    });

    it('has the same keys in English as in Italian, all non-empty', () => {
      expect([...enFlat.keys()].sort()).toEqual([...itFlat.keys()].sort());
      expect([...enFlat, ...itFlat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
    });

    it('interpolates the same placeholders in both languages', () => {
      expect([...itFlat].filter(([k, v]) => placeholders(v) !== placeholders(enFlat.get(k))).map(([k]) => k)).toEqual([]);
    });
  });
}
