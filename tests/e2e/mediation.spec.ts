import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type arCatalogue from '../../src/forms/catalogues/ar.json';
import type esCatalogue from '../../src/forms/catalogues/es.json';
import { addDays, localDate } from '../../src/domain/dates.ts';
import { type Envelope, withoutEnvelope } from '../../src/domain/records/index.ts';
import { registrationForm } from '../../src/forms/definitions/registration.ts';
import { currentVersion } from '../../src/forms/types.ts';
import { uiWord } from './helpers/formWords';
import { storedDraft, storedPeople } from './helpers/deviceDb';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';
import { AppShell } from './pages/AppShell';
import { FrontDeskPage } from './pages/FrontDeskPage';
import { IntakePage } from './pages/IntakePage';
import { MediationLogPage, MediationSessionPage } from './pages/MediationPages';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonPage } from './pages/PersonPage';

/**
 * Mediation (issue 5), offline in a real Chromium: the registration side by side in her
 * language, presentation mode, the privacy notice and consent in her language, translation
 * corrections, and the mediation log.
 */
const catalogue = (lang: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/forms/catalogues/${lang}.json`, import.meta.url), 'utf8'));
const es = catalogue('es') as typeof esCatalogue;
const ar = catalogue('ar') as typeof arCatalogue;

async function openOffline(page: Page, context: BrowserContext): Promise<AppShell> {
  const shell = new AppShell(page);
  await shell.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await expect(shell.connectionStatus.first()).toHaveText(/Non in linea/);
  return shell;
}

/** Opens a screen by its address; the service worker serves the shell offline. */
async function open(page: Page, shell: AppShell, path: string): Promise<void> {
  await page.goto(path);
  await shell.heading.waitFor();
}

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

const DUE = addDays(localDate(), 75);

interface Answers {
  firstName: string;
  lastName: string;
}

/** The registration form's answers (the first step), the same whatever the language. */
async function fillRegistration(intake: IntakePage, who: Answers, opts: { switchTo?: string } = {}): Promise<void> {
  await intake.input('firstName').fill(who.firstName);
  await intake.input('lastName').fill(who.lastName);
  await intake.option('sex', 'female').check();
  await intake.input('birthDate').fill('1991-06-15');
  await intake.input('birthYear').fill('1991');
  await intake.select('countryOfBirth').selectOption('MA');
  await intake.select('citizenship').selectOption('MA');
  if (opts.switchTo) {
    // Mid-form, she would rather read in another language: every answer stays.
    await intake.herLanguage.selectOption(opts.switchTo);
    await expect(intake.input('firstName')).toHaveValue(who.firstName);
    await expect(intake.option('sex', 'female')).toBeChecked();
    await expect(intake.select('countryOfBirth')).toHaveValue('MA');
  }
  await intake.select('languages').selectOption('ar');
  await intake.select('languages').selectOption('fr');
  await intake.input('phone').fill('+39 347 555 1234');
  await intake.option('knownToSocialServices', 'no').check();
  await intake.option('receivesAdi', 'unknown').check();
  await intake.option('employment', 'homemaker').check();
}

async function fillHousehold(intake: IntakePage): Promise<void> {
  await intake.option('household.pregnant', 'yes').check();
  await intake.input('household.dueDate').fill(DUE);
  await intake.addChild.click();
  await expect(intake.child(1).locator('input[type=date]')).toBeFocused();
  await intake.child(1).locator('input[type=date]').fill('2023-02-11');
  await intake.child(1).locator('input[value="male"]').check();
}

/** A record without what differs between two registrations of the same answers. */
function comparable(p: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = withoutEnvelope(p as Envelope);
  const consent = { ...(rest.consent as Record<string, unknown>) };
  delete consent.language;
  const household = rest.household as { children: Record<string, unknown>[] };
  return {
    ...rest,
    consent,
    household: { ...household, children: household.children.map(({ id: _id, ...child }) => child) },
  };
}

test('offline: registration side by side in Arabic, switched to Spanish mid-form, equals the same answers given in Italian; consent carries notice version and language', async ({ page, context }) => {
  const shell = await openOffline(page, context);
  const intake = new IntakePage(page);
  const log = new MediationLogPage(page);

  await open(page, shell, '/mediation');
  await log.intakeButton.click();
  await expect(shell.heading).toHaveText('Registrazione con la mediatrice');

  // Her language, by its own name, with whether a mediator reviewed it.
  await expect(intake.languageButton('ar')).toContainText('العربية');
  await expect(intake.languageButton('ar')).toContainText('non ancora rivista');
  await expect(intake.languageButton('it')).toContainText('rivista da una mediatrice');
  await intake.languageButton('ar').click();
  await expect(intake.stepHeading).toBeFocused();
  await expect(intake.stepHeading).toHaveText('Parte 1 di 3: Registrazione');

  // Side by side: Arabic right to left, Italian left to right, for every question and option.
  await expect(intake.field('firstName')).toContainText('Nome');
  await expect(intake.field('firstName')).toContainText(ar.forms.registration.fields.firstName.label);
  await expect(intake.field('sex')).toContainText(ar.options.sexes.female);
  const columns = async (which: 'beneficiary' | 'operator') =>
    page.locator(`main [data-column="${which}"]`).evaluateAll((els) => els.map((e) => `${e.getAttribute('lang')}/${e.getAttribute('dir')}`));
  const arabic = await columns('beneficiary');
  expect(arabic.length).toBeGreaterThan(30);
  expect(new Set(arabic)).toEqual(new Set(['ar/rtl']));
  expect(new Set(await columns('operator'))).toEqual(new Set(['it/ltr']));
  await expectNoSeriousA11yViolations(page);

  await fillRegistration(intake, { firstName: 'Fatima', lastName: 'Benali' }, { switchTo: 'es' });
  expect(new Set(await columns('beneficiary'))).toEqual(new Set(['es/ltr']));
  await expect(intake.field('sex')).toContainText(es.options.sexes.female);
  await expect(intake.reviewedBadge).toContainText('non ancora rivista');
  await intake.nextButton.click();

  // Household, in Spanish; presentation mode: one question at a time, full screen, in Spanish.
  await expect(intake.stepHeading).toHaveText('Parte 2 di 3: Nucleo familiare');
  await intake.presentButton.click();
  await expect(intake.presentation).toBeVisible();
  await expect(intake.presentation.locator('[data-field]')).toHaveCount(1);
  await expect(intake.presentation.locator('[data-field="household.pregnant"]')).toContainText(es.forms.household.fields['household.pregnant'].label);
  await expect(intake.presentation.locator('[data-column="beneficiary"]').first()).toHaveAttribute('lang', 'es');
  // The operator reads the Italian in a small line.
  await expect(intake.presentation.locator('[data-field="household.pregnant"] [data-column="operator"]').first()).toHaveText('È in gravidanza?');
  // The view's own words are hers too.
  await expect(intake.presentation).toContainText(uiWord('es', 'progress', { n: 1, total: 2 }));
  await expect(intake.presentationNext).toHaveAccessibleName(es.ui.next);
  await expect(intake.presentationQuestion).toHaveAttribute('dir', 'ltr');
  // She answers herself: the due date question appears.
  await intake.presentation.locator('input[value="yes"]').check();
  await expect(intake.presentation).toContainText(uiWord('es', 'progress', { n: 1, total: 3 }));
  await expectNoSeriousA11yViolations(page);
  await intake.presentationNext.click();
  await expect(intake.presentation.locator('[data-field]')).toHaveCount(1);
  await expect(intake.presentation.locator('[data-field="household.dueDate"]')).toContainText(es.forms.household.fields['household.dueDate'].label);
  await page.keyboard.press('Escape');
  await expect(intake.presentation).toHaveCount(0);
  await expect(intake.presentButton).toBeFocused();
  // What she answered is in the form.
  await expect(intake.option('household.pregnant', 'yes')).toBeChecked();
  await fillHousehold(intake);
  await intake.nextButton.click();

  // The privacy notice in Spanish beside the Italian, then her consent.
  await expect(intake.stepHeading).toHaveText('Parte 3 di 3: Privacy e consenso');
  await expect(intake.notice.locator('[data-column="beneficiary"]')).toContainText(es.notice.title);
  await expect(intake.notice.locator('[data-column="beneficiary"]')).toHaveAttribute('lang', 'es');
  await expect(intake.notice.locator('[data-column="operator"]')).toContainText('Come usiamo i tuoi dati');
  await expect(intake.notice.locator('[data-column="beneficiary"] p')).toHaveCount(es.notice.paragraphs.length);
  await intake.option('consent.status', 'given').check();
  await expect(intake.input('consent.date')).toHaveValue(localDate());
  await expectNoSeriousA11yViolations(page);
  await intake.saveButton.click();

  const person = new PersonPage(page);
  await expect(shell.heading).toHaveText('Fatima Benali');
  await expect(person.savedMessage).toHaveText(/Persona registrata/);

  // The same answers, given in Italian.
  await open(page, shell, '/mediation/intake');
  await intake.languageButton('it').click();
  // One language: no second column.
  await expect(intake.beneficiaryColumns).toHaveCount(0);
  await fillRegistration(intake, { firstName: 'Fatima', lastName: 'Benali' });
  await intake.nextButton.click();
  await fillHousehold(intake);
  await intake.nextButton.click();
  await intake.option('consent.status', 'given').check();
  await intake.saveButton.click();
  await expect(shell.heading).toHaveText('Fatima Benali');

  const people = (await storedPeople(page)).filter((p) => p.lastName === 'Benali');
  expect(people).toHaveLength(2);
  const [spanish, italian] = [...people].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  const fields = new Set([...Object.keys(comparable(spanish!)), ...Object.keys(comparable(italian!))]);
  for (const field of fields) {
    expect(comparable(spanish!)[field], field).toEqual(comparable(italian!)[field]);
  }
  // Filled with the current registration form (version 2 added the operator's notes).
  expect(spanish!.formVersion).toBe(currentVersion(registrationForm).version);
  expect(spanish!.household).toMatchObject({ pregnant: true, dueDate: DUE });
  expect(spanish!.languages).toEqual(['ar', 'fr']);
  // The consent: given today, on notice version 1, in the language it was shown in, by her operator.
  expect(spanish!.consent).toMatchObject({ status: 'given', date: localDate(), noticeVersion: es.notice.version, language: 'es' });
  expect(italian!.consent).toMatchObject({ status: 'given', noticeVersion: 1, language: 'it' });
  expect((spanish!.consent as { operatorId: string }).operatorId).toBe(spanish!.updatedBy);
});

test('offline: unanswered questions are explained next to them, in the operator\'s language, and nothing is lost', async ({ page, context }) => {
  const shell = await openOffline(page, context);
  const intake = new IntakePage(page);
  await open(page, shell, '/mediation/intake');
  await intake.languageButton('pcm').click();
  await intake.input('firstName').fill('Blessing');
  await intake.nextButton.click();
  // Still on the first part, focus on the first question to answer.
  await expect(intake.stepHeading).toHaveText('Parte 1 di 3: Registrazione');
  await expect(intake.input('lastName')).toBeFocused();
  await expect(intake.input('lastName')).toHaveAttribute('aria-invalid', 'true');
  await expect(intake.field('lastName')).toContainText('Campo obbligatorio');
  await expect(intake.field('sex')).toContainText('Campo obbligatorio');
  await expect(intake.input('firstName')).toHaveValue('Blessing');
  await expectNoSeriousA11yViolations(page);

  // A reload keeps the draft, with her language.
  await intake.input('lastName').fill('Okafor');
  await expect(page.getByText(/^Bozza salvata sul dispositivo/)).toBeVisible();
  await expect.poll(() => storedDraft(page, 'mediation.intake')).toContain('Okafor');
  await page.reload();
  await expect(intake.input('lastName')).toHaveValue('Okafor');
  await expect(intake.herLanguage).toHaveValue('pcm');
});

test('offline: presentation mode reads the question aloud only when the device has a voice for her language', async ({ page, context }) => {
  // A device with a Spanish voice and no Nigerian Pidgin one.
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const voices = [{ name: 'Español', lang: 'es-ES', localService: true, default: false, voiceURI: 'es' }];
    const target = new EventTarget();
    const fake = {
      getVoices: () => voices,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
  const shell = await openOffline(page, context);
  const intake = new IntakePage(page);
  await open(page, shell, '/mediation/intake');
  await intake.languageButton('es').click();
  await intake.presentButton.click();
  await expect(intake.readAloud).toBeVisible();
  await intake.readAloud.click();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
  expect(spoken).toEqual([{ text: es.forms.registration.fields.firstName.label, lang: 'es-ES' }]);
  await intake.closePresentation.click();

  await intake.herLanguage.selectOption('pcm');
  await intake.presentButton.click();
  await expect(intake.presentation.locator('[data-field="firstName"]')).toBeVisible();
  await expect(intake.readAloud).toHaveCount(0);
});

test('offline: a mediator proposes a better translation; the form shows it at once and the list of proposals has it', async ({ page, context }) => {
  const shell = await openOffline(page, context);
  const intake = new IntakePage(page);
  await open(page, shell, '/mediation/intake');
  await intake.languageButton('ar').click();
  await intake.reviewButton.click();
  await expect(intake.reviewButton).toHaveAttribute('aria-pressed', 'true');
  await intake.field('knownToSocialServices').getByRole('button', { name: /^Traduzione di/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const question = dialog.getByRole('group').first();
  await question.getByLabel('Come dovrebbe essere').fill('هل يتابعك مكتب الخدمات الاجتماعية؟');
  await question.getByRole('button', { name: 'Proponi la correzione' }).click();
  await expect(question.getByRole('status')).toHaveText(/Correzione salvata/);
  // The answer "yes" is right as it is.
  const yes = dialog.getByRole('group').nth(1);
  await yes.getByRole('button', { name: /La traduzione è giusta/ }).click();
  await expect(yes.getByRole('status')).toHaveText('Traduzione confermata.');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(intake.field('knownToSocialServices')).toContainText('هل يتابعك مكتب الخدمات الاجتماعية؟');
  await expect(intake.field('knownToSocialServices')).not.toContainText(ar.forms.registration.fields.knownToSocialServices.label);

  await open(page, shell, '/mediation/translations');
  await page.getByRole('main').getByLabel('Lingua', { exact: true }).selectOption('ar');
  const list = page.getByRole('main').getByRole('list', { name: /^Correzioni in/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('هل يتابعك مكتب الخدمات الاجتماعية؟');
  await expect(list).toContainText('Proposta');
  await expect(list).toContainText('Confermata');
  await expectNoSeriousA11yViolations(page);
});

test('offline: two mediation sessions, from her page and from the log, are listed under the month with the total hours', async ({ page, context }) => {
  const shell = await openOffline(page, context);
  const desk = new FrontDeskPage(page);
  const person = new PersonPage(page);
  const session = new MediationSessionPage(page);
  const log = new MediationLogPage(page);
  const month = localDate().slice(0, 7);

  await desk.registerButton.click();
  const form = new PersonFormPage(page);
  await form.fill({ firstName: 'Rosa', lastName: 'Quispe', birthYear: '1988', languages: ['es', 'qu'] });
  await form.saveButton.click();
  await expect(shell.heading).toHaveText('Rosa Quispe');

  // She completes her details with a mediator, in Spanish: what she gave at the desk is there.
  await person.main.getByRole('link', { name: 'Dati con la mediatrice' }).click();
  await expect(shell.heading).toHaveText('Dati con la mediatrice: Rosa Quispe');
  const intake = new IntakePage(page);
  await intake.main.getByText('Dati già registrati').click();
  await expect(intake.main.locator('.on-record [data-field="lastName"]')).toContainText('Quispe');
  await intake.languageButton('es').click();
  await expect(intake.input('lastName')).toHaveValue('Quispe');
  await expect(intake.input('birthYear')).toHaveValue('1988');
  await intake.option('employment', 'irregular').check();
  await intake.nextButton.click();
  await intake.nextButton.click();
  await intake.option('consent.status', 'given').check();
  await intake.saveButton.click();
  await expect(person.savedMessage).toHaveText(/Modifiche salvate/);
  const rosa = (await storedPeople(page)).find((p) => p.lastName === 'Quispe')!;
  expect(rosa).toMatchObject({ employment: 'irregular', languages: ['es', 'qu'], formVersion: currentVersion(registrationForm).version });
  expect(rosa.consent).toMatchObject({ status: 'given', language: 'es', noticeVersion: 1 });

  // From her page: the mediator is the operator, the language hers.
  await person.main.getByRole('link', { name: 'Registra una mediazione' }).click();
  await expect(shell.heading).toHaveText('Nuova mediazione: Rosa Quispe');
  await expect(session.mediator).toHaveValue(/.+/);
  await expect(session.language).toHaveValue('es');
  await session.saveButton.click();
  await expect(session.main.getByRole('radiogroup', { name: /^Contesto/ })).toContainText('Campo obbligatorio');
  await expect(session.main.getByRole('group', { name: /^Durata/ })).toContainText('Durata non plausibile');
  await expectNoSeriousA11yViolations(page);
  await session.setting('Consultorio').check();
  await session.hours.fill('1');
  await session.minutes.fill('30');
  await session.note.fill('Accompagnata al primo colloquio.');
  await session.saveButton.click();
  await expect(person.savedMessage).toHaveText(/Mediazione registrata\./);
  await expect(person.timelineEntries.first()).toContainText('Mediazione linguistica: spagnolo');
  await expect(person.timelineEntries.first()).toContainText('1 h 30 min');

  // From the log: she is looked up by name.
  await open(page, shell, '/mediation');
  await log.newSessionButton.click();
  await session.findPerson.fill('rosa');
  await session.foundPerson(/Rosa Quispe/).click();
  await expect(session.language).toHaveValue('es');
  await session.setting('Ospedale / punto nascita').check();
  await session.hours.fill('2');
  await session.saveButton.click();
  await expect(log.savedMessage).toHaveText(/Mediazione registrata/);

  await expect(log.sessionsOf(month)).toHaveCount(2);
  await expect(log.totalSessions(month)).toHaveText('2 mediazioni');
  await expect(log.totalHours(month)).toHaveText('in tutto 3 h 30 min');
  await expect(log.month(month)).toContainText('Rosa Quispe');
  await expectNoSeriousA11yViolations(page);

  // Everyone's sessions, with the mediator named.
  await log.main.getByLabel('Mediatrice').selectOption('all');
  await expect(log.sessionsOf(month)).toHaveCount(2);
  await expect(log.month(month)).toContainText('Operatrice Prova');
});

for (const viewport of [
  { name: 'tablet portrait', width: 800, height: 1280 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`offline, ${viewport.name}: side by side and presentation mode fit the screen, with big touch targets`, async ({ page, context }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const shell = await openOffline(page, context);
    const intake = new IntakePage(page);
    await open(page, shell, '/mediation/intake');
    await intake.languageButton('ar').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await intake.presentButton.click();
    // Her words and her direction: the Arabic "Next" of the catalogue, right to left, on the left.
    await expect(intake.presentationNext).toHaveAccessibleName(ar.ui.next);
    await expect(intake.presentationQuestion).toHaveAttribute('dir', 'rtl');
    await intake.presentationNext.click();
    await intake.presentationNext.click();
    const [next, back] = [await intake.presentationNext.boundingBox(), await intake.presentationBack.boundingBox()];
    expect(next!.x + next!.width).toBeLessThanOrEqual(back!.x);
    const female = intake.presentation.locator('label:has(input[value="female"])');
    for (const target of [female, intake.presentationNext, intake.closePresentation]) {
      const box = await target.boundingBox();
      expect(box!.height, String(target)).toBeGreaterThanOrEqual(44);
      expect(box!.width, String(target)).toBeGreaterThanOrEqual(44);
    }
    // The question fills the screen; nothing scrolls sideways.
    const dialogBox = await intake.presentation.boundingBox();
    expect(dialogBox!.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
