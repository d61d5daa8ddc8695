import type { screenCatalogues } from './screenCatalogues';
import enFrontDesk from '../frontdesk/en.json';
import itFrontDesk from '../frontdesk/it.json';
import enSession from '../session/en.json';
import itSession from '../session/it.json';
import enSync from '../sync/en.json';
import itSync from '../sync/it.json';
import enShell from './en.json';
import itShell from './it.json';

/**
 * The interface text, per language: the shell's catalogue plus one per feature, each feature
 * under its own top-level key. Italian is the reference; tests/app/i18n-catalogues.test.ts
 * fails on any key missing in another language.
 */
export const catalogues = {
  it: { ...itShell, ...itSession, ...itSync, ...itFrontDesk },
  en: { ...enShell, ...enSession, ...enSync, ...enFrontDesk },
} as const;

/** The lazy screens' text (./screenCatalogues.ts), type-only here so it stays out of the initial bundle. */
type LazyCatalogues = (typeof screenCatalogues)['it'];

export type Catalogue = (typeof catalogues)['it'] & LazyCatalogues;
