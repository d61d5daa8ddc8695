import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { tempDir } from './paths.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run',
];

/**
 * One "device": headless Debian Chromium with its own on-disk profile. A persistent profile,
 * not an incognito context, so IndexedDB lives on disk as on a tablet (incognito keeps it in
 * memory, which would flatter every write figure).
 */
export async function launchDevice(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(tempDir(`profile-${name}`), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().startsWith('[bench]')) console.log(`    [${name}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`    [${name}] page error: ${error.message}`));
  return { context, page };
}
