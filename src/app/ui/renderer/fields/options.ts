import type { Vocabulary } from '../../../../domain/vocab/vocabulary.ts';

/** Lists longer than this are a drop-down (countries, languages), shorter ones big chips. */
export const LONG_LIST = 20;

/** Offered first in long lists: the most frequent origins and languages at the desks (report §7). */
export const FREQUENT: Partial<Record<string, readonly string[]>> = {
  countries: ['NG', 'PE', 'MA', 'IT', 'RO', 'EG', 'AL', 'TN', 'SN', 'CI', 'GH', 'BD', 'CN', 'UA'],
  languages: ['it', 'en', 'fr', 'es', 'ar', 'pcm', 'yo', 'ig', 'ro', 'uk', 'qu', 'wo'],
};

/**
 * The codes offered: the vocabulary's active entries, plus any retired code the record still
 * holds (an old record shows what it holds).
 */
export function optionCodes(vocabulary: Vocabulary, current: readonly string[] = []): string[] {
  const offered = vocabulary.active().map((e) => e.code as string);
  for (const code of current) if (code && !offered.includes(code) && vocabulary.has(code)) offered.push(code);
  return offered;
}

export function isLongList(vocabulary: Vocabulary): boolean {
  return vocabulary.entries.length > LONG_LIST;
}
