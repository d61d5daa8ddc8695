import type { Locator, Page } from '@playwright/test';
import { AppShell, LABELS } from './AppShell';

export class SettingsPage {
  readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async goto(): Promise<void> {
    await this.shell.goto('/settings');
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get languageSelect(): Locator {
    return this.main.getByLabel(LABELS.language);
  }

  /** "Archiviazione persistente: concessa / non concessa" once the browser has answered. */
  get persistentStorage(): Locator {
    return this.main.getByText(/^(Archiviazione persistente|Persistent storage): /);
  }

  get storageUsage(): Locator {
    return this.main.getByText(/^(Spazio usato|Space used): /);
  }

  get requestPersistenceButton(): Locator {
    return this.main.getByRole('button', {
      name: /^(Richiedi di nuovo l'archiviazione persistente|Request persistent storage again)$/,
    });
  }

  async switchLanguage(code: string): Promise<void> {
    await this.languageSelect.selectOption(code);
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  }
}
