import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from './catalogues';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  isSupportedLanguage,
  type LanguageCode,
} from './languages';

// Catalogues are bundled, not fetched: the app has to start with no network at all.
export const resources = {
  it: { translation: catalogues.it },
  en: { translation: catalogues.en },
} as const;

function readStoredLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isSupportedLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, policies); Italian is the safe default.
    return DEFAULT_LANGUAGE;
  }
}

function applyToDocument(lng: string): void {
  const root = document.documentElement;
  root.lang = lng;
  root.dir = i18next.dir(lng);
}

/** Switch the interface language and remember it on this device. */
export async function changeLanguage(lng: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not remembered across restarts, but the switch itself still works.
  }
  await i18next.changeLanguage(lng);
}

export function currentLanguage(): LanguageCode {
  const lng = i18next.resolvedLanguage;
  return isSupportedLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}

i18next.on('languageChanged', applyToDocument);

// initAsync: false — resources are in memory, so the first render already has its text.
void i18next.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

export default i18next;
