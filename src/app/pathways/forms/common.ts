export { PLACEHOLDER_ENVELOPE } from '../../../domain/records/envelope.ts';

export const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
