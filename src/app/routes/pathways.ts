/** The pathway screens' routes, in one place so links and App.tsx agree. */
const id = (value: string) => encodeURIComponent(value);

export const pathwayPaths = {
  mine: '/pathways',
  open: (personId: string) => `/people/${id(personId)}/pathways/new`,
  pathway: (pathwayId: string) => `/pathways/${id(pathwayId)}`,
  edit: (pathwayId: string) => `/pathways/${id(pathwayId)}/edit`,
  close: (pathwayId: string) => `/pathways/${id(pathwayId)}/close`,
  newIntervention: (pathwayId: string) => `/pathways/${id(pathwayId)}/interventions/new`,
  newGrant: (pathwayId: string) => `/pathways/${id(pathwayId)}/grants/new`,
} as const;
