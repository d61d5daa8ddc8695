import type { Locator, Page } from '@playwright/test';

/** Closing a pathway: date, outcome, final status of each goal. */
export class ClosePathwayPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get outcome(): Locator {
    return this.main.getByLabel(/^(Esito del percorso|Outcome of the pathway)/);
  }

  goalStatus(goalText: string, label: RegExp): Locator {
    return this.main.getByRole('radiogroup', { name: goalText }).getByLabel(label);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Chiudi il percorso|Close the pathway)$/ });
  }
}
