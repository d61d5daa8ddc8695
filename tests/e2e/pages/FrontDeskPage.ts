import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The front desk: search, results, "register", today's visits. */
export class FrontDeskPage {
  readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get searchBox(): Locator {
    return this.shell.searchBox;
  }

  get results(): Locator {
    return this.main.getByRole('list', { name: /^(Persone trovate|People found)$/ });
  }

  /** One result row, by the name it shows. */
  result(name: string | RegExp): Locator {
    return this.results.getByRole('listitem').filter({ hasText: name });
  }

  /** The link that opens her page (her name and facts). */
  resultLink(name: string | RegExp): Locator {
    return this.result(name).getByRole('link').first();
  }

  newVisitButton(name: string | RegExp): Locator {
    return this.result(name).getByRole('link', { name: /^(Nuovo accesso|New visit)/ });
  }

  get registerButton(): Locator {
    return this.main.getByRole('link', { name: /^(Registra una nuova persona|Register a new person)$/ });
  }

  /** The empty state's "register her" button, prefilled with the typed text. */
  get registerFoundNone(): Locator {
    return this.main.getByRole('link', { name: /^(Registra come nuova persona|Register as a new person):/ });
  }

  get today(): Locator {
    return this.main.getByRole('region', { name: /^(Oggi a questo sportello|Today at this desk)$/ });
  }

  get countToday(): Locator {
    return this.today.getByTestId('count-day');
  }

  get countMonth(): Locator {
    return this.today.getByTestId('count-month');
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }
}
