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

  get date(): Locator {
    return this.main.getByLabel(/^(Data|Date)/);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra l'accesso|Save the visit)$/ });
  }

  /** Correcting a visit: the same form, another save. */
  get saveChangesButton(): Locator {
    return this.main.getByRole('button', { name: /^(Salva le modifiche|Save the changes)$/ });
  }

  /** "She already has a visit today at this desk (at HH:MM) — save another one?" */
  get sameDayWarning(): Locator {
    return this.main.locator('.same-day');
  }

  get sameDayConfirm(): Locator {
    return this.main.getByRole('checkbox', { name: /^(Sì, registra un altro accesso|Yes, save another visit)$/ });
  }
}
