/** fast-check arbitraries for domain values, built from the real vocabularies. */
import fc from 'fast-check';
import { codiceFiscaleCheckLetter } from '../../src/domain/codiceFiscale.ts';
import { addDays, localDate, yearOf } from '../../src/domain/dates.ts';
import type { RecordOf } from '../../src/domain/records/index.ts';
import {
  consentStatuses, countries, employmentStatuses, languages, sexes, yesNoUnknown, type Vocabulary,
} from '../../src/domain/vocab/index.ts';

/** The shape of the first fifteen characters of a codice fiscale, omocodia included. */
export const CF_FIRST15 = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}$/;

export const first15Arb = fc.stringMatching(CF_FIRST15);
export const codiceFiscaleArb = first15Arb.map((f) => f + codiceFiscaleCheckLetter(f));

export function codeOf<C extends string>(vocabulary: Vocabulary<C>): fc.Arbitrary<C> {
  return fc.constantFrom(...vocabulary.codes);
}

export const idArb = fc.uuid();

/** A day (YYYY-MM-DD) between 1 Jan 1940 and `daysBeforeToday` days before today. */
export function pastDayArb(daysBeforeToday = 2): fc.Arbitrary<string> {
  const start = '1940-01-01';
  const end = addDays(localDate(), -daysBeforeToday);
  const span = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
  return fc.integer({ min: 0, max: span }).map((n) => addDays(start, n));
}

export const anyDayArb = fc.integer({ min: -800, max: 400 }).map((n) => addDays(localDate(), n));

const knownNames = [
  'Amina', 'Chiamaka', 'Ngozi Adaeze', 'Blessing', 'Rosa', 'Yupanqui', 'María José', 'Fatima Zahra',
  'Khadija', 'Giulia', "D'Angelo", 'Aïcha', 'Okafor', 'Quispe Mamani', 'El Idrissi', 'Ferrero', 'Nwosu-Eze',
];
export const nameArb = fc.oneof(
  fc.constantFrom(...knownNames),
  fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
);

export const phoneArb = fc
  .tuple(fc.constantFrom('', '+39 ', '0039 ', '+234 ', '+51 ', '+212 '), fc.stringMatching(/^[0-9]{9,10}$/))
  .map(([prefix, digits]) => prefix + digits);

export const childArb = fc.record(
  {
    id: idArb,
    name: nameArb,
    sex: codeOf(sexes),
    birthDate: pastDayArb(),
  },
  { requiredKeys: ['id'] },
);

export const personArb: fc.Arbitrary<RecordOf<'people'>> = fc
  .record(
    {
      id: idArb,
      siteId: fc.constantFrom('barrito', 'san-salvario', 'vallette', 'cecchi-point'),
      version: fc.nat(),
      createdAt: fc.constant('2025-03-14T09:30:00.000Z'),
      updatedAt: fc.constant('2025-03-14T10:00:00+01:00'),
      updatedBy: idArb,
      deleted: fc.boolean(),
      firstName: nameArb,
      lastName: nameArb,
      sex: codeOf(sexes),
      birthDate: pastDayArb(),
      birthYear: fc.integer({ min: 1940, max: yearOf(localDate()) }),
      countryOfBirth: codeOf(countries),
      citizenship: codeOf(countries),
      languages: fc.subarray([...languages.codes], { maxLength: 10 }),
      phone: phoneArb,
      codiceFiscale: codiceFiscaleArb,
      household: fc.record(
        {
          pregnant: fc.boolean(),
          dueDate: anyDayArb,
          children: fc.array(childArb, { maxLength: 6 }),
        },
        { requiredKeys: ['pregnant', 'children'] },
      ),
      knownToSocialServices: codeOf(yesNoUnknown),
      receivesAdi: codeOf(yesNoUnknown),
      employment: codeOf(employmentStatuses),
      consent: fc.record(
        {
          status: codeOf(consentStatuses),
          date: pastDayArb(),
          noticeVersion: fc.integer({ min: 1, max: 9 }),
          language: codeOf(languages),
          operatorId: idArb,
        },
        { requiredKeys: ['status'] },
      ),
      note: fc.string({ maxLength: 200 }),
      formVersion: fc.integer({ min: 1, max: 5 }),
    },
    {
      requiredKeys: [
        'id', 'siteId', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'deleted', 'firstName', 'lastName', 'sex',
        'languages', 'household', 'knownToSocialServices', 'receivesAdi', 'employment', 'consent',
      ],
    },
  )
  // Stored text is trimmed by the schema; keep generated text in its stored form.
  .map((p) => ({ ...p, firstName: p.firstName.trim(), lastName: p.lastName.trim(), ...(p.note === undefined ? {} : { note: p.note.trim() }) }));
