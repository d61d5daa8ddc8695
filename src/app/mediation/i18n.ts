import i18next from 'i18next';
import en from './en.json';
import it from './it.json';

/**
 * The text of the mediation screens (key "mediation"), added to i18next when the first of them
 * (or the person page, whose timeline lists mediations) loads, not at start: see
 * src/app/frontdesk/forms/i18n.ts. Typed through `Catalogue` in ../i18n/catalogues.ts;
 * tests/app/mediation/catalogues.test.ts checks that both languages are complete.
 */
export const mediationCatalogues = { it, en } as const;

for (const [lng, bundle] of Object.entries(mediationCatalogues)) {
  i18next.addResourceBundle(lng, 'translation', bundle, true, false);
}
