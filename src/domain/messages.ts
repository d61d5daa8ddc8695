import type { Labels } from './vocab/vocabulary.ts';

/**
 * Validation messages are keys; their text lives here in Italian and English so that the
 * server (English) and the app (through i18next, namespace "validation") say the same thing.
 */
export const validationMessages = {
  required: { it: 'Campo obbligatorio', en: 'This field is required' },
  invalid_value: { it: 'Valore non valido', en: 'Invalid value' },
  invalid_type: { it: 'Tipo di dato non valido', en: 'Wrong type of value' },
  unknown_field: { it: 'Campo non previsto', en: 'Unexpected field' },
  too_long: { it: 'Testo troppo lungo', en: 'Text too long' },
  too_many: { it: 'Troppi elementi', en: 'Too many items' },
  unstorable_text: { it: 'Il testo contiene caratteri non ammessi', en: 'The text contains characters that cannot be stored' },
  too_deep: { it: 'Valore annidato troppo in profondità', en: 'Value nested too deeply' },
  invalid_date: { it: 'Data non valida (AAAA-MM-GG)', en: 'Invalid date (YYYY-MM-DD)' },
  invalid_datetime: { it: 'Data e ora non valide', en: 'Invalid date and time' },
  invalid_id: { it: 'Identificativo non valido', en: 'Invalid identifier' },
  date_in_future: { it: 'La data non può essere nel futuro', en: 'The date cannot be in the future' },
  birth_year_range: { it: 'Anno di nascita non plausibile', en: 'Implausible birth year' },
  birth_year_mismatch: { it: 'L’anno non corrisponde alla data di nascita', en: 'The year does not match the birth date' },
  due_date_too_old: {
    it: 'La data presunta del parto è passata da più di un mese',
    en: 'The due date is more than a month in the past',
  },
  due_date_without_pregnancy: { it: 'Data del parto senza gravidanza indicata', en: 'Due date given but no pregnancy' },
  cf_length: { it: 'Il codice fiscale ha 16 caratteri', en: 'A codice fiscale has 16 characters' },
  cf_format: { it: 'Codice fiscale non nel formato corretto', en: 'Codice fiscale in the wrong format' },
  cf_checksum: { it: 'Codice fiscale non valido (carattere di controllo errato)', en: 'Invalid codice fiscale (wrong check character)' },
  phone_invalid: { it: 'Numero di telefono non valido', en: 'Invalid phone number' },
  amount_not_a_number: { it: 'Importo non valido: scrivere ad esempio 120,50', en: 'Invalid amount: write e.g. 120.50' },
  amount_too_many_decimals: { it: 'Al massimo due decimali', en: 'At most two decimals' },
  amount_not_positive: { it: 'L’importo deve essere maggiore di zero', en: 'The amount must be more than zero' },
  amount_too_large: { it: 'Importo troppo grande', en: 'Amount too large' },
  closed_before_opened: { it: 'La chiusura precede l’apertura', en: 'Closed before it was opened' },
  follow_up_before_intervention: {
    it: 'Il follow-up non può precedere la data dell’intervento',
    en: 'The follow-up cannot be before the date of the intervention',
  },
  other_text_required: { it: 'Specificare “Altro”', en: 'Please describe “Other”' },
  minutes_range: { it: 'Durata non plausibile', en: 'Implausible duration' },
  invalid_username: {
    it: 'Da 2 a 60 lettere minuscole, cifre, punti, trattini o trattini bassi',
    en: '2–60 lower-case letters, digits, dots, dashes or underscores',
  },
  password_too_short: { it: 'La password deve avere almeno 10 caratteri', en: 'The password must have at least 10 characters' },
  nothing_to_change: { it: 'Nessuna modifica indicata', en: 'Nothing to change was given' },
} as const satisfies Record<string, Labels>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return Object.hasOwn(validationMessages, key);
}
