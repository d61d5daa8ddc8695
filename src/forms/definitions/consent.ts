import type { FormDef } from '../types.ts';

/** The privacy consent, given after the notice was shown in her language. */
export const consentForm: FormDef = {
  id: 'consent',
  versions: [
    {
      version: 1,
      fields: [
        { id: 'consent.status', type: 'choice', vocabulary: 'consentStatuses', required: true, icons: { given: '✔️', not_yet: '⏳' } },
        { id: 'consent.date', type: 'date', showIf: { field: 'consent.status', equals: 'given' } },
      ],
    },
  ],
};
