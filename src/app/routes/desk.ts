/** The front desk's routes, in one place so links and App.tsx agree. */
export const deskPaths = {
  desk: '/',
  register: (query?: string) => (query?.trim() ? `/people/new?q=${encodeURIComponent(query.trim())}` : '/people/new'),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  editPerson: (id: string) => `/people/${encodeURIComponent(id)}/edit`,
  newVisit: (id: string) => `/people/${encodeURIComponent(id)}/visits/new`,
  editVisit: (personId: string, visitId: string) => `/people/${encodeURIComponent(personId)}/visits/${encodeURIComponent(visitId)}/edit`,
} as const;

