import type { Locator, Page } from '@playwright/test';

export interface PathwayInput {
  fragilities?: RegExp[];
  mainRequest?: string;
  goals?: { text: string; status?: RegExp }[];
}

/** Opening (or editing) a care pathway. Labels in either language. */
export class PathwayFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** "Open a pathway" on a person's page. */
  get openButton(): Locator {
    return this.main.getByRole('link', { name: /^(Apri un percorso|Open a pathway)$/ });
  }

  get caseManager(): Locator {
    return this.main.getByLabel(/^(Case manager)/);
  }

  get fragilities(): Locator {
    return this.main.getByRole('group', { name: /^(Fragilità rilevate|Fragilities found)/ });
  }

  get mainRequest(): Locator {
    return this.main.getByLabel(/^(Richiesta principale|Main request)$/);
  }

  get addGoalButton(): Locator {
    return this.main.getByRole('button', { name: /^(Aggiungi un obiettivo|Add a goal)$/ });
  }

  goal(n: number): Locator {
    return this.main.getByRole('group', { name: new RegExp(`^(Obiettivo|Goal) ${n}$`) });
  }

  goalText(n: number): Locator {
    return this.goal(n).getByLabel(/^(Che cosa|What)/);
  }

  goalStatus(n: number, label: RegExp): Locator {
    return this.goal(n).getByRole('radiogroup').getByLabel(label);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Apri il percorso|Open the pathway|Salva le modifiche|Save the changes)$/ });
  }

  async fill(input: PathwayInput): Promise<void> {
    for (const f of input.fragilities ?? []) await this.fragilities.getByLabel(f).check();
    if (input.mainRequest) await this.mainRequest.fill(input.mainRequest);
    for (const [i, goal] of (input.goals ?? []).entries()) {
      await this.addGoalButton.click();
      await this.goalText(i + 1).fill(goal.text);
      if (goal.status) await this.goalStatus(i + 1, goal.status).check();
    }
  }
}
