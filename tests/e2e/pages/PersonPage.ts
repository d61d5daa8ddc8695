import type { Locator, Page } from '@playwright/test';

/** A person's page: her data, "New visit", the timeline, the edit history. */
export class PersonPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get newVisitButton(): Locator {
    return this.main.getByRole('link', { name: /^(Nuovo accesso|New visit)$/ });
  }

  get editButton(): Locator {
    return this.main.getByRole('link', { name: /^(Modifica i dati|Edit details)$/ });
  }

  get timeline(): Locator {
    return this.main.getByRole('list', { name: /^(Storia|History)$/ });
  }

  get timelineEntries(): Locator {
    return this.timeline.locator(':scope > li');
  }

  get timelineHeading(): Locator {
    return this.main.getByRole('heading', { name: /^(Storia|History)$/ });
  }

  /** "Edit" under a visit of the timeline (named "Edit the visit of <day>" for a screen reader). */
  editVisitLink(entry: Locator): Locator {
    return entry.getByRole('link', { name: /^(Modifica l'accesso del|Edit the visit of) / });
  }

  deleteVisitButton(entry: Locator): Locator {
    return entry.getByRole('button', { name: /^(Elimina l'accesso del|Delete the visit of) / });
  }

  /** The question asked before a visit is deleted. */
  get deleteDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: /^(Eliminare l'accesso del|Delete the visit of) / });
  }

  get confirmDeleteButton(): Locator {
    return this.deleteDialog.getByRole('button', { name: /^(Elimina l'accesso|Delete the visit)$/ });
  }

  get cancelDeleteButton(): Locator {
    return this.deleteDialog.getByRole('button', { name: /^(Annulla|Cancel)$/ });
  }

  /** Her pathways, each a link "Aperto, aperto il …" to the pathway's page. */
  get pathways(): Locator {
    return this.main.getByRole('region', { name: /^(Percorsi individualizzati|Care pathways)$/ });
  }

  get openPathwayLink(): Locator {
    return this.pathways.getByRole('link', { name: /^(Aperto, aperto il|Open, opened on) / });
  }

  get savedMessage(): Locator {
    return this.main.locator('.saved-message');
  }

  get history(): Locator {
    return this.main.getByRole('region', { name: /^(Modifiche ai dati|Changes to the details)$/ });
  }
}
