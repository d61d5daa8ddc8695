import type { i18n } from 'i18next';
import enAudit from '../audit/en.json';
import itAudit from '../audit/it.json';
import enPathways from '../pathways/en.json';
import itPathways from '../pathways/it.json';
import enAdmin from '../admin/en.json';
import itAdmin from '../admin/it.json';
import enMediation from '../mediation/en.json';
import itMediation from '../mediation/it.json';
import enForm from '../ui/form/en.json';
import itForm from '../ui/form/it.json';
import enRenderer from '../ui/renderer/en.json';
import itRenderer from '../ui/renderer/it.json';

/**
 * The text of every screen loaded on demand, kept out of the initial bundle (docs/architecture.md,
 * "Budgets"): the form kit's, the renderer's, and the pathways', mediation, audit and admin features'. One
 * chunk, registered by `loadScreenText` before any lazy screen renders, so no screen can forget
 * its text. Each feature keeps its texts under its own top-level key.
 */
export const screenCatalogues = {
  it: { ...itForm, ...itRenderer, ...itPathways, ...itMediation, ...itAudit, ...itAdmin },
  en: { ...enForm, ...enRenderer, ...enPathways, ...enMediation, ...enAudit, ...enAdmin },
} as const;

export function registerScreenCatalogues(instance: i18n): void {
  for (const [lng, bundle] of Object.entries(screenCatalogues)) {
    instance.addResourceBundle(lng, 'translation', bundle, true, false);
  }
}
