/**
 * A vocabulary is coded data: a stable code that is stored and counted, and labels per
 * language that are only ever shown. A code never changes meaning once shipped; a retired
 * entry stays so that old records still display and are still counted in the figures.
 */
export type Labels = { it: string; en: string } & Partial<Record<string, string>>;

export interface VocabularyEntry<C extends string = string> {
  code: C;
  labels: Labels;
  /** No longer offered for new records; still valid and displayable on old ones. */
  retired?: boolean;
}

export interface Vocabulary<C extends string = string> {
  name: string;
  entries: readonly VocabularyEntry<C>[];
  codes: readonly [C, ...C[]];
  has(code: string): code is C;
  label(code: string, lang: string): string;
  /** Entries offered in forms for new records. */
  active(): VocabularyEntry<C>[];
}

/**
 * A vocabulary from its labels, code by code in the order they are offered (./labels.json keeps
 * the labels as data, apart from code). `retired` codes stay valid and displayable on old records.
 */
export function defineVocabulary<const C extends string>(
  name: string,
  labels: Readonly<Record<C, Labels>>,
  retired: readonly NoInfer<C>[] = [],
): Vocabulary<C> {
  const codes = Object.keys(labels) as C[];
  return vocabularyOf(name, codes.map((code) => ({ code, labels: labels[code], ...(retired.includes(code) ? { retired: true } : {}) })));
}

/** A vocabulary from its entries (also for vocabularies whose labels come from the platform). */
export function vocabularyOf<const C extends string>(
  name: string,
  entries: readonly VocabularyEntry<C>[],
): Vocabulary<C> {
  const byCode = new Map<string, VocabularyEntry<C>>(entries.map((e) => [e.code, e]));
  if (byCode.size !== entries.length) throw new Error(`Vocabulary ${name} has duplicate codes`);
  if (entries.length === 0) throw new Error(`Vocabulary ${name} is empty`);
  return {
    name,
    entries,
    codes: entries.map((e) => e.code) as unknown as readonly [C, ...C[]],
    has: (code): code is C => byCode.has(code),
    label(code, lang) {
      const entry = byCode.get(code);
      if (!entry) return code;
      return entry.labels[lang] ?? entry.labels.it;
    },
    active: () => entries.filter((e) => !e.retired),
  };
}
