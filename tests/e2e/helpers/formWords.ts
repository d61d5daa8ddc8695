import { readdirSync, readFileSync } from 'node:fs';

/**
 * The renderer's own words (`ui` in src/forms/catalogues/*.json) as read by the tests: the
 * presentation buttons are in her language, so a page object finds them by the word in any
 * catalogue.
 */
const folder = new URL('../../../src/forms/catalogues/', import.meta.url);
const words: Record<string, Record<string, string>> = Object.fromEntries(
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { ui: Record<string, string> }).ui]),
);

/** A word in one language, placeholders filled. */
export function uiWord(lang: string, key: string, vars: Record<string, string | number> = {}): string {
  return words[lang]![key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

/** The whole accessible name, in any of the languages. */
export function uiName(key: string): RegExp {
  const escaped = [...new Set(Object.values(words).map((ui) => ui[key]!))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(${escaped.join('|')})$`);
}
