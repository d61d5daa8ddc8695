import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, MAX_AMOUNT_CENTS, parseEuroToCents, sumCents } from '../../src/domain/money.ts';

describe('parseEuroToCents', () => {
  it('caps amounts at € 1,000,000', () => {
    expect(MAX_AMOUNT_CENTS).toBe(100_000_000);
  });

  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['12,5', 1250],
    ['700', 70000],
    ['€ 700,00', 70000],
    ['€700', 70000],
    ['700 €', 70000],
    ['EUR 46,88', 4688],
    ['1.250,50', 125050],
    ['1,250.50', 125050],
    ['1250,50', 125050],
    ['1.250,5', 125050],
    ['0,01', 1],
    [',50', 50],
    ['  35 ', 3500],
    ['1.000.000', 100_000_000],
    ['1.000.000,00', 100_000_000],
    ['999.999,99', 99_999_999],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseEuroToCents(input)).toEqual({ cents });
  });

  it.each([
    ['1.250.000', 'too_large'],
    ['1.000.000,01', 'too_large'],
    ['99999999999999999999', 'too_large'],
    ['0', 'not_positive'],
    ['0,00', 'not_positive'],
    ['-5', 'not_positive'],
    ['- 5', 'not_positive'],
    ['-0,50', 'not_positive'],
    ['abc', 'not_a_number'],
    ['', 'not_a_number'],
    ['   ', 'not_a_number'],
    ['€', 'not_a_number'],
    ['12 euro', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['+5', 'not_a_number'],
    ['12,50 - 3', 'not_a_number'],
    ['12,345', 'too_many_decimals'],
    ['12.345,678', 'too_many_decimals'],
    // Ambiguous: refused rather than read as € 1.25 or € 1,250 (see money.ts).
    ['1.250', 'too_many_decimals'],
  ])('refuses %j as %s', (input, problem) => {
    expect(parseEuroToCents(input)).toEqual({ problem });
  });

  /**
   * Thousands separators must group thousands. An operator's typo must not silently become
   * another amount: "12,50,00" is not € 125,000 and "1..2" is not € 12.
   */
  it('refuses malformed thousands grouping', () => {
    const misread = ['1..2', '1.2.3', '12,50,00', '1.25,50', '12,5.0', '1,2,3.50']
      .map((input) => ({ input, result: parseEuroToCents(input) }))
      .filter(({ result }) => !('problem' in result && result.problem === 'not_a_number'));
    expect(misread).toEqual([]);
  });

  it('reads back "<euros>,<cents>" for any amount in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }), (cents) => {
        const euros = Math.floor(cents / 100);
        const cc = String(cents % 100).padStart(2, '0');
        expect(parseEuroToCents(`${euros},${cc}`)).toEqual({ cents });
        expect(parseEuroToCents(`${euros}.${cc}`)).toEqual({ cents });
      }),
      { numRuns: 200 },
    );
  });

  it('reads back what formatCents writes, in Italian and English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }), fc.constantFrom('it-IT', 'en-GB', 'en-US'), (cents, locale) => {
        expect(parseEuroToCents(formatCents(cents, locale))).toEqual({ cents });
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatCents', () => {
  it('formats euro amounts the Italian way by default', () => {
    expect(formatCents(4_655_688).replace(/\s/g, ' ')).toBe('46.556,88 €');
    expect(formatCents(70_000, 'en-GB')).toBe('€700.00');
  });
});

describe('sumCents', () => {
  it('adds the grants of the year exactly', () => {
    expect(sumCents([35_000, 12_050, 70_000, 1])).toBe(117_051);
    expect(sumCents([])).toBe(0);
    expect(sumCents(new Set([100, 250]))).toBe(350);
  });

  it('equals the BigInt sum for any list of amounts in cents', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }), { maxLength: 500 }), (amounts) => {
        const exact = amounts.reduce((s, a) => s + BigInt(a), 0n);
        expect(BigInt(sumCents(amounts))).toBe(exact);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => sumCents([100, 12.5])).toThrow(/Not an amount/);
    expect(() => sumCents([Number.NaN])).toThrow();
    expect(() => sumCents([Number.POSITIVE_INFINITY])).toThrow();
  });

  it('throws when the total is out of range', () => {
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(/out of range/);
  });

  it('throws rather than return a wrong total, even when the total comes back into range', () => {
    // 2^53 - 1 + 2 is not representable: the running total rounds and must not become a result.
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 2, -2])).toThrow(/out of range/);
  });

  it('never returns a total other than the exact one', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger(), { maxLength: 20 }), (amounts) => {
        const exact = amounts.reduce((s, a) => s + BigInt(a), 0n);
        let total: number;
        try {
          total = sumCents(amounts);
        } catch {
          return; // refusing is allowed
        }
        expect(BigInt(total)).toBe(exact);
      }),
      { numRuns: 200 },
    );
  });
});
