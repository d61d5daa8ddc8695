import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codiceFiscaleCheckLetter, codiceFiscaleProblem, isValidCodiceFiscale, normaliseCodiceFiscale,
} from '../../src/domain/codiceFiscale.ts';
import { CF_FIRST15, codiceFiscaleArb, first15Arb } from './arbitraries.ts';

/**
 * The check letter written out from the ministerial table (DM 23/12/1976), independently of
 * the code under test: characters in odd positions (1st, 3rd, … counting from 1) take the
 * values of the "dispari" table, those in even positions their plain value (0–9, A=0 … Z=25).
 */
const DISPARI: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
function pari(c: string): number {
  return /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
}
function referenceCheckLetter(first15: string): string {
  let sum = 0;
  [...first15].forEach((c, i) => { sum += (i + 1) % 2 === 1 ? DISPARI[c]! : pari(c); });
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[sum % 26]!;
}

/** Omocodia: the digits of a code, from the right, replaced by L M N P Q R S T U V. */
const OMOCODIA = 'LMNPQRSTUV';
const DIGIT_POSITIONS_FROM_RIGHT = [14, 13, 12, 10, 9, 7, 6];
function omocode(first15: string, howMany: number): string {
  const chars = [...first15];
  for (const pos of DIGIT_POSITIONS_FROM_RIGHT.slice(0, howMany)) {
    const c = chars[pos]!;
    if (/[0-9]/.test(c)) chars[pos] = OMOCODIA[Number(c)]!;
  }
  return chars.join('');
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

describe('codice fiscale', () => {
  it('accepts the classic example RSSMRA85T10A562S (Mario Rossi, born 10 December 1985)', () => {
    expect(codiceFiscaleCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(referenceCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(codiceFiscaleProblem('RSSMRA85T10A562S')).toBeNull();
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
  });

  it.each([
    // Women add 40 to the day; Turin is L219, Lima (Peru) Z611, Lagos/Nigeria Z335, Casablanca/Morocco Z330.
    'FRRGLI90D52L219', 'QSPRSO88A41Z611', 'KFRMNA93L61Z335', 'LDRFMZ90A45Z330', 'BNCCHR79S62L219',
  ])('accepts %s with its computed check letter', (first15) => {
    const letter = referenceCheckLetter(first15);
    expect(codiceFiscaleCheckLetter(first15)).toBe(letter);
    expect(codiceFiscaleProblem(first15 + letter)).toBeNull();
  });

  it('accepts omocodia variants with their own check letter', () => {
    for (const base of ['RSSMRA85T10A562', 'KFRMNA93L61Z335']) {
      for (let n = 1; n <= 7; n++) {
        const first15 = omocode(base, n);
        expect(first15).toMatch(CF_FIRST15);
        const cf = first15 + referenceCheckLetter(first15);
        expect(codiceFiscaleProblem(cf), cf).toBeNull();
      }
    }
    // The fully omocodic form of Mario Rossi's code.
    expect(omocode('RSSMRA85T10A562', 7)).toBe('RSSMRAURTMLARSN');
  });

  it('refuses an omocodia variant that kept the check letter of the original', () => {
    const first15 = omocode('RSSMRA85T10A562', 1);
    expect(referenceCheckLetter(first15)).not.toBe('S');
    expect(codiceFiscaleProblem(`${first15}S`)).toBe('checksum');
  });

  it('accepts lower case and spaces after normalisation', () => {
    for (const input of ['rssmra85t10a562s', 'RSS MRA 85T10 A562S', '  RssMra85T10A562s\n', 'RSSMRA\t85T10A562S']) {
      expect(normaliseCodiceFiscale(input)).toBe('RSSMRA85T10A562S');
      expect(codiceFiscaleProblem(input), input).toBeNull();
    }
  });

  it('reports a wrong check letter as checksum', () => {
    expect(codiceFiscaleProblem('RSSMRA85T10A562T')).toBe('checksum');
    expect(codiceFiscaleProblem('RSSMRA85T10A562A')).toBe('checksum');
  });

  it.each(['', 'RSSMRA85T10A562', 'RSSMRA85T10A562SS', 'RSSMRA85T10A5', 'RSSMRA-85T10-A562S'])(
    'reports %j as the wrong length', (input) => {
      expect(codiceFiscaleProblem(input)).toBe('length');
    },
  );

  it.each([
    ['digit among the name letters', 'R5SMRA85T10A562S'],
    ['letter that is not a month (F)', 'RSSMRA85F10A562S'],
    ['letter outside LMNPQRSTUV where a digit goes', 'RSSMRA85T10A56AS'],
    ['digit as the check character', 'RSSMRA85T10A5621'],
    ['digit where the comune letter goes', 'RSSMRA85T101562S'],
    ['punctuation', 'RSSMRA85T10A562.'],
  ])('reports a %s as format', (_, input) => {
    expect(input).toHaveLength(16);
    expect(codiceFiscaleProblem(input)).toBe('format');
  });

  it('agrees with the ministerial table for any code of the right shape', () => {
    fc.assert(
      fc.property(first15Arb, (first15) => {
        expect(codiceFiscaleCheckLetter(first15)).toBe(referenceCheckLetter(first15));
        expect(codiceFiscaleProblem(first15 + referenceCheckLetter(first15))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('any valid code becomes invalid (checksum) when its check letter is changed to any other letter', () => {
    fc.assert(
      fc.property(codiceFiscaleArb, (cf) => {
        expect(isValidCodiceFiscale(cf)).toBe(true);
        for (const letter of LETTERS) {
          if (letter === cf[15]) continue;
          expect(codiceFiscaleProblem(cf.slice(0, 15) + letter)).toBe('checksum');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any single-character typo in the first fifteen characters is caught', () => {
    const alphabet = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    fc.assert(
      fc.property(codiceFiscaleArb, fc.nat(14), fc.constantFrom(...alphabet), (cf, pos, c) => {
        fc.pre(cf[pos] !== c);
        const typo = cf.slice(0, pos) + c + cf.slice(pos + 1);
        expect(['format', 'checksum']).toContain(codiceFiscaleProblem(typo));
      }),
      { numRuns: 200 },
    );
  });
});
