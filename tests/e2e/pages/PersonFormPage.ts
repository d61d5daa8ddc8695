import type { Locator, Page } from '@playwright/test';

export interface PersonInput {
  firstName: string;
  lastName: string;
  sex?: RegExp;
  birthDate?: string;
  birthYear?: string;
  country?: string;
  languages?: string[];
  phone?: string;
  codiceFiscale?: string;
  children?: string[];
  consentGiven?: boolean;
}

/** The registration form (also the edit form). Labels in either language. */
export class PersonFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get identity(): Locator {
    return this.main.getByRole('group', { name: /^(Registrazione|Registration)$/ });
  }

  get household(): Locator {
    return this.main.getByRole('group', { name: /^(Nucleo familiare|Household)$/ });
  }

  get firstName(): Locator {
    return this.identity.getByLabel(/^(Nome|First name)/);
  }

  get lastName(): Locator {
    return this.identity.getByLabel(/^(Cognome|Last name)/);
  }

  sex(label: RegExp): Locator {
    return this.identity.getByRole('radiogroup', { name: /^(Sesso|Sex)/ }).getByRole('radio', { name: label });
  }

  get birthDate(): Locator {
    return this.identity.getByLabel(/^(Data di nascita|Date of birth)$/);
  }

  get birthYear(): Locator {
    return this.identity.getByLabel(/^(Anno di nascita|Year of birth)$/);
  }

  get countryOfBirth(): Locator {
    return this.identity.getByLabel(/^(Paese di nascita|Country of birth)$/);
  }

  get addLanguage(): Locator {
    return this.identity.getByRole('group', { name: /^(Lingue parlate|Languages spoken)/ }).getByRole('combobox');
  }

  get phone(): Locator {
    return this.identity.getByLabel(/^(Numero di telefono|Phone number)$/);
  }

  get codiceFiscale(): Locator {
    return this.identity.getByLabel(/^Codice fiscale/);
  }

  /** "Is she pregnant?" answered yes or no. */
  pregnant(yes: boolean): Locator {
    return this.household.getByRole('radiogroup', { name: /^(È in gravidanza|Are you pregnant)/ })
      .getByRole('radio', { name: yes ? /^(Sì|Yes)$/ : /^(No)$/ });
  }

  get addChildButton(): Locator {
    return this.household.getByRole('button', { name: /(Aggiungi un figlio o una figlia|Add a child)$/ });
  }

  child(n: number): Locator {
    return this.household.getByRole('group', { name: new RegExp(`^(Figlio/a|Child) ${n}$`) });
  }

  childBirthDate(n: number): Locator {
    return this.child(n).getByLabel(/^(Data di nascita|Date of birth)$/);
  }

  get consentGiven(): Locator {
    return this.main.getByRole('radiogroup', { name: /^(Consenso al trattamento|Consent to data)/ }).getByLabel(/^(Consenso dato|Consent given)$/);
  }

  get saveButton(): Locator {
    return this.main.getByRole('button', { name: /^(Registra la persona|Register the person|Salva le modifiche|Save the changes)$/ });
  }

  get draftSaved(): Locator {
    return this.main.getByText(/^(Bozza salvata sul dispositivo|Draft saved on the device)/);
  }

  get draftRestored(): Locator {
    return this.main.getByText(/^(Ripreso il modulo lasciato a metà|Picked up the form left half-filled)/);
  }

  get duplicates(): Locator {
    return this.main.getByRole('region', { name: /^(Forse è già registrata|Already registered\?)/ });
  }

  /** The error message shown next to a field (through its aria-describedby). */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.filter((t) => t?.includes('⚠')).join(' ').replace('⚠', '').trim();
  }

  async fill(p: PersonInput): Promise<void> {
    await this.firstName.fill(p.firstName);
    await this.lastName.fill(p.lastName);
    await this.sex(p.sex ?? /^(Donna|Woman)$/).check();
    if (p.birthDate) await this.birthDate.fill(p.birthDate);
    if (p.birthYear) await this.birthYear.fill(p.birthYear);
    if (p.country) await this.countryOfBirth.selectOption(p.country);
    for (const code of p.languages ?? []) await this.addLanguage.selectOption(code);
    if (p.phone) await this.phone.fill(p.phone);
    if (p.codiceFiscale) await this.codiceFiscale.fill(p.codiceFiscale);
    for (const [i, date] of (p.children ?? []).entries()) {
      await this.addChildButton.click();
      await this.childBirthDate(i + 1).fill(date);
    }
    if (p.consentGiven) await this.consentGiven.check();
  }
}
