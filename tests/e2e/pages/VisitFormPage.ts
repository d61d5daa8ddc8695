import type { Locator, Page } from '@playwright/test';

/** The visit form ("accesso"). */
export class VisitFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get topics(): Locator {
    return this.main.getByRole('group', { name: /^(Di cosa ha bisogno\?|What do you need\?)/ });
  }

  topic(label: RegExp | string): Locator {
    return this.topics.getByLabel(label);
  }

  get arrival(): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Come è arrivata allo sportello\?|How did you come to the desk\?)/ });
  }

  get referrals(): Locator {
    return this.main.getByRole('group', { name: /^(Invii ai servizi|Referrals to services)/ });
  }

  get guidance(): Locator {
    return this.main.getByLabel(/^(Orientamento dato|Guidance given)$/);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra l'accesso|Save the visit)$/ });
  }
}
