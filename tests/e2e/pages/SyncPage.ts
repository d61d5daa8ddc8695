import { expect, type Locator, type Page } from '@playwright/test';

/** The sync screen: status, "Sync now", conflicts to settle. */
export class SyncPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get syncNowButton(): Locator {
    return this.main.getByRole('button', { name: /^(Sincronizza ora|Sync now)$/ });
  }

  async syncNow(): Promise<void> {
    await this.syncNowButton.click();
  }

  /** "Sync now", then waits for the round to end: the button is offered again once it has. */
  async syncNowAndWait(): Promise<void> {
    await this.syncNow();
    await expect(this.syncNowButton).toBeEnabled({ timeout: 20_000 });
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
