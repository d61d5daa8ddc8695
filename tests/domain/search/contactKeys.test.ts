import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyQuery, isPhoneNumber, normalisePhone, phoneKeys } from '../../../src/domain/search/contactKeys.ts';
import { nameTokens } from '../../../src/domain/search/nameKeys.ts';

/** Whether the lookups of `typed` reach a person who has `stored`, as src/db/peopleSearch.ts makes them. */
function finds(stored: string, typed: string): boolean {
  const query = classifyQuery(typed);
  if (query.kind !== 'phone' || query.key === '') return false;
  const keys = phoneKeys(stored);
  return keys.some((k) => k.startsWith(query.key)) || (query.suffixKey !== undefined && keys.includes(query.suffixKey));
}

const MOROCCAN = '+212 612 345 678';

describe('a stored phone number is found', () => {
  it.each([
    [MOROCCAN, '+212 612 345 678'],
    [MOROCCAN, '+212612345678'],
    [MOROCCAN, '00212612345678'],
    [MOROCCAN, '00212 612345678'],
    [MOROCCAN, '212612345678'],
    [MOROCCAN, '612345678'],
    [MOROCCAN, '12345678'],
    [MOROCCAN, '345678'],
    [MOROCCAN, '+212 61'],
    [MOROCCAN, '6123'],
    ['+39 345 100 4567', '004567'],
    ['333 123 4567', '3331234567'],
    ['333 123 4567', '+393331234567'],
    ['333 123 4567', '00393331234567'],
    ['333 123 4567', '1234567'],
    ['333 123 4567', '234567'],
    ['333 123 4567', '333 12'],
    ['+39 333 1234567', '3331234567'],
    ['+39 333 1234567', '+39 333 123 4567'],
    ['+39 333 1234567', '00393331234567'],
    ['+39 333 1234567', '1234567'],
    ['+39 333 1234567', '234567'],
    ['0039 333-123-4567', '234567'],
    ['011 436 8899', '0114368899'],
    ['011 436 8899', '+39 011 436 8899'],
    ['011 436 8899', '368899'],
    ['+1 (415) 555-0100', '4155550100'],
    ['+7 912 345 6789', '9123456789'],
    ['+234 803 123 4567', '8031234567'],
    ['+40 721 234 567', '721234567'],
    ['+380 50 123 4567', '501234567'],
    ['+51 987 654 321', '987654321'],
  ])('%s by "%s"', (stored, typed) => {
    expect(finds(stored, typed)).toBe(true);
  });
});

describe('a stored phone number is not found', () => {
  it.each([
    [MOROCCAN, '2345678x'], // not a number: a name
    [MOROCCAN, '45678'], // the last 5 digits
    [MOROCCAN, '12345'], // 5 digits from the middle
    [MOROCCAN, '123456'], // 6 digits from the middle, neither its start nor its end
    [MOROCCAN, '+213612345678'], // her national number in another country
    [MOROCCAN, '0039'], // only the Italian prefix: everyone's
    ['333 123 4567', '34567'],
    ['333 123 4567', '4567'],
    ['333 123 4567', '+33 333 123 4567'],
    ['333 123 4567', '3331234568'],
  ])('%s by "%s"', (stored, typed) => {
    expect(finds(stored, typed)).toBe(false);
  });
});

describe('phoneKeys', () => {
  it('keys a foreign number by its international digits, its national ones and the marked shorter suffixes', () => {
    expect(phoneKeys(MOROCCAN)).toEqual(['212612345678', '612345678', '~12345678', '~2345678', '~345678']);
  });

  it('keys an Italian number by its national number however it was written', () => {
    const keys = ['3331234567', '~331234567', '~31234567', '~1234567', '~234567'];
    for (const stored of ['333 123 4567', '+39 333 1234567', '0039 333.123.4567', '(333) 1234567']) expect(phoneKeys(stored), stored).toEqual(keys);
  });

  it('gives no suffix keys to a number of six digits, and no keys to one without digits', () => {
    expect(phoneKeys('123 456')).toEqual(['123456']);
    expect(phoneKeys('')).toEqual([]);
    expect(phoneKeys(' - ')).toEqual([]);
  });

  // A national number never starts with "00" (that is how an international one starts).
  const nationalDigits = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 9 }))
    .map(([first, rest]) => `${first}${rest.join('')}`);

  it('finds any Italian mobile by every spelling and its last 6 digits or more', () => {
    fc.assert(fc.property(nationalDigits, fc.constantFrom('', '+39 ', '0039'), (rest, prefix) => {
      const national = `3${rest}`;
      const stored = `${prefix}${national.slice(0, 3)} ${national.slice(3)}`;
      for (const typed of [national, `+39${national}`, `0039 ${national}`]) expect(finds(stored, typed), typed).toBe(true);
      for (let n = 6; n < national.length; n++) expect(finds(stored, national.slice(-n)), national.slice(-n)).toBe(true);
    }));
  });

  it('finds any foreign number by every spelling of it, its national number and its last 6 digits or more', () => {
    fc.assert(fc.property(nationalDigits, fc.constantFrom('1', '7', '20', '33', '40', '51', '212', '234', '380', '420'), (national, code) => {
      const stored = `+${code} ${national}`;
      for (const typed of [`+${code}${national}`, `00${code} ${national}`, `${code}${national}`, national]) {
        expect(finds(stored, typed), typed).toBe(true);
      }
      for (let n = 6; n < national.length; n++) expect(finds(stored, national.slice(-n)), national.slice(-n)).toBe(true);
    }));
  });
});

