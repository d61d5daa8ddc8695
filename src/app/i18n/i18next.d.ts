import type { Catalogue } from './catalogues';

// Italian is the reference catalogue: t('some.key') is type-checked against it, so a typo in a
// key fails `npm run typecheck`, and the catalogue test keeps the other languages in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
