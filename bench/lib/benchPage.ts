import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { benchDir, tempDir } from './paths.ts';

let built: string | undefined;

/**
 * Builds bench/browser (its index.html and main.ts, which import the real src/db, src/sync and
 * src/domain code) with Vite into a temp folder, once per run. No PWA plugin, no React.
 */
export async function buildBenchPage(): Promise<string> {
  if (built) return built;
  const outDir = join(tempDir('page'), 'dist');
  await build({
    configFile: false,
    root: join(benchDir, 'browser'),
    base: '/',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  built = outDir;
  return outDir;
}

/** Opens the bench page at `url` and waits for `window.__bench`. */
export async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 30_000 });
}
