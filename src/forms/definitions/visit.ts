import type { FormDef } from '../types.ts';

/** A visit to the desk: how she came, what about, what guidance and referrals she got. */
export const visitForm: FormDef = {
  id: 'visit',
  versions: [
    {
      version: 1,
      fields: [
        { id: 'date', type: 'date', required: true },
        { id: 'arrival', type: 'choice', vocabulary: 'arrivalChannels', required: true },
        { id: 'topics', type: 'multiChoice', vocabulary: 'visitTopics', required: true },
        { id: 'guidance', type: 'longText' },
        { id: 'referrals', type: 'multiChoice', vocabulary: 'referralTargets' },
        { id: 'note', type: 'longText' },
      ],
    },
  ],
};
