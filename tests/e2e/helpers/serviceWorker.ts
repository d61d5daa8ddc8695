import { expect, type Page } from '@playwright/test';

/**
 * Waits until the service worker is installed and activated (so the shell is precached),
 * then reloads so that it controls the page — with registerType 'prompt' the first worker
 * does not claim the page that registered it.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
    return worker?.state ?? 'none';
  });
  expect(state).toBe('activated');
  await page.reload();
  const controlled = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller?.state ?? 'none';
  });
  expect(controlled).toBe('activated');
}
