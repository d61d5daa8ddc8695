/**
 * Money is integer euro cents everywhere; floats never hold an amount. Parsing accepts what
 * an Italian or English operator types ("12,50", "12.50", "1.250,00", "€ 700") and refuses
 * anything that is not a positive amount with at most two decimals.
 */
export type Cents = number;

export type AmountProblem = 'not_a_number' | 'too_many_decimals' | 'not_positive' | 'too_large';

export const MAX_AMOUNT_CENTS = 100_000_000; // € 1,000,000: no grant is near this

export function parseEuroToCents(input: string): { cents: Cents } | { problem: AmountProblem } {
  const s = input.replace(/[\s€]/g, '').replace(/^EUR/i, '');
  if (/^-\d/.test(s)) return { problem: 'not_positive' };
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { problem: 'not_a_number' };
  const [whole, fraction] = splitDecimal(s);
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { problem: 'not_a_number' };
  if (fraction.length > 2) return { problem: 'too_many_decimals' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents <= 0) return { problem: 'not_positive' };
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return { problem: 'too_large' };
  return { cents };
}

/**
 * With both separators, the last one is the decimal one ("1.250,50", "1,250.50"); a separator
 * repeated alone groups thousands ("1.250.000"); a single one is decimal, so an ambiguous
 * "1.250" is refused as three decimals rather than silently read as € 1.25 or € 1,250.
 */
function splitDecimal(s: string): [string, string] {
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let decimalSep: string | null = null;
  if (commas > 0 && dots > 0) decimalSep = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1) decimalSep = ',';
  else if (dots === 1) decimalSep = '.';
  if (decimalSep === null) return [ungroup(s, commas > 0 ? ',' : '.'), ''];
  const at = s.lastIndexOf(decimalSep);
  const whole = s.slice(0, at);
  return [whole === '' ? '0' : ungroup(whole, decimalSep === ',' ? '.' : ','), s.slice(at + 1)];
}

/** "1.250.000" → "1250000"; a separator that does not split groups of three digits makes it unreadable. */
function ungroup(whole: string, sep: string): string {
  if (!whole.includes(sep)) return whole;
  const groups = whole.split(sep);
  return groups.every((g, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g)) ? groups.join('') : 'x';
}

export function formatCents(cents: Cents, locale = 'it-IT'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Exact integer sum; throws rather than return a wrong total. */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new Error(`Not an amount in cents: ${a}`);
    total += a;
    if (!Number.isSafeInteger(total)) throw new Error('Total out of range');
  }
  return total;
}
