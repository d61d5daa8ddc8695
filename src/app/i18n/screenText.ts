import i18next from 'i18next';
import { lazy } from 'react';

let loading: Promise<void> | null = null;

/** Registers the lazy screens' text once (see ./screenCatalogues.ts). */
export function loadScreenText(): Promise<void> {
  loading ??= import('./screenCatalogues').then((m) => m.registerScreenCatalogues(i18next));
  return loading;
}

/**
 * A screen loaded on demand together with the text of every lazy screen, so a route can never
 * render before its words are there.
 */
export const lazyScreen: typeof lazy = (load) => lazy(async () => (await Promise.all([load(), loadScreenText()]))[0]);
