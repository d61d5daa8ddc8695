import { defineVocabulary, entry } from './vocabulary.ts';

export const sexes = defineVocabulary('sexes', [
  entry('female', 'Donna', 'Woman'),
  entry('male', 'Uomo', 'Man'),
  entry('other', 'Altro / non indicato', 'Other / not stated'),
]);

export const yesNoUnknown = defineVocabulary('yesNoUnknown', [
  entry('yes', 'Sì', 'Yes'),
  entry('no', 'No', 'No'),
  entry('unknown', 'Non so', 'Not known'),
]);

export const employmentStatuses = defineVocabulary('employmentStatuses', [
  entry('employed', 'Occupata/o', 'Employed'),
  entry('irregular', 'Lavoro saltuario o irregolare', 'Occasional or informal work'),
  entry('unemployed', 'Disoccupata/o', 'Unemployed'),
  entry('homemaker', 'Casalinga/o', 'Homemaker'),
  entry('student', 'Studente', 'Student'),
  entry('unknown', 'Non indicato', 'Not stated'),
]);

export const consentStatuses = defineVocabulary('consentStatuses', [
  entry('given', 'Consenso dato', 'Consent given'),
  entry('not_yet', 'Non ancora', 'Not yet'),
]);
