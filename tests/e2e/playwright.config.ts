import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { createUserCommand, E2E_USERS } from './fixtures';

// E2E_PORT lets a second run (another checkout) use its own port.
const PORT = Number(process.env.E2E_PORT ?? 8787);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// A fresh, empty data folder for every run, so tests never see a previous run's records.
// The config is evaluated again in worker processes; the environment keeps one folder per run.
const DATA_DIR = (process.env.SPORTELLO_E2E_DATA_DIR ??= join(
  tmpdir(),
  `sportello-e2e-${Date.now()}-${process.pid}`,
));

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1, // 2-core machine: one browser at a time keeps timings stable
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  globalTeardown: './global-teardown.ts', // removes DATA_DIR so /tmp does not fill up
  use: {
    baseURL: BASE_URL,
    // Debian's Chromium, not a Playwright download (see ensure-chromium.mjs).
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // `npm start` builds only when dist/ is missing; build first so the tested app is current.
    // The test account is made with the CLI, as an administrator would.
    command: ['npx vite build', ...E2E_USERS.map(createUserCommand), 'npm start'].join(' && '),
    cwd: REPO_ROOT,
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(PORT), DATA_DIR },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
