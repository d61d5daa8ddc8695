import type { Locator, Page } from '@playwright/test';

/** The visit form ("accesso"). */
export class VisitFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get topics(): Locator {
    return this.main.getByRole('group', { name: /^(Temi|Topics)/ });
  }

  topic(label: RegExp | string): Locator {
    return this.topics.getByLabel(label);
  }

  get arrival(): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Come è arrivata|How she came)/ });
  }

  get referrals(): Locator {
    return this.main.getByRole('group', { name: /^(Invii fatti|Referrals made)/ });
  }

  get guidance(): Locator {
    return this.main.getByLabel(/^(Orientamento dato|Guidance given)$/);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra l'accesso|Save the visit)$/ });
  }
}
