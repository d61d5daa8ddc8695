import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * i18next for rendering components in Node (the app's own setup reads localStorage and the
 * document). Import first: the lazy catalogues register themselves with this instance when
 * the component modules load.
 */
void i18next.use(initReactI18next).init({
  lng: 'it',
  fallbackLng: 'it',
  resources: { it: { translation: {} }, en: { translation: {} } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18next;
