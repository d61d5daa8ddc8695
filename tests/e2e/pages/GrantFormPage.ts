import type { Locator, Page } from '@playwright/test';
import { errorOf } from './fieldError';

/** Proposing an inclusion grant. */
export class GrantFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  expenseType(label: RegExp | string): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Tipo di spesa|Kind of expense)/ }).getByLabel(label);
  }

  get expenseOther(): Locator {
    return this.main.getByLabel(/^(Quale spesa|Which expense)/);
  }

  get amount(): Locator {
    return this.main.getByLabel(/^(Importo in euro|Amount in euro)/);
  }

  get purpose(): Locator {
    return this.main.getByLabel(/^(Finalità|Purpose)$/);
  }

  get exceptionReason(): Locator {
    return this.main.getByLabel(/^(Motivo dell'eccezione|Reason for the exception)/);
  }

  get allowance(): Locator {
    return this.main.getByTestId('household-allowance');
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Proponi la dote|Propose the grant)$/ });
  }

  get cancelButton(): Locator {
    return this.main.getByRole('link', { name: /^(Annulla|Cancel)$/ });
  }

  async amountError(): Promise<string> {
    return errorOf(this.page, this.amount);
  }

  async propose(input: { type: RegExp | string; amount: string; purpose?: string }): Promise<void> {
    await this.expenseType(input.type).check();
    await this.amount.fill(input.amount);
    if (input.purpose) await this.purpose.fill(input.purpose);
    await this.saveButton.click();
  }
}
