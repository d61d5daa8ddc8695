import { normaliseCodiceFiscale } from '../codiceFiscale.ts';
import { nameTokens } from './nameKeys.ts';

/**
 * Phone numbers and codici fiscali in the desk's search box, said once: the keys a stored one
 * is indexed under, and what a typed query is and looks up (docs/architecture.md, "A keystroke
 * in the search box"). Lookups are a prefix or an exact key, never a scan.
 *
 * A stored number gives (Moroccan "+212 612 345 678", Italian "333 123 4567"):
 * - its international digits, foreign numbers only: "212612345678". A query typed with "+",
 *   "00" or neither drops them, so every international spelling is a prefix of this key;
 * - its national number: "612345678", "3331234567" (an Italian landline keeps its 0). A query
 *   with "+39" or "0039" drops them, so it is a prefix of this key, as is a bare national one;
 * - each shorter suffix of the national number of at least MIN_SUFFIX digits, marked so that
 *   only an exact lookup finds it: "~12345678", "~2345678", "~345678". The last 6 digits or more
 *   find her; 5 do not, nor do digits from the middle ("12345" would otherwise find every
 *   number holding them).
 * An Italian number is not also keyed as "39…": a bare "39…" is a national mobile (391, 393…).
 * At most 6 keys a number: 5 for an Italian mobile or a Moroccan one.
 */
export const MIN_SUFFIX = 6;
export const SUFFIX_MARK = '~';
const ITALY = '39';

const SEPARATORS = /[\s.\-()/]/g;
const PHONE = /^\+?[0-9]{6,15}$/;

/** Phones are stored as typed but compared without spaces, dots, dashes or brackets, "00" as "+". */
export function normalisePhone(phone: string): string {
  return phone.replace(SEPARATORS, '').replace(/^00/, '+');
}

/** What a stored phone may be once normalised: a "+" or not, then 6 to 15 digits (E.164). */
export function isPhoneNumber(phone: string): boolean {
  return PHONE.test(normalisePhone(phone));
}

/**
 * How many leading digits of an international number are its country code (ITU E.164: codes
 * are prefix-free; 1 and 7 are whole zones, these take two digits, every other takes three).
 */
const ONE_DIGIT_CODE = /^[17]/;
const TWO_DIGIT_CODE = /^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

function countryCodeLength(digits: string): number {
  if (ONE_DIGIT_CODE.test(digits)) return 1;
  return TWO_DIGIT_CODE.test(digits) ? 2 : 3;
}

/** The keys a stored phone number is indexed under (see above); none when it holds no digits. */
export function phoneKeys(stored: string): string[] {
  const phone = normalisePhone(stored);
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return [];
  const keys: string[] = [];
  let national = digits;
  if (phone.startsWith('+')) {
    const codeLength = digits.startsWith(ITALY) ? ITALY.length : countryCodeLength(digits);
    if (!digits.startsWith(ITALY)) keys.push(digits);
    national = digits.slice(codeLength) || digits;
  }
  keys.push(national);
  for (let length = national.length - 1; length >= MIN_SUFFIX; length--) keys.push(SUFFIX_MARK + national.slice(-length));
  return [...new Set(keys)];
}

export function codiceFiscaleKey(stored: string): string {
  return normaliseCodiceFiscale(stored);
}

export type ContactQuery =
  /** Look up the keys starting with `key` (empty for "0039" alone), and the one equal to `suffixKey`. */
  | { kind: 'phone'; key: string; suffixKey?: string }
  /**
   * Look up the codes starting with `key`, and when none does, the name `words`: a name can
   * look like the start of a code ("el idriss": six letters, then two omocodia letters).
   * `orName` when it holds no digit, so it reads as a name at least as well.
   */
  | { kind: 'codiceFiscale'; key: string; words: string[]; orName: boolean }
  | { kind: 'name'; words: string[] };

const PHONE_QUERY = /^\+?\d{3,}$/;
const CODE_START = /^[a-z]{6}[0-9lmnpqrstuv]{2}/i;
const INTERNATIONAL = /^(\+|00)/;

/** What the typed text is: a phone number (3 digits or more), the start of a codice fiscale, or a name. */
export function classifyQuery(text: string): ContactQuery {
  const q = text.trim();
  const digits = q.replace(SEPARATORS, '');
  if (PHONE_QUERY.test(digits)) {
    const international = INTERNATIONAL.test(digits) ? digits.replace(INTERNATIONAL, '') : undefined;
    const key = international?.startsWith(ITALY) ? international.slice(ITALY.length) : international ?? digits;
    // Last digits may begin with "00" too ("…004567"): without a "+", 6 digits or more are also an end.
    if (digits.startsWith('+') || digits.length < MIN_SUFFIX) return { kind: 'phone', key };
    return { kind: 'phone', key, suffixKey: SUFFIX_MARK + digits };
  }
  const compact = q.replace(/\s+/g, '');
  if (CODE_START.test(compact)) {
    return { kind: 'codiceFiscale', key: codiceFiscaleKey(q), words: nameTokens(q), orName: !/\d/.test(compact) };
  }
  return { kind: 'name', words: nameTokens(q) };
}
