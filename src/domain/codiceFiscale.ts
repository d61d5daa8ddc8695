/**
 * Italian codice fiscale (tax code) validation: 16 characters, the shape
 * LLLLLL DD L DD L DDD L where the digits may be replaced by letters (omocodia), and the
 * last character a check letter computed from the first fifteen (DM 23/12/1976).
 */
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

// Values of characters in odd (1st, 3rd, …) positions; digits map like the letter at the same index.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function charIndex(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

export function normaliseCodiceFiscale(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function codiceFiscaleCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = charIndex(first15[i]!);
    sum += i % 2 === 0 ? ODD_VALUES[index]! : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

export type CodiceFiscaleProblem = 'length' | 'format' | 'checksum';

/** Returns why the code is not valid, or null when it is. */
export function codiceFiscaleProblem(input: string): CodiceFiscaleProblem | null {
  const cf = normaliseCodiceFiscale(input);
  if (cf.length !== 16) return 'length';
  if (!SHAPE.test(cf)) return 'format';
  return codiceFiscaleCheckLetter(cf.slice(0, 15)) === cf[15] ? null : 'checksum';
}

export function isValidCodiceFiscale(input: string): boolean {
  return codiceFiscaleProblem(input) === null;
}
