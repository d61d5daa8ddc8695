import type itDeskForms from '../ui/form/it.json';
import type itPaths from '../pathways/it.json';
import type itFormRenderer from '../ui/renderer/it.json';
import type itMediation from '../mediation/it.json';
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

/**
 * Catalogues that lazy screens add to i18next when they load (type-only here, so they stay out
 * of the initial bundle): src/app/frontdesk/forms/i18n.ts, src/app/pathways/i18n.ts,
 * src/app/forms/i18n.ts, src/app/mediation/i18n.ts.
 */
type LazyCatalogues = typeof itDeskForms & typeof itPaths & typeof itFormRenderer & typeof itMediation;

export type Catalogue = (typeof catalogues)['it'] & LazyCatalogues;
