import type { FormDef } from '../types.ts';

/** A visit to the desk: how she came, what about, what guidance and referrals she got. */
export const visitForm: FormDef = {
  id: 'visit',
  versions: [
    {
      version: 1,
      fields: [
        // Topics first: a returning visit is prefilled from the last one, and the usual
        // change is a topic, with Save right under the choices.
        { id: 'date', type: 'date', required: true },
        { id: 'topics', type: 'multiChoice', vocabulary: 'visitTopics', required: true },
        { id: 'arrival', type: 'choice', vocabulary: 'arrivalChannels', required: true },
        { id: 'referrals', type: 'multiChoice', vocabulary: 'referralTargets' },
        { id: 'guidance', type: 'longText' },
        { id: 'note', type: 'longText' },
      ],
    },
  ],
};
