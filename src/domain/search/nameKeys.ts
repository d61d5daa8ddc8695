/**
 * Search keys for a person's name. A key is a prefix of a normalised name token, so a search
 * is an exact lookup of the typed word among the keys. Because lookups are exact, the index
 * works the same over keyed hashes of the keys (DESIGN §5): encrypting names at rest later
 * changes how keys are stored, not how search works.
 *
 * Each token gives two kinds of key: its spelling ("aicha") and its sound skeleton ("~ash"),
 * which folds the variants Arabic and West African names get in Latin script
 * (Mohamed/Mohammed/Muhammad → "mhmd", Aisha/Aicha/Ayesha → "ash").
 */
export const MAX_KEY_LENGTH = 8;
const SKELETON_MARK = '~';

/** Lower case, no accents, letters and digits only: "Aïcha N'Diaye" → ["aicha", "ndiaye"]. */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Spelling variants folded before vowels are dropped; order matters (longest first).
const FOLDS: [RegExp, string][] = [
  [/sch/g, 's'], [/ch/g, 's'], [/sh/g, 's'], [/ph/g, 'f'], [/kh/g, 'k'], [/gh/g, 'g'], [/th/g, 't'],
  [/dh/g, 'd'], [/dj/g, 'j'], [/ck/g, 'k'], [/q/g, 'k'], [/c/g, 'k'], [/z/g, 's'], [/w/g, 'u'], [/x/g, 'ks'],
];

/** The consonant skeleton of a token: first letter kept, then consonants, no doubles. */
export function skeleton(token: string): string {
  let s = token;
  for (const [pattern, replacement] of FOLDS) s = s.replace(pattern, replacement);
  const first = s[0] ?? '';
  const rest = s.slice(1).replace(/[aeiouy]/g, '');
  let out = first;
  for (const ch of rest) if (ch !== out[out.length - 1]) out += ch;
  // "h" after a consonant is silent in most transliterations (Mohammad/Mohamad handled above).
  return out.length > 1 ? out[0] + out.slice(1).replace(/(?<=[^aeiouy])h/g, '') : out;
}

function prefixes(word: string, into: Set<string>, mark = ''): void {
  for (let n = 1; n <= Math.min(word.length, MAX_KEY_LENGTH); n++) into.add(mark + word.slice(0, n));
}

/** Every key a person with these name tokens is found by. */
export function nameKeys(tokens: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const token of tokens) {
    prefixes(token, keys);
    prefixes(skeleton(token), keys, SKELETON_MARK);
  }
  return [...keys];
}

/** The keys to look up for one typed word: a person matches the word if she has any of them. */
export function queryKeys(word: string): string[] {
  const keys = [word.slice(0, MAX_KEY_LENGTH)];
  // One or two letters are too short to have a meaningful sound; match spelling only.
  if (word.length >= 3) keys.push(SKELETON_MARK + skeleton(word).slice(0, MAX_KEY_LENGTH));
  return keys;
}
