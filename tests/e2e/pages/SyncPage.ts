import type { Locator, Page } from '@playwright/test';

/** The sync screen: status, "Sync now", conflicts to settle. */
export class SyncPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async syncNow(): Promise<void> {
    await this.main.getByRole('button', { name: /^(Sincronizza ora|Sync now)$/ }).click();
  }

  conflict(text: RegExp | string): Locator {
    return this.main.getByRole('article').filter({ hasText: text });
  }

  /** Keeps the other device's value of a conflict. */
  async useOtherDeviceValue(conflict: Locator): Promise<void> {
    await conflict.getByRole('button', { name: /^(Usa questo valore|Use this value)$/ }).click();
  }

  get safeToHandOver(): Locator {
    return this.main.getByText(/si può passare il tablet|the tablet can be handed over/);
  }
}
