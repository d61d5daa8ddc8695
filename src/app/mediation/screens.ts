/**
 * The mediation screens, loaded on demand as one chunk: four separate lazy chunks sharing the
 * front desk's form pieces would split the initial bundle into more, smaller chunks (about
 * 1.5 KB gzip more of the 150 KB budget, docs/architecture.md, "Budgets").
 */
export { default as IntakeScreen } from './IntakeScreen';
export { default as MediationLogScreen } from './MediationLogScreen';
export { default as MediationSessionScreen } from './MediationSessionScreen';
export { default as TranslationsScreen } from './TranslationsScreen';
