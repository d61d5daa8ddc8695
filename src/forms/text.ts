import { allVocabularies, type Vocabulary } from '../domain/vocab/index.ts';
import { FORM_CATALOGUES, type FieldText } from './catalogues.ts';

/** Vocabularies whose labels come from the platform (CLDR) in every language. */
const PLATFORM_LABELLED = new Set(['countries', 'languages']);

const vocabularies = new Map<string, Vocabulary>(allVocabularies.map((v) => [v.name, v as Vocabulary]));

export function vocabularyNamed(name: string): Vocabulary | undefined {
  return vocabularies.get(name);
}

export function fieldText(formId: string, fieldId: string, lang: string): FieldText | undefined {
  return FORM_CATALOGUES[lang]?.forms[formId]?.fields[fieldId];
}

export function formTitle(formId: string, lang: string): string | undefined {
  return FORM_CATALOGUES[lang]?.forms[formId]?.title;
}

/** An option's label in a language: the catalogue's, else the vocabulary's own. */
export function optionLabel(vocabularyName: string, code: string, lang: string): string | undefined {
  const fromCatalogue = FORM_CATALOGUES[lang]?.options[vocabularyName]?.[code];
  if (fromCatalogue) return fromCatalogue;
  const vocabulary = vocabularies.get(vocabularyName);
  if (!vocabulary?.has(code)) return undefined;
  if (PLATFORM_LABELLED.has(vocabularyName)) return vocabulary.label(code, lang);
  return vocabulary.entries.find((e) => e.code === code)?.labels[lang];
}
