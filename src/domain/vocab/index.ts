export * from './vocabulary.ts';
export * from './sites.ts';
export * from './visits.ts';
export * from './people.ts';
export * from './pathways.ts';
export * from './activities.ts';
export * from './geo.ts';

import { defaultSites } from './sites.ts';
import { arrivalChannels, referralTargets, visitTopics } from './visits.ts';
import { consentStatuses, employmentStatuses, sexes, yesNoUnknown } from './people.ts';
import {
  fragilities, goalStatuses, grantExpenseTypes, grantStatuses, interventionAreas, interventionTypes, pathwayStatuses,
} from './pathways.ts';
import { eventThemes, mediationSettings, roles } from './activities.ts';
import { countries, languages } from './geo.ts';

/** Every vocabulary, for completeness tests and for the figures. */
export const allVocabularies = [
  defaultSites, arrivalChannels, visitTopics, referralTargets, sexes, yesNoUnknown, employmentStatuses,
  consentStatuses, fragilities, interventionAreas, interventionTypes, goalStatuses, pathwayStatuses,
  grantExpenseTypes, grantStatuses, mediationSettings, eventThemes, roles, countries, languages,
] as const;
