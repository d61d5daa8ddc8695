import type { Locator, Page } from '@playwright/test';
import { E2E_USER, type E2eUser } from '../fixtures';

/** Either language: page objects must work before and after a language switch. */
export const LABELS = {
  nav: /^(Navigazione principale|Main navigation)$/,
  language: /^(Lingua dell'interfaccia|Interface language)$/,
  search: /^(Cerca una persona|Search for a person)$/,
  loginHeading: /^(Accesso|Log in)$/,
  username: /^(Nome utente|Username)$/,
  password: /^(Password)$/,
  loginButton: /^(Accedi|Log in)$/,
} as const;

export type NavName = 'frontDesk' | 'pathways' | 'mediation' | 'sync' | 'accounts' | 'settings';

const NAV_LINK_NAMES: Record<NavName, RegExp> = {
  frontDesk: /^(Sportello|Front desk)$/,
  pathways: /^(Percorsi|Pathways)$/,
  mediation: /^(Mediazione|Mediation)$/,
  sync: /^(Sincronizzazione|Sync)$/,
  accounts: /^(Account|Accounts)$/,
  settings: /^(Impostazioni|Settings)$/,
};

/** The frame around every screen: header (status, language), navigation, main content. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** Opens a path, logging in first when this browser has no desk session yet. */
  async goto(path = '/', user: E2eUser = E2E_USER): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
    if (await this.page.getByRole('heading', { level: 1, name: LABELS.loginHeading }).isVisible()) {
      await this.login(user);
    }
  }

  async login(user: E2eUser = E2E_USER): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel(LABELS.username).fill(user.username);
    await main.getByLabel(LABELS.password).fill(user.password);
    await main.getByRole('button', { name: LABELS.loginButton }).click();
    await this.page.getByRole('heading', { level: 1, name: LABELS.loginHeading }).waitFor({ state: 'detached' });
    await this.heading.waitFor();
  }

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: LABELS.nav });
  }

  /** The screen's h1. */
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get searchBox(): Locator {
    return this.page.getByRole('main').getByLabel(LABELS.search);
  }

  /** The online/offline indicator in the header. */
  get connectionStatus(): Locator {
    return this.header.getByRole('status');
  }

  navLink(name: NavName): Locator {
    return this.navigation.getByRole('link', { name: NAV_LINK_NAMES[name] });
  }

  async nav(name: NavName): Promise<void> {
    await this.navLink(name).click();
    await this.heading.waitFor();
  }

  /** Uses the language switch in the header, reachable from every screen. */
  async switchLanguage(code: string): Promise<void> {
    await this.header.getByLabel(LABELS.language).selectOption(code);
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  }
}
