import i18next from 'i18next';
// The pathway screens use the front desk's form pieces (footer, drafts), whose text is there.
import '../ui/form/i18n';
import en from './en.json';
import it from './it.json';

/**
 * The text of the pathway screens (key "paths"), added to i18next when the first of them loads,
 * like the front desk's forms catalogue: it stays out of the initial bundle (docs/architecture.md, "Budgets"). Every
 * lazy screen that shows pathway text imports this module first. Keys are typed through
 * `Catalogue` in ../i18n/catalogues.ts; tests/app/pathways/catalogues.test.ts checks that both
 * languages are complete.
 */
export const pathwaysCatalogues = { it, en } as const;

for (const [lng, bundle] of Object.entries(pathwaysCatalogues)) {
  i18next.addResourceBundle(lng, 'translation', bundle, true, false);
}
