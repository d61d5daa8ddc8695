import labels from './labels.json' with { type: 'json' };
import { defineVocabulary } from './vocabulary.ts';

/** The eight Case del Quartiere of Turin, the default sites. Codes are stable ids. */
export const defaultSites = defineVocabulary('sites', labels.sites);
