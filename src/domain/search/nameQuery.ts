import { queryKeys, soundPairKeys, spellingPairKey } from './nameKeys.ts';

/**
 * What to look up for a name typed in the search box, and how to tell whether a person found
 * matches it. A person matches when every typed word is one of her keys, by spelling or by
 * sound; she is "spelled" when every word matches by spelling (shown first).
 *
 * The lookups only gather candidates: one key for everyone who matches by spelling, a few for
 * everyone who matches at all. Each candidate is then checked against her own keys, so a
 * third word, or a word longer than the pair keys' prefixes, costs nothing to look up.
 */
export interface NameQuery {
  /** Everyone who matches every word by spelling has this key. */
  spellingKey: string;
  /** Everyone who matches has one of these keys (empty when matching by sound adds no one). */
  soundKeys: string[];
  /** True when the candidates of `spellingKey` all match by spelling: no check needed. */
  exact: boolean;
  match(keys: ReadonlySet<string>): 'spelled' | 'sounded' | undefined;
}

export function nameQuery(typedWords: readonly string[]): NameQuery | undefined {
  const words = distinctWords(typedWords);
  if (words.length === 0) return undefined;
  const perWord = words.map((word) => queryKeys(word) as [string, string?]);
  const match = (keys: ReadonlySet<string>): 'spelled' | 'sounded' | undefined => {
    let spelled = true;
    for (const [spelling, sound] of perWord) {
      if (keys.has(spelling)) continue;
      if (sound === undefined || !keys.has(sound)) return undefined;
      spelled = false;
    }
    return spelled ? 'spelled' : 'sounded';
  };
  const bySound = perWord.some(([, sound]) => sound !== undefined);
  if (words.length === 1) {
    const [spelling, sound] = perWord[0]!;
    return { spellingKey: spelling, soundKeys: sound ? [sound] : [], exact: true, match };
  }
  // The two longest words make the rarest pair; any others are checked on the candidates.
  const [a, b] = [...words].sort((x, y) => y.length - x.length) as [string, string];
  return { spellingKey: spellingPairKey(a, b), soundKeys: bySound ? soundPairKeys(a, b) : [], exact: false, match };
}

/**
 * Words without repeats, and without a word that begins another ("mar maria"): whoever has the
 * longer one's spelling has the shorter one's, and a pair key pairs two different name parts.
 */
function distinctWords(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((other) => other !== w && other.startsWith(w)));
}
