import type { Locator, Page } from '@playwright/test';

/** "My pathways" (/pathways): open pathways, follow-ups to do, grants waiting for a receipt. */
export class MyPathwaysPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get openPathways(): Locator {
    return this.main.getByRole('region', { name: /^(Percorsi aperti|Open pathways)$/ });
  }

  /** The link to an open pathway, by the person's name it shows. */
  openPathwayLink(name: RegExp | string): Locator {
    return this.openPathways.getByRole('link', { name });
  }

  get followUps(): Locator {
    return this.main.getByRole('region', { name: /^(Follow-up da fare|Follow-ups to do)$/ });
  }

  get awaitingReceipt(): Locator {
    return this.main.getByRole('region', { name: /^(Doti in attesa di ricevuta|Grants waiting for a receipt)$/ });
  }

  get householdCap(): Locator {
    return this.main.getByRole('region', { name: /^(Tetto delle doti per nucleo|Household cap for grants)$/ });
  }
}
