import type { Locator, Page } from '@playwright/test';
import { errorOf } from './fieldError';

/** A pathway's page: status, actions, goals, grants with receipts, timeline. */
export class PathwayPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get savedMessage(): Locator {
    return this.main.locator('.saved-message');
  }

  get status(): Locator {
    return this.main.getByTestId('pathway-status');
  }

  get addInterventionButton(): Locator {
    return this.main.getByRole('link', { name: /^(Registra un intervento|Record an intervention)$/ });
  }

  get proposeGrantButton(): Locator {
    return this.main.getByRole('link', { name: /^(Proponi una dote|Propose a grant)$/ });
  }

  get editButton(): Locator {
    return this.main.getByRole('link', { name: /^(Modifica il percorso|Edit the pathway)$/ });
  }

  get closeButton(): Locator {
    return this.main.getByRole('link', { name: /^(Chiudi il percorso|Close the pathway)$/ });
  }

  get goals(): Locator {
    return this.main.getByRole('region', { name: /^(Obiettivi|Goals)$/ }).getByRole('listitem');
  }

  get grantsSection(): Locator {
    return this.main.getByRole('region', { name: /^(Doti di inclusione|Inclusion grants)$/ });
  }

  get allowance(): Locator {
    return this.grantsSection.getByTestId('household-allowance');
  }

  /** A grant's card, by the text of its heading (e.g. "Kit neonato: 450,00 €"). */
  grant(heading: RegExp | string): Locator {
    return this.grantsSection.getByRole('article', { name: heading });
  }

  grantStatus(heading: RegExp | string): Locator {
    return this.grant(heading).getByTestId('grant-status');
  }

  grantButton(heading: RegExp | string, name: RegExp): Locator {
    return this.grant(heading).getByRole('button', { name });
  }

  /** The note an operator or mediator reads on a proposed grant instead of "Approve". */
  grantAwaitingApproval(heading: RegExp | string): Locator {
    return this.grant(heading).getByText(/^(In attesa dell'approvazione di una coordinatrice o un coordinatore\.|Waiting for a coordinator's approval\.)$/);
  }

  receiptInput(heading: RegExp | string): Locator {
    return this.grant(heading).getByLabel(/^(Allega una ricevuta|Attach a receipt)/);
  }

  async receiptError(heading: RegExp | string): Promise<string> {
    return errorOf(this.page, this.receiptInput(heading));
  }

  get timeline(): Locator {
    return this.main.getByRole('list', { name: /^(Interventi e accessi|Interventions and visits)$/ });
  }

  get reopenReason(): Locator {
    return this.main.getByLabel(/^(Motivo della riapertura|Reason for reopening)/);
  }

  get reopenButton(): Locator {
    return this.main.getByRole('button', { name: /^(Riapri il percorso|Reopen the pathway)$/ });
  }
}

export const GRANT_BUTTONS = {
  approve: /^(Approva|Approve)$/,
  pay: /^(Segna come pagata|Mark as paid)$/,
  account: /^(Rendiconta|Account for it)$/,
  cancel: /^(Annulla la dote|Cancel the grant)$/,
} as const;
