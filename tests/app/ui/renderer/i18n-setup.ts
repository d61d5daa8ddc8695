import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { registerScreenCatalogues } from '../../../../src/app/i18n/screenCatalogues';

/**
 * i18next for rendering components in Node (the app's own setup reads localStorage and the
 * document), with the lazy screens' text registered as `lazyScreen` does in the app.
 */
void i18next.use(initReactI18next).init({
  lng: 'it',
  fallbackLng: 'it',
  resources: { it: { translation: {} }, en: { translation: {} } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
registerScreenCatalogues(i18next);

export default i18next;
