import labels from './labels.json' with { type: 'json' };
import { defineVocabulary } from './vocabulary.ts';

export const sexes = defineVocabulary('sexes', labels.sexes);

export const yesNoUnknown = defineVocabulary('yesNoUnknown', labels.yesNoUnknown);

export const employmentStatuses = defineVocabulary('employmentStatuses', labels.employmentStatuses);

export const consentStatuses = defineVocabulary('consentStatuses', labels.consentStatuses);
