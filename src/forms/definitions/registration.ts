import type { FormDef } from '../types.ts';

/** The first registration of a person at the desk: who she is and how to reach her. */
export const registrationForm: FormDef = {
  id: 'registration',
  versions: [
    {
      version: 1,
      fields: [
        { id: 'firstName', type: 'text', required: true },
        { id: 'lastName', type: 'text', required: true },
        { id: 'sex', type: 'choice', vocabulary: 'sexes', required: true, icons: { female: '👩', male: '👨' } },
        { id: 'birthDate', type: 'date' },
        { id: 'birthYear', type: 'year' },
        { id: 'countryOfBirth', type: 'choice', vocabulary: 'countries' },
        { id: 'citizenship', type: 'choice', vocabulary: 'countries' },
        { id: 'languages', type: 'multiChoice', vocabulary: 'languages' },
        { id: 'phone', type: 'phone' },
        { id: 'codiceFiscale', type: 'codiceFiscale' },
        { id: 'knownToSocialServices', type: 'choice', vocabulary: 'yesNoUnknown', required: true, icons: { yes: '✔️', no: '✖️', unknown: '❔' } },
        { id: 'receivesAdi', type: 'choice', vocabulary: 'yesNoUnknown', required: true, icons: { yes: '✔️', no: '✖️', unknown: '❔' } },
        { id: 'employment', type: 'choice', vocabulary: 'employmentStatuses', required: true },
      ],
    },
  ],
};
