/**
 * The account the end-to-end tests log in with. The web server command in
 * playwright.config.ts creates it with the CLI before the server starts.
 */
export const E2E_USER = {
  username: 'operatrice',
  password: 'prova-e2e-2026',
  name: 'Operatrice Prova',
  site: 'barrito',
} as const;
