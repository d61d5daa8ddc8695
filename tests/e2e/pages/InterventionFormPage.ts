import type { Locator, Page } from '@playwright/test';
import { errorOf } from './fieldError';

/** Recording an intervention or follow-up on a pathway. */
export class InterventionFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  type(label: RegExp | string): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Tipo di intervento|Kind of intervention)/ }).getByLabel(label);
  }

  area(label: RegExp | string): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Area di intervento|Intervention area)/ }).getByLabel(label);
  }

  get date(): Locator {
    return this.main.getByLabel(/^(Data|Date)\s*\*?$/);
  }

  get who(): Locator {
    return this.main.getByLabel(/^(Chi \(professionista o servizio\)|Who \(professional or service\))$/);
  }

  get note(): Locator {
    return this.main.getByLabel(/^(Note|Notes)$/);
  }

  get followUpOn(): Locator {
    return this.main.getByLabel(/^(Prossimo follow-up|Next follow-up)$/);
  }

  async followUpError(): Promise<string> {
    return errorOf(this.page, this.followUpOn);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra l'intervento|Record the intervention)$/ });
  }
}
