import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_KEY_LENGTH, nameTokens, prefixKeys, queryKey } from '../../src/domain/search/nameKeys.ts';

describe('nameTokens', () => {
  it.each([
    ["Aïcha N'Diaye", ['aicha', 'ndiaye']],
    ['JOSÉ  María Quispe-Mamani', ['jose', 'maria', 'quispe', 'mamani']],
    ['D’Angelo Ferrero', ['dangelo', 'ferrero']],
    ['O`Neil', ['oneil']],
    ['Fatima Zahra El Idrissi', ['fatima', 'zahra', 'el', 'idrissi']],
    ['  Ngozi   Chukwuemeka-Okafor  ', ['ngozi', 'chukwuemeka', 'okafor']],
    ['Çelik Şükrü', ['celik', 'sukru']],
    ['Nguyễn Thị Ánh', ['nguyen', 'thi', 'anh']],
    ['', []],
    [" ' - ", []],
  ])('%j → %j', (text, tokens) => {
    expect(nameTokens(text)).toEqual(tokens);
  });

  it('keeps names in other scripts, without their vowel marks', () => {
    // Fatima in Arabic with a shadda and a fatha: the marks go, the letters stay.
    expect(nameTokens('فَاطِمَة')).toEqual(['فاطمة']);
    expect(nameTokens('Олена Шевченко')).toEqual(['олена', 'шевченко']);
  });

  it('gives the same tokens whatever the case, accents and apostrophes', () => {
    expect(nameTokens("AÏCHA N'DIAYE")).toEqual(nameTokens('aicha ndiaye'));
    expect(nameTokens('Nwosu-Eze Chiamaka')).toEqual(nameTokens('nwosu eze CHIAMAKA'));
  });
});

describe('prefixKeys', () => {
  it('contains every prefix of every token up to MAX_KEY_LENGTH characters, and nothing longer', () => {
    expect(MAX_KEY_LENGTH).toBe(8);
    const keys = prefixKeys(['chukwuemeka', 'ada']);
    expect(new Set(keys)).toEqual(new Set([
      'c', 'ch', 'chu', 'chuk', 'chukw', 'chukwu', 'chukwue', 'chukwuem',
      'a', 'ad', 'ada',
    ]));
    expect(keys).not.toContain('chukwueme');
  });

  it('lists each key once', () => {
    const keys = prefixKeys(['anna', 'anita', 'anna']);
    expect(keys).toHaveLength(new Set(keys).size);
    expect(new Set(keys)).toEqual(new Set(['a', 'an', 'ann', 'anna', 'ani', 'anit', 'anita']));
  });

  it('is empty for no tokens', () => {
    expect(prefixKeys([])).toEqual([]);
  });
});

describe('queryKey', () => {
  it('is the 8-character prefix of a long word, and a short word itself', () => {
    expect(queryKey('chukwuemeka')).toBe('chukwuem');
    expect(queryKey('chukwuemeka')).toHaveLength(MAX_KEY_LENGTH);
    expect(queryKey('okafor')).toBe('okafor');
    expect(queryKey('idrissi')).toBe('idrissi');
  });
});

describe('search contract', () => {
  it('finds a person by any prefix of any part of her name, typed in any case and without accents', () => {
    const stored = new Set(prefixKeys(nameTokens("Aïcha N'Diaye")));
    for (const typed of ['aicha', 'AÏC', 'ndiaye', "N'Di", 'nd', 'a']) {
      const [token] = nameTokens(typed);
      expect(stored.has(queryKey(token!)), typed).toBe(true);
    }
    expect(stored.has(queryKey(nameTokens('aichx')[0]!))).toBe(false);
  });

  it('for any name, every typed prefix of one of its words is one of its keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(), fc.nat(), (name, which, cut) => {
        const tokens = nameTokens(name);
        fc.pre(tokens.length > 0);
        const keys = new Set(prefixKeys(tokens));
        const token = tokens[which % tokens.length]!;
        const typed = token.slice(0, 1 + (cut % token.length));
        expect(keys.has(queryKey(typed))).toBe(true);
        for (const key of keys) expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it('tokens are normalised: applying nameTokens to a token gives the token back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        for (const token of nameTokens(name)) expect(nameTokens(token)).toEqual([token]);
      }),
      { numRuns: 200 },
    );
  });
});
