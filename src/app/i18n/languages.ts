// Languages the interface is translated into. Adding one: add its catalogue next to it.json,
// register it in index.ts, and list it here (Arabic will render right-to-left by itself,
// because <html dir> comes from i18next.dir()).
export const SUPPORTED_LANGUAGES = ['it', 'en'] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: LanguageCode = 'it';

/** localStorage key holding the language chosen on this device. */
export const LANGUAGE_STORAGE_KEY = 'sportello.lang';

export function isSupportedLanguage(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
