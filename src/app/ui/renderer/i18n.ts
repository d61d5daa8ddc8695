import i18next from 'i18next';
import en from './en.json';
import it from './it.json';

/**
 * The text of the form renderer (key "formRenderer"), added to i18next when a screen using the
 * renderer loads, not at start (see src/app/frontdesk/forms/i18n.ts). Typed through
 * `Catalogue` in ../i18n/catalogues.ts; tests/app/forms/catalogues.test.ts checks completeness.
 */
export const formRendererCatalogues = { it, en } as const;

for (const [lng, bundle] of Object.entries(formRendererCatalogues)) {
  i18next.addResourceBundle(lng, 'translation', bundle, true, false);
}
