import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN, E2E_USER, type E2eUser } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { AppShell } from './pages/AppShell';
import { SyncPage } from './pages/SyncPage';

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

test('the administrator creates an account, which logs in on another tablet; she cuts that tablet off and it is refused', async ({ page, browser }) => {
  const shell = new AppShell(page);
  await shell.goto('/', E2E_ADMIN);
  await shell.nav('accounts');
  await expect(shell.heading).toHaveText('Account');
  const accounts = new AccountsPage(page);
  await accounts.waitForList();

  const password = await accounts.create({ username: 'e2e.mediatrice', name: 'Mediatrice Nuova', role: /^Mediatrice$/, site: /Barrito/ });
  expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  const card = accounts.account('Mediatrice Nuova');
  await expect(card).toContainText('Mediatrice');
  await expect(card).toContainText('Non ha ancora fatto l\'accesso da nessun dispositivo.');

  // She also works at Vallette: an edit, checked against the same schema as on the server.
  await card.getByRole('button', { name: 'Modifica' }).click();
  const edit = card.getByRole('form', { name: "Modifica l'account di Mediatrice Nuova" });
  await edit.getByRole('checkbox', { name: /Vallette/ }).check();
  await edit.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Modifiche salvate.' })).toBeVisible();
  await expect(card).toContainText(/Barrito.*, .*Vallette/);

  // The new account logs in on a second tablet with the password shown once.
  const newcomer: E2eUser = { username: 'e2e.mediatrice', password, name: 'Mediatrice Nuova', role: 'mediator', sites: 'barrito' };
  const tablet = await browser.newContext();
  const tabletPage = await tablet.newPage();
  const tabletShell = new AppShell(tabletPage);
  await tabletShell.goto('/', newcomer);
  await expect(tabletShell.heading).toHaveText('Sportello');
  await expect(tabletShell.navLink('accounts')).toHaveCount(0); // a mediator is offered no accounts screen

  // The administrator sees that tablet and cuts it off.
  await page.reload();
  await accounts.waitForList();
  await expect(card).toContainText('Accesso attivo');
  await accounts.revokeDevice(card);
  await expect(card.getByRole('status').filter({ hasText: 'Il dispositivo è escluso.' })).toBeVisible();
  await expect(card).toContainText('Escluso o disconnesso');
  await expect(card.getByRole('button', { name: 'Escludi questo dispositivo' })).toHaveCount(0);

  // The tablet's next sync is refused: it says so, and offers to log in again.
  await tabletShell.nav('sync');
  await new SyncPage(tabletPage).syncNow();
  await expect(tabletPage.getByRole('main').getByRole('alert')).toHaveText(/La sessione è scaduta o è stata revocata: accedi di nuovo/);
  await expect(tabletPage.getByRole('main').getByRole('button', { name: 'Accedi di nuovo' })).toBeVisible();
  await tablet.close();
});

test('an operator is offered no accounts screen, and the server refuses it to her', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/', E2E_USER);
  await expect(shell.navLink('sync')).toBeVisible();
  await expect(shell.navLink('accounts')).toHaveCount(0);
  await shell.goto('/admin/accounts', E2E_USER);
  await expect(shell.heading).toHaveText('Account');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Solo gli amministratori possono gestire gli account.');
});

test('offline, the accounts screen says it needs a connection, and loads once back online', async ({ page, context }) => {
  const shell = new AppShell(page);
  await shell.goto('/admin/accounts', E2E_ADMIN);
  await new AccountsPage(page).waitForList();
  await context.setOffline(true);
  await expect(page.getByRole('main').getByRole('heading', { name: 'Questa schermata ha bisogno della connessione' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
  await context.setOffline(false);
  await expect(new AccountsPage(page).account('Amministratrice Prova')).toBeVisible();
});

test('accessibility: the accounts list, the new-account form and a confirmation have no serious axe violations', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/admin/accounts', E2E_ADMIN);
  const accounts = new AccountsPage(page);
  await accounts.waitForList();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Nuovo account' }).click();
  const form = page.getByRole('form', { name: 'Nuovo account' });
  await form.getByRole('button', { name: "Crea l'account" }).click(); // empty: every problem marked
  await expect(form.getByRole('alert').first()).toContainText('campi da correggere');
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Annulla' }).click();

  const other = accounts.account('Operatrice Prova');
  await other.getByRole('button', { name: 'Disattiva' }).click();
  const question = other.getByRole('group', { name: /^Disattivare l'account di Operatrice Prova\?/ });
  await expect(question.getByRole('button', { name: "No, lascia com'è" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await question.getByRole('button', { name: "No, lascia com'è" }).click();
  await expect(other).toContainText('Attivo');

  const own = accounts.account('Amministratrice Prova');
  // The tablet she is using is marked and cannot be cut off from here (her other ones can).
  const thisTablet = own.getByRole('listitem').filter({ hasText: 'Questo dispositivo: per uscirne' });
  await expect(thisTablet).toHaveCount(1);
  await expect(thisTablet.getByRole('button')).toHaveCount(0);
  await own.getByRole('button', { name: 'Reimposta la password' }).click();
  await expect(own.getByRole('form')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
