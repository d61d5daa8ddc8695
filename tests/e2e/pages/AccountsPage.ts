import type { Locator, Page } from '@playwright/test';

/** The administrator's accounts screen (/admin/accounts), in either language. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** An account's card, by its full name. */
  account(name: string): Locator {
    return this.main.getByRole('article', { name });
  }

  /** The first card is there: the list has loaded. */
  async waitForList(): Promise<void> {
    await this.main.getByRole('article').first().waitFor();
  }

  /**
   * Fills the new-account form and creates it, with the server making up the password; returns
   * the password shown once.
   */
  async create(account: { username: string; name: string; role: RegExp; site: RegExp }): Promise<string> {
    await this.main.getByRole('button', { name: /^(Nuovo account|New account)$/ }).click();
    const form = this.main.getByRole('form', { name: /^(Nuovo account|New account)$/ });
    await form.getByLabel(/^(Nome utente|Username)/).fill(account.username);
    await form.getByLabel(/^(Nome e cognome|Full name)/).fill(account.name);
    await form.getByRole('radio', { name: account.role }).check();
    await form.getByRole('checkbox', { name: account.site }).check();
    await form.getByRole('button', { name: /^(Crea l'account|Create the account)$/ }).click();
    const created = this.main.getByRole('region', { name: new RegExp(`^(Account ${account.username} (creato|created))$`) });
    const password = (await created.locator('.password-once').textContent()) ?? '';
    await created.getByRole('button', { name: /^(Fatto|Done)$/ }).click();
    return password.trim();
  }

  /** Cuts off the account's (only) logged-in device, confirming. */
  async revokeDevice(card: Locator): Promise<void> {
    await card.getByRole('button', { name: /^(Escludi questo dispositivo|Cut off this device)$/ }).click();
    await card.getByRole('button', { name: /^(Sì, escludilo|Yes, cut it off)$/ }).click();
  }
}
