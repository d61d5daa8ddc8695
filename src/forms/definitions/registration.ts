import type { FieldDef, FormDef } from '../types.ts';

const v1: FieldDef[] = [
  { id: 'firstName', type: 'text', required: true },
  { id: 'lastName', type: 'text', required: true },
  { id: 'sex', type: 'choice', vocabulary: 'sexes', required: true, icons: { female: '👩', male: '👨' } },
  { id: 'birthDate', type: 'date' },
  { id: 'birthYear', type: 'year' },
  { id: 'countryOfBirth', type: 'choice', vocabulary: 'countries', fillsEmpty: 'citizenship' },
  { id: 'citizenship', type: 'choice', vocabulary: 'countries' },
  { id: 'languages', type: 'multiChoice', vocabulary: 'languages' },
  { id: 'phone', type: 'phone' },
  { id: 'codiceFiscale', type: 'codiceFiscale' },
  { id: 'knownToSocialServices', type: 'choice', vocabulary: 'yesNoUnknown', required: true, icons: { yes: '✔️', no: '✖️', unknown: '❔' } },
  { id: 'receivesAdi', type: 'choice', vocabulary: 'yesNoUnknown', required: true, icons: { yes: '✔️', no: '✖️', unknown: '❔' } },
  { id: 'employment', type: 'choice', vocabulary: 'employmentStatuses', required: true },
];

/** The first registration of a person at the desk: who she is and how to reach her. */
export const registrationForm: FormDef = {
  id: 'registration',
  versions: [
    { version: 1, fields: v1 },
    // Version 2: the operator's own notes, asked at the desk (the record always had them).
    { version: 2, fields: [...v1, { id: 'note', type: 'longText', audience: 'operator' }] },
  ],
};
