import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pngSize } from './helpers/png';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';

const APP_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

test('the app loads in Italian with the front desk search box', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/');
  await expect(shell.heading).toHaveText('Sportello');
  await expect(page.getByRole('searchbox', { name: 'Cerca una persona' })).toBeVisible();
  await expect(shell.connectionStatus).toHaveText(/In linea/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // The front desk is the working screen: registration and the day at this desk are there.
  await expect(page.getByRole('main').getByRole('link', { name: 'Registra una nuova persona' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('region', { name: 'Oggi a questo sportello' })).toBeVisible();
});

test('every screen is reachable from the navigation', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/');
  await shell.nav('pathways');
  await expect(shell.heading).toHaveText('Percorsi individualizzati');
  await expect(shell.navLink('pathways')).toHaveAttribute('aria-current', 'page');
  await shell.nav('mediation');
  await expect(shell.heading).toHaveText('Mediazioni');
  await expect(page).toHaveURL(/\/mediation$/);
  await expect(shell.navLink('mediation')).toHaveAttribute('aria-current', 'page');
  await shell.nav('sync');
  await expect(shell.heading).toHaveText('Sincronizzazione');
  await shell.nav('settings');
  await expect(shell.heading).toHaveText('Impostazioni');
  await shell.nav('frontDesk');
  await expect(shell.searchBox).toBeVisible();
});

test('it is installable: manifest with PNG icons of 192 and 512 px, and a service worker', async ({
  page,
  request,
}) => {
  const shell = new AppShell(page);
  await shell.goto('/');

  const manifestHref = await page.evaluate(
    () => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null,
  );
  expect(manifestHref).not.toBeNull();
  const manifestResponse = await request.get(manifestHref!);
  expect(manifestResponse.ok()).toBe(true);
  const manifest = (await manifestResponse.json()) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    icons?: ManifestIcon[];
  };
  expect(manifest.name).toBe('Sportello — Case del Quartiere');
  expect(manifest.short_name).toBe('Sportello');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');

  for (const size of [192, 512]) {
    const icon = manifest.icons?.find((i) => i.sizes === `${size}x${size}` && i.purpose !== 'maskable');
    expect(icon, `manifest icon ${size}x${size}`).toBeDefined();
    const response = await request.get(new URL(icon!.src, manifestHref!).href);
    expect(response.ok(), `GET ${icon!.src}`).toBe(true);
    expect(pngSize(await response.body())).toEqual({ width: size, height: size });
  }
  expect(manifest.icons?.some((i) => i.purpose === 'maskable')).toBe(true);

  await waitForServiceWorkerControl(page);
});

test('offline: the shell, the search box and lazy screens still work', async ({ page, context }) => {
  const shell = new AppShell(page);
  await shell.goto('/');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(shell.heading).toHaveText('Sportello');
  await expect(shell.searchBox).toBeVisible();
  await expect(shell.connectionStatus).toHaveText(/Non in linea/);

  // A lazily loaded screen comes from the precache too.
  await shell.nav('settings');
  await expect(shell.heading).toHaveText('Impostazioni');

  await context.setOffline(false);
  await expect(shell.connectionStatus).toHaveText(/In linea/);
});

test('language: switching to English in settings is remembered across a reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  const shell = settings.shell;
  await settings.goto();
  await expect(shell.navLink('settings')).toHaveText('Impostazioni');

  await settings.switchLanguage('en');
  await expect(shell.navLink('settings')).toHaveText('Settings');
  await expect(shell.heading).toHaveText('Settings');
  await expect(settings.languageSelect).toHaveValue('en');

  await page.reload();
  await expect(shell.heading).toHaveText('Settings');
  await expect(shell.navLink('frontDesk')).toHaveText('Front desk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // The switch in the header works too, from any screen.
  await shell.nav('frontDesk');
  await shell.switchLanguage('it');
  await expect(shell.heading).toHaveText('Sportello');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});

test('settings shows the version and the storage state', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.main.getByText(APP_VERSION, { exact: true })).toBeVisible();
  await expect(settings.persistentStorage).toHaveText(/: (concessa|non concessa)$/);
  await expect(settings.storageUsage).toHaveText(/MB/);
  await settings.requestPersistenceButton.click();
  await expect(settings.persistentStorage).toHaveText(/: (concessa|non concessa)$/);
});

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

test('accessibility: no serious or critical axe violations on the front desk and settings', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.goto('/');
  await expectNoSeriousA11yViolations(page);

  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.persistentStorage).toBeVisible(); // check the loaded state, not the spinner
  await expectNoSeriousA11yViolations(page);
});

// A phone (390 px), and the same phone at 200% zoom (half the CSS pixels): the five entries of
// the bottom bar stay on screen, whole words, each a touch target of at least 44 px.
for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone at 200% zoom', width: 195, height: 422 },
]) {
  test(`${viewport.name}: the navigation fits without scrolling sideways, with big touch targets`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const shell = new AppShell(page);
    await shell.goto('/');
    const bar = shell.navigation.getByRole('list');
    expect(await bar.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
    expect(await shell.navigation.evaluate((nav) => nav.scrollWidth <= nav.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const links = shell.navigation.getByRole('link');
    await expect(links).toHaveCount(5);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(44);
      expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(44);
      // No label is cut: its text fits in its link.
      expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth), await link.innerText()).toBe(true);
    }
    await shell.nav('mediation');
    await expect(shell.heading).toHaveText('Mediazioni');
    await expectNoSeriousA11yViolations(page);
  });
}
