/**
 * The accounts the end-to-end tests use. The web server command in playwright.config.ts
 * creates them with the CLI before the server starts, as an administrator would.
 */
export interface E2eUser {
  username: string;
  password: string;
  name: string;
  role: 'operator' | 'mediator' | 'coordinator' | 'admin';
  sites: string;
}

export const E2E_USER: E2eUser = {
  username: 'operatrice',
  password: 'prova-e2e-2026',
  name: 'Operatrice Prova',
  role: 'operator',
  sites: 'barrito',
};

/** A second operator at the same house, on another tablet. */
export const E2E_COLLEAGUE: E2eUser = {
  username: 'collega',
  password: 'prova-e2e-2026-b',
  name: 'Collega Prova',
  role: 'operator',
  sites: 'barrito',
};

export const E2E_COORDINATOR: E2eUser = {
  username: 'coordinatrice',
  password: 'prova-e2e-2026-c',
  name: 'Coordinatrice Prova',
  role: 'coordinator',
  sites: 'barrito,vallette',
};

/** The administrator who manages accounts in the app (so `npm start` makes no first admin of its own). */
export const E2E_ADMIN: E2eUser = {
  username: 'amministratrice',
  password: 'prova-e2e-2026-d',
  name: 'Amministratrice Prova',
  role: 'admin',
  sites: 'barrito,vallette',
};

export const E2E_USERS = [E2E_USER, E2E_COLLEAGUE, E2E_COORDINATOR, E2E_ADMIN];

export function createUserCommand(u: E2eUser): string {
  return `npx tsx src/server/cli.ts create-user --username ${u.username} --name "${u.name}" --role ${u.role} --sites ${u.sites} --password ${u.password}`;
}
