import i18next from 'i18next';
import en from './en.json';
import it from './it.json';

/**
 * The text of the front desk's forms and person page (key "deskForms"). It is added to i18next
 * when the first of those screens loads, not at start: both languages of it would cost the
 * initial bundle about 2.5 KB gzip of the 150 KB budget (docs/architecture.md, "Budgets"). Every lazy front-desk
 * screen imports this module first, so the text is there before it renders. Its keys are typed
 * through `Catalogue` in ../../i18n/catalogues.ts, and tests/app/frontdesk/catalogues.test.ts
 * checks that both languages are complete.
 */
export const deskFormsCatalogues = { it, en } as const;

for (const [lng, bundle] of Object.entries(deskFormsCatalogues)) {
  i18next.addResourceBundle(lng, 'translation', bundle, true, false);
}
