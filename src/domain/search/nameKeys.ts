/**
 * Search keys for a person's name. A key is a prefix of a normalised name token, so that a
 * search is an exact lookup of the typed word among the keys. Because lookups are exact, the
 * index works the same over keyed hashes of the keys (DESIGN §5): encrypting names at rest
 * later changes how keys are stored, not how search works.
 */
export const MIN_KEY_LENGTH = 1;
export const MAX_KEY_LENGTH = 8;

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

/** Every prefix, up to MAX_KEY_LENGTH characters, of every token. */
export function prefixKeys(tokens: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const token of tokens) {
    for (let n = MIN_KEY_LENGTH; n <= Math.min(token.length, MAX_KEY_LENGTH); n++) keys.add(token.slice(0, n));
  }
  return [...keys];
}

/** The key to look up for one typed word (a longer word is matched on its first letters). */
export function queryKey(token: string): string {
  return token.slice(0, MAX_KEY_LENGTH);
}
