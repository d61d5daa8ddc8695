/** The mediation screens' routes, in one place so links and App.tsx agree. */
export const mediationPaths = {
  log: '/mediation',
  intake: '/mediation/intake',
  personIntake: (personId: string) => `/people/${encodeURIComponent(personId)}/intake`,
  newSession: '/mediation/new',
  personSession: (personId: string) => `/people/${encodeURIComponent(personId)}/mediations/new`,
  translations: '/mediation/translations',
} as const;
