export { PLACEHOLDER_ENVELOPE } from '../../../forms/validate';

export const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export const isDayString = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);
