import labels from './labels.json' with { type: 'json' };
import { defineVocabulary } from './vocabulary.ts';

export const mediationSettings = defineVocabulary('mediationSettings', labels.mediationSettings);

export const eventThemes = defineVocabulary('eventThemes', labels.eventThemes);

export const roles = defineVocabulary('roles', labels.roles);
