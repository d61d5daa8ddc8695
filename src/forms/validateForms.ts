import { FIELD_TYPES, type FormDef } from './types.ts';
import { FIELD_TEXT_KEYS, UI_KEYS, type FieldText, type FormCatalogue } from './catalogues.ts';
import { vocabularyNamed } from './text.ts';

/**
 * Checks form definitions and their catalogues before they reach a desk: every problem names
 * the form, the version, the field and the language, e.g.
 * `registration v1, field "sex": no label in "fr"`. Run by the tests, so a bad definition
 * fails the build, never an operator.
 */
export function formProblems(forms: readonly FormDef[], catalogues: Record<string, FormCatalogue>): string[] {
  const problems: string[] = [];
  const languages = Object.keys(catalogues);
  for (const form of forms) {
    let previous = 0;
    for (const { version, fields } of form.versions) {
      const at = `${form.id} v${version}`;
      if (version <= previous) problems.push(`${at}: versions must increase`);
      previous = version;
      const seen = new Set<string>();
      for (const field of fields) {
        const where = `${at}, field "${field.id}"`;
        if (seen.has(field.id)) problems.push(`${where}: listed twice`);
        if (!(FIELD_TYPES as readonly string[]).includes(field.type)) problems.push(`${where}: unknown field type "${field.type}"`);
        if (field.showIf && !seen.has(field.showIf.field)) {
          problems.push(`${where}: condition on "${field.showIf.field}", which is not an earlier field of the form`);
        }
        seen.add(field.id);
        const filled = field.fillsEmpty ? fields.find((f) => f.id === field.fillsEmpty) : undefined;
        if (field.fillsEmpty && (!filled || filled.type !== field.type || filled.vocabulary !== field.vocabulary)) {
          problems.push(`${where}: fills "${field.fillsEmpty}", which is not a field of the same type in the form`);
        }
        const vocabulary = field.vocabulary ? vocabularyNamed(field.vocabulary) : undefined;
        if ((field.type === 'choice' || field.type === 'multiChoice') && !vocabulary) {
          problems.push(`${where}: unknown vocabulary "${field.vocabulary ?? '(none)'}"`);
        }
        for (const lang of languages) {
          const text = catalogues[lang]!.forms[form.id]?.fields[field.id];
          if (!text?.label) problems.push(`${where}: no label in "${lang}"`);
          problems.push(...fieldTextProblems(text, lang).map((p) => `${where}: ${p}`));
          if (!vocabulary) continue;
          for (const entry of vocabulary.entries) {
            const label = catalogues[lang]!.options[vocabulary.name]?.[entry.code] ?? ownLabel(vocabulary.name, entry.labels, lang);
            if (!label) problems.push(`${where}: option "${entry.code}" has no label in "${lang}"`);
          }
        }
      }
    }
    for (const lang of languages) {
      if (!catalogues[lang]!.forms[form.id]?.title) problems.push(`${form.id}: no title in "${lang}"`);
    }
  }
  problems.push(...noticeProblems(catalogues), ...uiProblems(catalogues));
  return problems;
}

/**
 * The optional texts of a field: a summary (the operators' name for it) may be missing in any
 * language, but one given must say something; a key the screens do not read (a misspelt
 * "sumary") is reported rather than silently ignored.
 */
function fieldTextProblems(text: FieldText | undefined, lang: string): string[] {
  if (!text) return [];
  const problems = Object.keys(text)
    .filter((key) => !(FIELD_TEXT_KEYS as readonly string[]).includes(key))
    .map((key) => `unknown text "${key}" in "${lang}"`);
  if (text.summary !== undefined && !text.summary.trim()) problems.push(`empty summary in "${lang}"`);
  return problems;
}

function ownLabel(vocabularyName: string, labels: Record<string, string | undefined>, lang: string): string | undefined {
  if (vocabularyName === 'countries' || vocabularyName === 'languages') return 'platform';
  return labels[lang];
}

function noticeProblems(catalogues: Record<string, FormCatalogue>): string[] {
  const problems: string[] = [];
  const reference = catalogues.it?.notice;
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    const notice = catalogue.notice;
    if (!notice?.title || !notice.paragraphs?.length) {
      problems.push(`privacy notice: missing in "${lang}"`);
      continue;
    }
    if (reference && notice.version !== reference.version) {
      problems.push(`privacy notice: "${lang}" is version ${notice.version}, Italian is ${reference.version}`);
    }
    if (reference && notice.paragraphs.length !== reference.paragraphs.length) {
      problems.push(`privacy notice: "${lang}" has ${notice.paragraphs.length} paragraphs, Italian has ${reference.paragraphs.length}`);
    }
  }
  return problems;
}

/** The {{placeholders}} of a text, e.g. ["n", "total"]. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);
}

/**
 * The renderer's own words: every key in every language, with the placeholders Italian has
 * (a lost {{n}} would show "Child" for every child; a foreign one would show raw braces).
 */
function uiProblems(catalogues: Record<string, FormCatalogue>): string[] {
  const problems: string[] = [];
  const reference = catalogues.it?.ui;
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const key of UI_KEYS) {
      const text = catalogue.ui?.[key];
      if (!text?.trim()) {
        problems.push(`ui "${key}": missing in "${lang}"`);
        continue;
      }
      const expected = reference?.[key] ? placeholders(reference[key]) : [];
      const found = placeholders(text);
      for (const name of expected.filter((p) => !found.includes(p))) problems.push(`ui "${key}": {{${name}}} missing in "${lang}"`);
      for (const name of found.filter((p) => !expected.includes(p))) problems.push(`ui "${key}": {{${name}}} in "${lang}" is not in Italian`);
    }
  }
  return problems;
}
