import { rmSync } from 'node:fs';

/** Removes the run's temporary DATA_DIR (set by playwright.config.ts). */
export default function globalTeardown(): void {
  const dir = process.env.SPORTELLO_E2E_DATA_DIR;
  if (dir?.includes('sportello-e2e-')) rmSync(dir, { recursive: true, force: true });
}
