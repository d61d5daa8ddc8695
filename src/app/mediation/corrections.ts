import { useMemo } from 'react';
import type { SportelloDb } from '../../db/database.ts';
import { createRecord, updateRecord, type Author } from '../../db/repository.ts';
import {
  correctionTarget, type TranslationCorrection, type TranslationCorrectionStatus,
} from '../../domain/records/translation.ts';
import { db } from '../data/db';
import { useLiveQuery } from '../data/useLiveQuery';
import type { TextOverrides } from '../ui/renderer/FormLanguage';

/**
 * Mediators' corrections of the forms' translations, stored as synced records of the site:
 * once stored, a correction's text replaces the catalogue's on every device of the site.
 */
export type CorrectionTarget = { formId: string; fieldId: string } | { formId: string; vocabulary: string; code: string };

export async function correctionsIn(database: SportelloDb, language: string): Promise<TranslationCorrection[]> {
  const rows = await database.translationCorrections.where('language').equals(language).toArray();
  return rows.filter((c) => !c.deleted).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

/** The text to show per target key in each language: the latest correction. */
export function overridesFrom(corrections: readonly TranslationCorrection[]): Map<string, Map<string, string>> {
  const byLanguage = new Map<string, Map<string, string>>();
  for (const c of [...corrections].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    if (!byLanguage.has(c.language)) byLanguage.set(c.language, new Map());
    byLanguage.get(c.language)!.set(correctionTarget(c), c.text);
  }
  return byLanguage;
}

/** Live overrides for the languages shown. */
export function useOverrides(languages: readonly string[]): TextOverrides {
  const key = [...new Set(languages)].sort().join(',');
  const corrections = useLiveQuery(
    async () => (await Promise.all(key.split(',').filter(Boolean).map((l) => correctionsIn(db, l)))).flat(),
    [key],
  );
  return useMemo(() => overridesFrom(corrections ?? []), [corrections]);
}

/**
 * Stores a mediator's word on a translation: a confirmation of the text shown, or a proposed
 * text. One record per target and language: a later word updates it.
 */
export async function saveCorrection(
  database: SportelloDb,
  author: Author,
  target: CorrectionTarget,
  language: string,
  text: string,
  status: TranslationCorrectionStatus,
): Promise<TranslationCorrection> {
  const fields = 'fieldId' in target
    ? { formId: target.formId, fieldId: target.fieldId }
    : { formId: target.formId, vocabulary: target.vocabulary, code: target.code };
  const key = correctionTarget(fields);
  const existing = (await correctionsIn(database, language)).filter((c) => correctionTarget(c) === key).at(-1);
  if (existing) return updateRecord(database, author, 'translationCorrections', existing.id, { text, status });
  return createRecord(database, author, 'translationCorrections', {
    ...fields,
    language: language as TranslationCorrection['language'],
    text,
    status,
  });
}
