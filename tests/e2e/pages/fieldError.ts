import type { Locator, Page } from '@playwright/test';

/** The error message shown next to a field (through its aria-describedby), without the ⚠. */
export async function errorOf(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.filter((t) => t?.includes('⚠')).join(' ').replace('⚠', '').trim();
}
