import { useCallback } from 'react';
import { formatCents, type Cents } from '../../domain/money.ts';
import { useLang } from './format';

/** Euro amounts in the reader's language ("450,00 €", "€450.00"), from integer cents. */
export function useMoney(): (cents: Cents) => string {
  const lang = useLang();
  return useCallback((cents: Cents) => formatCents(cents, lang === 'en' ? 'en-GB' : 'it-IT'), [lang]);
}
