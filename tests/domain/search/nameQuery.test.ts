import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKeys, nameTokens } from '../../../src/domain/search/nameKeys.ts';
import { nameQuery } from '../../../src/domain/search/nameQuery.ts';

const keysOf = (name: string) => new Set(nameKeys(nameTokens(name)));
/** Whether a person is among the candidates a query looks up, and how she matches. */
const lookUp = (name: string, typed: string) => {
  const query = nameQuery(nameTokens(typed))!;
  const keys = keysOf(name);
  return {
    bySpelling: keys.has(query.spellingKey),
    /** Undefined when the words are too short to match by sound: spellings are all there is. */
    bySound: query.soundKeys.length > 0 ? query.soundKeys.some((k) => keys.has(k)) : undefined,
    match: query.match(keys),
  };
};

// Name parts built from the letters and digraphs the skeleton folds, so prefixes stop inside them.
const part = fc.array(fc.constantFrom('a', 'e', 'i', 'o', 'u', 'y', 'b', 'c', 'ch', 'ck', 'd', 'dh', 'dj', 'f', 'g', 'gh', 'h', 'j', 'k', 'kh', 'l',
  'm', 'n', 'p', 'ph', 'q', 'r', 's', 'sch', 'sh', 't', 'th', 'v', 'w', 'x', 'z'), { minLength: 1, maxLength: 6 }).map((s) => s.join(''));

describe('nameQuery', () => {
  it('looks up one word by its own keys, and matches exactly what queryKeys matches', () => {
    expect(nameQuery(['aicha'])).toMatchObject({ spellingKey: 'aicha', soundKeys: ['~as'], exact: true });
    expect(nameQuery(['ok'])).toMatchObject({ spellingKey: 'ok', soundKeys: [] });
    expect(nameQuery([])).toBeUndefined();
  });

  it('looks up two words by one pair key, whatever their order', () => {
    expect(nameQuery(['ngozi', 'eze'])!.spellingKey).toBe(nameQuery(['eze', 'ngozi'])!.spellingKey);
    expect(lookUp('Ngozi Eze', 'ngozi eze')).toEqual({ bySpelling: true, bySound: true, match: 'spelled' });
    expect(lookUp('Ngozi Okafor', 'ngozi eze').bySpelling).toBe(false);
    // A third word is only checked: the pair is made of the two longest.
    expect(lookUp('Fatima El Amrani', 'fatima el amrani')).toEqual({ bySpelling: true, bySound: true, match: 'spelled' });
    expect(lookUp('Fatima El Idrissi', 'fatima el amrani').match).toBeUndefined();
  });

  it('finds transliterations by sound pair keys, spelled ones first', () => {
    expect(lookUp('Aïcha Mohammed', 'aisha muhamad')).toEqual({ bySpelling: false, bySound: true, match: 'sounded' });
    expect(lookUp('Ayesha Chukwu', 'aicha c')).toMatchObject({ bySound: true, match: 'sounded' });
    expect(lookUp('Aisha Bello', 'aisha rosa').match).toBeUndefined();
  });

  it('drops a word that begins another, so one name part can answer both', () => {
    expect(nameQuery(['mar', 'maria'])).toMatchObject({ spellingKey: 'maria', exact: true });
    expect(nameQuery(['eze', 'eze'])).toMatchObject({ spellingKey: 'eze', exact: true });
  });

  it('for any two name parts typed in part, the person is among the candidates of every kind she matches', () => {
    fc.assert(
      fc.property(part, part, fc.nat(), fc.nat(), (first, last, cutA, cutB) => {
        fc.pre(first !== last && !first.startsWith(last) && !last.startsWith(first));
        const a = first.slice(0, 1 + (cutA % first.length));
        const b = last.slice(0, 1 + (cutB % last.length));
        fc.pre(!a.startsWith(b) && !b.startsWith(a));
        const found = lookUp(`${first} ${last}`, `${b} ${a}`);
        expect(found.match).toBe('spelled');
        expect(found.bySpelling).toBe(true);
        expect(found.bySound).not.toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