describe('normalisePhone and isPhoneNumber', () => {
  it('drop what separates the digits and read "00" as "+"', () => {
    expect(normalisePhone('0039 (345) 678-90.12')).toBe('+393456789012');
    expect(normalisePhone('+212 612/345 678')).toBe('+212612345678');
  });

  it.each([
    ['+212 612 345 678', true], ['333 123 4567', true], ['123456', true], ['12345', false],
    ['+1234567890123456', false], ['chiedere in portineria', false], ['345 678 9012 int. 3', false],
  ])('%s is a phone number: %s', (phone, valid) => {
    expect(isPhoneNumber(phone)).toBe(valid);
  });
});

describe('classifyQuery', () => {
  it('reads 3 digits or more as a phone number, with its "+", "00" and Italian prefix dropped', () => {
    expect(classifyQuery('+39 345')).toEqual({ kind: 'phone', key: '345' });
    expect(classifyQuery('+39 345 678 9012')).toEqual({ kind: 'phone', key: '3456789012' });
    expect(classifyQuery('+212 612345678')).toEqual({ kind: 'phone', key: '212612345678' });
    // "00" starts an international number, or the last digits: both are looked up.
    expect(classifyQuery('00212 612345678')).toEqual({ kind: 'phone', key: '212612345678', suffixKey: '~00212612345678' });
    expect(classifyQuery('004567')).toEqual({ kind: 'phone', key: '4567', suffixKey: '~004567' });
    expect(classifyQuery(' 333 12 ')).toEqual({ kind: 'phone', key: '33312' });
    expect(classifyQuery('345678')).toEqual({ kind: 'phone', key: '345678', suffixKey: '~345678' });
    expect(classifyQuery('(011) 436-88.99')).toEqual({ kind: 'phone', key: '0114368899', suffixKey: '~0114368899' });
    expect(classifyQuery('0039')).toEqual({ kind: 'phone', key: '' });
    expect(classifyQuery('12').kind).toBe('name');
    expect(classifyQuery('+39').kind).toBe('name');
  });

  it('reads the start of a codice fiscale, in any case and spacing, as a code that may also be a name', () => {
    expect(classifyQuery('frrgli90d52')).toEqual({ kind: 'codiceFiscale', key: 'FRRGLI90D52', words: ['frrgli90d52'], orName: false });
    expect(classifyQuery(' FRR GLI 90D ')).toMatchObject({ kind: 'codiceFiscale', key: 'FRRGLI90D', orName: false });
    // Six letters and two omocodia letters: looked up as a code, then as her name.
    expect(classifyQuery('el idriss')).toEqual({ kind: 'codiceFiscale', key: 'ELIDRISS', words: ['el', 'idriss'], orName: true });
    expect(classifyQuery('frrgli9').kind).toBe('name');
  });

  it.each([
    ["Aïcha N'Diaye", ['aicha', 'ndiaye']],
    ["D'Angelo", ['dangelo']],
    ['D’Angelo Ferrero', ['dangelo', 'ferrero']],
    ['José María', ['jose', 'maria']],
    ['rosa 2', ['rosa', '2']],
    ['Maria 1985', ['maria', '1985']],
    ['12 rosa', ['12', 'rosa']],
    ['', []],
  ])('reads "%s" as a name', (typed, words) => {
    expect(classifyQuery(typed)).toEqual({ kind: 'name', words });
  });

  it('searches a name or a code-shaped text by the same words as nameTokens', () => {
    fc.assert(fc.property(fc.string(), (typed) => {
      const query = classifyQuery(typed);
      if (query.kind !== 'phone') expect(query.words).toEqual(nameTokens(typed));
    }));
  });
});
