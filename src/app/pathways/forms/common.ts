/** A stand-in envelope so a record schema can check a form's fields before anything is written. */
export const PLACEHOLDER_ENVELOPE = {
  id: 'placeholder', siteId: 'placeholder', version: 0, createdAt: '2000-01-01T00:00:00Z',
  updatedAt: '2000-01-01T00:00:00Z', updatedBy: 'placeholder', deleted: false,
};

export const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export const isDayString = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);
