import { codiceFiscaleCheckLetter } from '../../src/domain/codiceFiscale.ts';

/** A valid codice fiscale from name, sex, birth date and place (DM 23/12/1976 rules, no omocodia). */
const MONTHS = 'ABCDEHLMPRST';

function letters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z]/g, '');
}

function part(text: string, isFirstName: boolean): string {
  const all = letters(text);
  const consonants = all.replace(/[AEIOU]/g, '');
  const vowels = all.replace(/[^AEIOU]/g, '');
  if (isFirstName && consonants.length >= 4) return consonants[0]! + consonants[2]! + consonants[3]!;
  return (consonants + vowels + 'XXX').slice(0, 3);
}

export function makeCodiceFiscale(firstName: string, lastName: string, female: boolean, birthDate: string, belfiore: string): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const first15 =
    part(lastName, false) +
    part(firstName, true) +
    String(year % 100).padStart(2, '0') +
    MONTHS[month - 1]! +
    String(day + (female ? 40 : 0)).padStart(2, '0') +
    belfiore;
  return first15 + codiceFiscaleCheckLetter(first15);
}
