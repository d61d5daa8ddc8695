import labels from './labels.json' with { type: 'json' };
import { defineVocabulary } from './vocabulary.ts';

/** How the person came to the desk (report: 83% came on their own). */
export const arrivalChannels = defineVocabulary('arrivalChannels', labels.arrivalChannels);

export const visitTopics = defineVocabulary('visitTopics', labels.visitTopics);

export const referralTargets = defineVocabulary('referralTargets', labels.referralTargets);
