import type { Vocabulary } from '../../../domain/vocab/vocabulary.ts';
import type { Option } from './Field';

/**
 * The options of a vocabulary in the reader's language: the active entries, plus the current
 * value when it has been retired since (an old record still shows what it holds).
 */
export function vocabOptions(vocabulary: Vocabulary, lang: string, current: readonly string[] = [], sort = false): Option[] {
  const offered = vocabulary.active().map((e) => e.code as string);
  for (const code of current) if (code && !offered.includes(code) && vocabulary.has(code)) offered.push(code);
  const options = offered.map((code) => ({ value: code, label: vocabulary.label(code, lang) }));
  return sort ? options.sort((a, b) => a.label.localeCompare(b.label, lang)) : options;
}
