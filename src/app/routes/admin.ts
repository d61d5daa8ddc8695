/** The administrator's routes, in one place so links and App.tsx agree. */
export const adminPaths = {
  accounts: '/admin/accounts',
} as const;
