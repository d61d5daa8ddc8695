import { describe, expect, it } from 'vitest';
import {
  allVocabularies, countries, defaultAreaOfIntervention, defaultSites, defineVocabulary, interventionAreas,
  interventionTypes, languages, visitTopics, vocabularyOf,
} from '../../../src/domain/vocab/index.ts';

describe('every vocabulary', () => {
  it('has a distinct name', () => {
    const names = allVocabularies.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(allVocabularies.map((v) => [v.name, v] as const))('%s', (_, vocabulary) => {
    it('has unique, non-empty codes that match its entries', () => {
      const codes = vocabulary.entries.map((e) => e.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
      expect([...vocabulary.codes]).toEqual(codes);
      for (const code of codes) {
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(vocabulary.has(code)).toBe(true);
      }
      expect(vocabulary.has('not-a-code')).toBe(false);
    });

    it('has a non-empty Italian and English label for every entry', () => {
      for (const e of vocabulary.entries) {
        expect(e.labels.it.trim(), `${e.code} it`).not.toBe('');
        expect(e.labels.en.trim(), `${e.code} en`).not.toBe('');
        expect(vocabulary.label(e.code, 'it')).toBe(e.labels.it);
        expect(vocabulary.label(e.code, 'en')).toBe(e.labels.en);
      }
    });

    it('offers no two entries with the same label (a form could not tell them apart)', () => {
      for (const lang of ['it', 'en'] as const) {
        const seen = new Map<string, string>();
        const clashes: string[] = [];
        for (const e of vocabulary.active()) {
          const label = vocabulary.label(e.code, lang).toLocaleLowerCase(lang);
          if (seen.has(label)) clashes.push(`${lang}: ${seen.get(label)} and ${e.code} are both "${label}"`);
          seen.set(label, e.code);
        }
        expect(clashes).toEqual([]);
      }
    });
  });
});

describe('sites', () => {
  it('are the eight Case del Quartiere of Turin', () => {
    expect(defaultSites.entries).toHaveLength(8);
    expect(defaultSites.has('barrito')).toBe(true);
    expect(defaultSites.label('san-salvario', 'it')).toBe('Casa del Quartiere di San Salvario');
  });
});

describe('countries and languages (labels from Intl)', () => {
  it('have real names in Italian and English', () => {
    expect(countries.label('NG', 'it')).toBe('Nigeria');
    expect(countries.label('MA', 'en')).toBe('Morocco');
    expect(countries.label('MA', 'it')).toBe('Marocco');
    expect(countries.label('PE', 'it')).toBe('Perù');
    expect(countries.label('XK', 'en')).toBe('Kosovo');
    expect(languages.label('ar', 'it')).toBe('arabo');
    expect(languages.label('pcm', 'en')).toBe('Nigerian Pidgin');
    expect(languages.label('qu', 'it')).toBe('quechua');
  });

  it('have names in the other UI languages too', () => {
    expect(countries.label('MA', 'fr')).toBe('Maroc');
    expect(countries.label('NG', 'ar')).toMatch(/\p{Script=Arabic}/u);
    expect(languages.label('es', 'es')).toBe('español');
  });

  it('give every country and every language a name, not its bare code', () => {
    const bare: string[] = [];
    for (const vocabulary of [countries, languages]) {
      for (const code of vocabulary.codes) {
        for (const lang of ['it', 'en']) {
          if (vocabulary.label(code, lang) === code) bare.push(`${vocabulary.name} ${code} (${lang})`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('include the countries and languages of the people the desks serve', () => {
    for (const c of ['IT', 'NG', 'PE', 'MA', 'RO', 'AL', 'EG', 'SN', 'CI', 'UA']) expect(countries.has(c), c).toBe(true);
    for (const l of ['it', 'en', 'fr', 'ar', 'es', 'pcm', 'yo', 'ig', 'qu']) expect(languages.has(l), l).toBe(true);
    expect(countries.has('UK')).toBe(false);
  });
});

describe('defineVocabulary and vocabularyOf', () => {
  const sizes = defineVocabulary('nappySizes', {
    newborn: { it: 'Neonato', en: 'Newborn' },
    xs: { it: 'Extra piccola', en: 'Extra small', fr: 'Très petite' },
    s: { it: 'Piccola', en: 'Small' },
  }, ['xs']);

  it('keeps a retired entry valid and labelled, but does not offer it', () => {
    expect(sizes.has('xs')).toBe(true);
    expect(sizes.label('xs', 'it')).toBe('Extra piccola');
    expect(sizes.label('xs', 'fr')).toBe('Très petite');
    expect(sizes.codes).toContain('xs');
    expect(sizes.active().map((e) => e.code)).toEqual(['newborn', 's']);
  });

  it('falls back to Italian for a language without a label, and to the code for an unknown code', () => {
    expect(sizes.label('s', 'ar')).toBe('Piccola');
    expect(sizes.label('xxl', 'it')).toBe('xxl');
  });

  it('refuses duplicate codes and empty vocabularies', () => {
    const a = (it: string) => ({ code: 'a', labels: { it, en: it } });
    expect(() => vocabularyOf('dup', [a('A'), a('B')])).toThrow(/duplicate/);
    expect(() => defineVocabulary('empty', {})).toThrow(/empty/);
  });
});

describe('coded domain data', () => {
  it('gives every intervention type a default area among the four areas', () => {
    expect(interventionAreas.codes).toHaveLength(4);
    for (const type of interventionTypes.codes) {
      expect(interventionAreas.has(defaultAreaOfIntervention[type]), type).toBe(true);
    }
  });

  it('has an "other" entry for visit topics', () => {
    expect(visitTopics.has('other')).toBe(true);
  });
});
