/**
 * Search keys for a person's name. A key is a prefix of a normalised name token, so a search
 * is an exact lookup of the typed word among the keys. Because lookups are exact, the index
 * works the same over keyed hashes of the keys (docs/architecture.md, "Data protection"): encrypting names at rest later
 * changes how keys are stored, not how search works.
 *
 * Each token gives two kinds of key: its spelling ("aicha") and its sound skeleton ("~as"),
 * which folds the variants Arabic and West African names get in Latin script
 * (Mohamed/Mohammed/Muhammad → "mhmd", Aisha/Aicha/Ayesha → "as").
 *
 * Each pair of tokens also gives pair keys ("~&bel ngo", "~~bl ng"): a search for two words
 * looks up the people who have both at once, a list of tens where each word alone has
 * hundreds or thousands at 100,000 people (a keystroke must not read those: docs/architecture.md, "Budgets").
 * They are most of the keys (about 33 for a name in two parts, 19 without pairs), so writing
 * people is slower; search is what the device must do at every keystroke.
 * Every key but a plain spelling starts with "~"; only pair keys contain a space.
 */
export const MAX_KEY_LENGTH = 8;
const SKELETON_MARK = '~';
/** Pair keys hold prefixes this long: enough to make a pair rare, few enough keys per pair (3×3 + 2×2). */
const PAIR_SPELLING_LENGTH = 3;
const PAIR_SOUND_LENGTH = 2;
const SPELLING_PAIR_MARK = '~&';
const SOUND_PAIR_MARK = '~~';

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
  const sounds = tokens.map(skeleton);
  tokens.forEach((token, i) => {
    prefixes(token, keys);
    prefixes(sounds[i]!, keys, SKELETON_MARK);
    for (let j = i + 1; j < tokens.length; j++) {
      pairPrefixes(token, tokens[j]!, PAIR_SPELLING_LENGTH, SPELLING_PAIR_MARK, keys);
      pairPrefixes(sounds[i]!, sounds[j]!, PAIR_SOUND_LENGTH, SOUND_PAIR_MARK, keys);
    }
  });
  return [...keys];
}

function pairPrefixes(a: string, b: string, length: number, mark: string, into: Set<string>): void {
  for (let x = 1; x <= Math.min(a.length, length); x++) {
    for (let y = 1; y <= Math.min(b.length, length); y++) into.add(pairKey(mark, a.slice(0, x), b.slice(0, y)));
  }
}

/** Order-free: "Rosa Quispe" and "Quispe Rosa" give the same key. */
function pairKey(mark: string, a: string, b: string): string {
  return a <= b ? `${mark}${a} ${b}` : `${mark}${b} ${a}`;
}

/** The keys to look up for one typed word: a person matches the word if she has any of them (spelling first). */
export function queryKeys(word: string): string[] {
  const keys = [word.slice(0, MAX_KEY_LENGTH)];
  // One or two letters are too short to have a meaningful sound; match spelling only.
  if (word.length >= 3) keys.push(SKELETON_MARK + skeleton(word).slice(0, MAX_KEY_LENGTH));
  return keys;
}

/** The pair key of everyone who has a name token starting with each of two typed words. */
export function spellingPairKey(a: string, b: string): string {
  return pairKey(SPELLING_PAIR_MARK, a.slice(0, PAIR_SPELLING_LENGTH), b.slice(0, PAIR_SPELLING_LENGTH));
}

/**
 * The pair keys of everyone who matches two typed words by spelling or by sound (a superset:
 * the words are checked again against each person's keys). A typed word that stops inside a
 * digraph ("c" of "Chioma", "p" of "Philip", "d" of "Djamila") has another skeleton than the
 * name, so those endings add the skeleton of the digraph too.
 */
export function soundPairKeys(a: string, b: string): string[] {
  const keys = new Set<string>();
  for (const x of soundStarts(a)) for (const y of soundStarts(b)) keys.add(pairKey(SOUND_PAIR_MARK, x, y));
  return [...keys];
}

function soundStarts(word: string): Set<string> {
  const spellings = [word, ...(/[cp]$/.test(word) ? [`${word}h`] : []), ...(/dh?$/.test(word) ? [`${word}j`] : [])];
  return new Set(spellings.map((w) => skeleton(w).slice(0, PAIR_SOUND_LENGTH)));
}
