import type { Locator, Page } from '@playwright/test';
import { uiName } from '../helpers/formWords';

/**
 * Registration with a mediator: her language, then the registration, household and consent
 * forms drawn by the generic renderer. Questions are found by their field id (data-field), so
 * the page object works whatever language the questions are shown in.
 */
export class IntakePage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The language buttons of the first step, by language code. */
  languageButton(code: string): Locator {
    return this.main.locator(`button[data-lang="${code}"]`);
  }

  get herLanguage(): Locator {
    return this.main.getByRole('group', { name: /^(Lingua e modalità|Language and mode)$/ }).getByLabel(/^(La sua lingua|Her language)$/);
  }

  get reviewedBadge(): Locator {
    return this.main.getByRole('group', { name: /^(Lingua e modalità|Language and mode)$/ }).locator('.badge');
  }

  get presentButton(): Locator {
    return this.main.getByRole('button', { name: /^(Mostra a lei|Show her)/ });
  }

  get reviewButton(): Locator {
    return this.main.getByRole('button', { name: /^(Rivedi le traduzioni|Review the translations)$/ });
  }

  get stepHeading(): Locator {
    return this.main.getByRole('heading', { level: 2 }).first();
  }

  /** The columns in her language and in the operator's. */
  get beneficiaryColumns(): Locator {
    return this.main.locator('[data-column="beneficiary"]');
  }

  get operatorColumns(): Locator {
    return this.main.locator('[data-column="operator"]');
  }

  field(id: string, scope: Locator = this.main): Locator {
    return scope.locator(`[data-field="${id}"]`);
  }

  input(id: string, scope?: Locator): Locator {
    return this.field(id, scope).locator('input:not([type=radio]):not([type=checkbox]), textarea').first();
  }

  select(id: string, scope?: Locator): Locator {
    return this.field(id, scope).locator('select');
  }

  option(id: string, code: string, scope?: Locator): Locator {
    return this.field(id, scope).locator(`input[value="${code}"]`);
  }

  get addChild(): Locator {
    return this.field('household.children').getByRole('button', { name: /(Aggiungi un figlio o una figlia|Add a child)$/ });
  }

  child(n: number): Locator {
    return this.field('household.children').locator('[data-child]').nth(n - 1);
  }

  get notice(): Locator {
    return this.main.locator('.privacy-notice');
  }

  get nextButton(): Locator {
    return this.main.getByRole('button', { name: /^(Avanti|Next)$/ });
  }

  get backButton(): Locator {
    return this.main.getByRole('button', { name: /^(← )?(Indietro|Back)$/ });
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra la persona|Register the person|Salva i dati|Save the details)$/ });
  }

  /** Presentation mode (a modal dialog over the whole screen); its buttons are in her language. */
  get presentation(): Locator {
    return this.page.getByRole('dialog');
  }

  get presentationNext(): Locator {
    return this.presentation.getByRole('button', { name: uiName('next') });
  }

  get presentationBack(): Locator {
    return this.presentation.getByRole('button', { name: uiName('previous') });
  }

  /** The region of the question shown. */
  get presentationQuestion(): Locator {
    return this.presentation.locator('.presentation__question');
  }

  get presentationDone(): Locator {
    return this.presentation.getByRole('button', { name: uiName('done') });
  }

  get readAloud(): Locator {
    return this.presentation.getByRole('button', { name: uiName('readAloud') });
  }

  get closePresentation(): Locator {
    return this.presentation.getByRole('button', { name: uiName('close') });
  }
}
