import type { Locator, Page } from '@playwright/test';
import { errorOf } from './fieldError';

/** Closing a pathway: date, outcome, final status of each goal, the grants not yet paid. */
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

  /** The grants still proposed or approved, each asked to be cancelled. */
  get grantsNotYetPaid(): Locator {
    return this.main.getByRole('region', { name: /^(Doti non ancora pagate|Grants not yet paid)$/ });
  }

  /** One open grant's choice, by its legend (e.g. "Kit neonato: 200,00 € (Proposta)"). */
  grantChoice(legend: RegExp | string): Locator {
    return this.grantsNotYetPaid.getByRole('group', { name: legend });
  }

  grantCancel(legend: RegExp | string): Locator {
    return this.grantChoice(legend).getByLabel(/^(Annullala alla chiusura|Cancel it on closing)$/);
  }

  async grantChoiceError(legend: RegExp | string): Promise<string> {
    return errorOf(this.page, this.grantChoice(legend));
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Chiudi il percorso|Close the pathway)$/ });
  }
}
