import type { Locator, Page } from '@playwright/test';

/** The mediation log (/mediation): sessions by mediator and month. */
export class MediationLogPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get newSessionButton(): Locator {
    return this.main.getByRole('link', { name: /^(Registra una mediazione|Record a mediation)$/ });
  }

  get intakeButton(): Locator {
    return this.main.getByRole('link', { name: /^(Registrazione con la mediatrice|Registration with a mediator)$/ });
  }

  get translationsButton(): Locator {
    return this.main.getByRole('link', { name: /^(Correzioni delle traduzioni|Translation corrections)$/ });
  }

  /** A month's card, by YYYY-MM. */
  month(yyyymm: string): Locator {
    return this.main.locator(`section[data-month="${yyyymm}"]`);
  }

  sessionsOf(yyyymm: string): Locator {
    return this.month(yyyymm).getByRole('listitem');
  }

  totalSessions(yyyymm: string): Locator {
    return this.month(yyyymm).locator('[data-total="sessions"]');
  }

  totalHours(yyyymm: string): Locator {
    return this.month(yyyymm).locator('[data-total="hours"]');
  }

  get savedMessage(): Locator {
    return this.main.locator('.saved-message');
  }
}

/** The form of one mediation session. */
export class MediationSessionPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get mediator(): Locator {
    return this.main.getByLabel(/^(Mediatrice|Mediator)/);
  }

  get findPerson(): Locator {
    return this.main.getByLabel(/^(Persona \(facoltativo\)|Person \(optional\))/);
  }

  foundPerson(name: string | RegExp): Locator {
    return this.main.getByRole('list', { name: /^(Persone trovate|People found)$/ }).getByRole('button', { name });
  }

  get language(): Locator {
    return this.main.getByLabel(/^(Lingua della mediazione|Language of the mediation)/);
  }

  setting(label: string | RegExp): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Contesto|Setting)/ }).getByLabel(label);
  }

  get hours(): Locator {
    return this.main.getByRole('group', { name: /^(Durata|Duration)/ }).getByLabel(/^(ore|hours)$/);
  }

  get minutes(): Locator {
    return this.main.getByRole('group', { name: /^(Durata|Duration)/ }).getByLabel(/^(minuti|minutes)$/);
  }

  get note(): Locator {
    return this.main.getByLabel(/^(Note|Notes)$/);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra la mediazione|Record the mediation)$/ });
  }
}
