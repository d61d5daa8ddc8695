import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addDays, localDate } from '../../src/domain/dates.ts';
import { E2E_COORDINATOR, E2E_USER, type E2eUser } from './fixtures';
import { pngSize } from './helpers/png';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';
import { AppShell } from './pages/AppShell';
import { ClosePathwayPage } from './pages/ClosePathwayPage';
import { FrontDeskPage } from './pages/FrontDeskPage';
import { GrantFormPage } from './pages/GrantFormPage';
import { InterventionFormPage } from './pages/InterventionFormPage';
import { MyPathwaysPage } from './pages/MyPathwaysPage';
import { GRANT_BUTTONS, PathwayPage } from './pages/PathwayPage';
import { PathwayFormPage } from './pages/PathwayFormPage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonPage } from './pages/PersonPage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncPage } from './pages/SyncPage';

/**
 * Care pathways and inclusion grants on a tablet with no network: the operator logs in once
 * (that needs the server), the service worker takes over, and everything else happens offline.
 * Only a coordinator approves a grant: a story that needs approval on one offline tablet is the
 * coordinator's, or the operator syncs and a coordinator approves on her own tablet.
 */
async function openOffline(page: Page, context: BrowserContext, user: E2eUser = E2E_USER): Promise<FrontDeskPage> {
  const desk = new FrontDeskPage(page);
  await desk.shell.goto('/', user);
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await expect(desk.shell.connectionStatus.first()).toHaveText(/Non in linea/);
  return desk;
}

async function registerAndOpenPage(page: Page, desk: FrontDeskPage, firstName: string, lastName: string): Promise<void> {
  await desk.shell.nav('frontDesk');
  await desk.registerButton.click();
  const form = new PersonFormPage(page);
  await form.fill({ firstName, lastName, birthYear: '1988' });
  await form.saveButton.click();
  await expect(desk.shell.heading).toHaveText(`${firstName} ${lastName}`);
}

/** From her page: opens a pathway with the given goals and lands on the pathway's page. */
async function openPathway(page: Page, goals: string[] = ['Iscrizione del bambino al nido']): Promise<PathwayPage> {
  const form = new PathwayFormPage(page);
  await form.openButton.click();
  await form.fill({
    fragilities: [/^Disoccupazione$/, /^Carico di cura$/],
    mainRequest: 'Sostegno per il corredino e le bollette',
    goals: goals.map((text, i) => ({ text, ...(i === 1 ? { status: /^In corso$/ } : {}) })),
  });
  await form.saveButton.click();
  const pathway = new PathwayPage(page);
  await expect(pathway.savedMessage).toHaveText(/Percorso aperto/);
  return pathway;
}

async function proposeGrant(page: Page, pathway: PathwayPage, type: RegExp, amount: string): Promise<void> {
  await pathway.proposeGrantButton.click();
  const form = new GrantFormPage(page);
  await form.propose({ type, amount, purpose: 'Spesa concordata con il case manager' });
  await expect(pathway.savedMessage).toHaveText(/Dote proposta/);
}

async function markPaid(pathway: PathwayPage, grant: RegExp): Promise<void> {
  await pathway.grantButton(grant, GRANT_BUTTONS.pay).click();
  await expect(pathway.grantStatus(grant)).toHaveText(/Erogata/);
}

/** A coordinator's own step, then the payment. */
async function approveAndPay(pathway: PathwayPage, grant: RegExp): Promise<void> {
  await pathway.grantButton(grant, GRANT_BUTTONS.approve).click();
  await expect(pathway.grantStatus(grant)).toHaveText(/Approvata/);
  await markPaid(pathway, grant);
}

/** From any screen of an online tablet: "Sync now" on the sync screen, until everything has reached the server. */
async function syncTablet(page: Page): Promise<void> {
  const sync = new SyncPage(page);
  await new AppShell(page).nav('sync');
  await sync.syncNowAndWait();
  await expect(sync.safeToHandOver).toBeVisible();
}

/**
 * The coordinator's tablet, a browser of its own and online: she logs in, syncs, finds the person
 * at the front desk, opens her open pathway from her page, approves each grant, and syncs again.
 */
async function approveOnCoordinatorTablet(browser: Browser, personName: string, grants: RegExp[]): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const desk = new FrontDeskPage(page);
    await desk.shell.goto('/', E2E_COORDINATOR);
    await syncTablet(page);
    await desk.shell.nav('frontDesk');
    await desk.search(personName);
    await desk.resultLink(personName).click();
    await new PersonPage(page).openPathwayLink.click();
    const pathway = new PathwayPage(page);
    for (const grant of grants) {
      await expect(pathway.grantStatus(grant)).toHaveText(/Proposta/);
      await expect(pathway.grantAwaitingApproval(grant)).toHaveCount(0);
      await pathway.grantButton(grant, GRANT_BUTTONS.approve).click();
      await expect(pathway.grantStatus(grant)).toHaveText(/Approvata/);
    }
    await syncTablet(page);
  } finally {
    await context.close();
  }
}

/** A 3000×2000 photo-like PNG drawn on a canvas, written to a temporary file. */
async function largePngFile(page: Page): Promise<string> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(3000, 2000);
    const ctx = canvas.getContext('2d')!;
    const gradient = ctx.createLinearGradient(0, 0, 3000, 2000);
    gradient.addColorStop(0, '#ffffff');
    gradient.addColorStop(1, '#336699');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 3000, 2000);
    ctx.fillStyle = '#111111';
    ctx.font = '110px sans-serif';
    for (let i = 0; i < 14; i++) ctx.fillText(`Scontrino ${i + 1} — kit neonato € 450,00`, 80, 140 * (i + 1));
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  const bytes = Buffer.from(base64, 'base64');
  expect(pngSize(bytes)).toEqual({ width: 3000, height: 2000 });
  const path = join(mkdtempSync(join(tmpdir(), 'sportello-receipt-')), 'scontrino-kit.png');
  writeFileSync(path, bytes);
  return path;
}

interface StoredAttachment {
  id: string;
  ownerId: string;
  name: string;
  mimeType: string;
  size: number;
  blobSize: number;
  width: number;
  height: number;
}

/** The attachment records and their bytes as this device stores them, read straight from IndexedDB. */
async function storedAttachments(page: Page): Promise<StoredAttachment[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sportello');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const records = await all<{ id: string; ownerId: string; name: string; mimeType: string; size: number }>('attachments');
    const blobs = await all<{ id: string; blob: Blob }>('attachmentBlobs');
    const out = [];
    for (const r of records) {
      const row = blobs.find((b) => b.id === r.id);
      let width = 0;
      let height = 0;
      if (row && row.blob.type.startsWith('image/')) {
        const bitmap = await createImageBitmap(row.blob);
        ({ width, height } = bitmap);
        bitmap.close();
      }
      out.push({ id: r.id, ownerId: r.ownerId, name: r.name, mimeType: r.mimeType, size: r.size, blobSize: row?.blob.size ?? -1, width, height });
    }
    db.close();
    return out;
  });
}

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

const KIT = /^Kit neonato: 450,00/;
const BILLS = /^Utenze domestiche: 250,00/;

test('offline but for one sync: a pathway with two goals, a consultation, two grants up to the cap approved by a coordinator, a refused third, a receipt, closing — all on her page after a reload', async ({ page, context, browser }) => {
  const desk = await openOffline(page, context);
  await registerAndOpenPage(page, desk, 'Blessing', 'Okafor');

  // Open the pathway with two goals.
  const pathway = await openPathway(page, ['Iscrizione del bambino al nido', 'Domanda di Assegno di Inclusione']);
  const pathwayUrl = page.url().replace(/\?.*$/, '');
  await expect(desk.shell.heading).toHaveText('Percorso di Blessing Okafor');
  await expect(pathway.status).toHaveText(/^Aperto dal/);
  await expect(pathway.goals).toHaveCount(2);
  await expect(pathway.goals.nth(1)).toContainText('In corso');

  // A midwife consultation: the area follows the kind of intervention.
  await pathway.addInterventionButton.click();
  const intervention = new InterventionFormPage(page);
  await intervention.type('Consulenza ostetrica').check();
  await expect(intervention.area('Supporto alla salute materno-infantile')).toBeChecked();
  await intervention.who.fill('Ostetrica del consultorio di via Nizza');
  await intervention.note.fill('Consulenza sull’allattamento');
  const followUp = addDays(localDate(), 7);
  await intervention.followUpOn.fill(followUp);
  await intervention.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Intervento registrato/);
  await expect(pathway.timeline.getByRole('listitem')).toHaveCount(1);
  await expect(pathway.timeline).toContainText('Intervento: Consulenza ostetrica');

  // Two grants that together reach the €700 cap, each approved by a coordinator and paid.
  await proposeGrant(page, pathway, /^Kit neonato$/, '450');
  await expect(pathway.allowance).toContainText(/restano 250,00/);
  await expect(pathway.grantStatus(KIT)).toHaveText(/Proposta/);
  // No payment before approval: the step is not even offered.
  await expect(pathway.grantButton(KIT, GRANT_BUTTONS.pay)).toHaveCount(0);
  await proposeGrant(page, pathway, /^Utenze domestiche$/, '250,00');
  // Back online for a moment: the proposals reach the server, a coordinator approves them on her tablet.
  await context.setOffline(false);
  await expect(desk.shell.connectionStatus.first()).toHaveText(/In linea/);
  await syncTablet(page);
  await approveOnCoordinatorTablet(browser, 'Blessing Okafor', [KIT, BILLS]);
  await syncTablet(page);
  await context.setOffline(true);
  await expect(desk.shell.connectionStatus.first()).toHaveText(/Non in linea/);
  await page.goto(pathwayUrl);
  await expect(pathway.grantStatus(KIT)).toHaveText(/Approvata/);
  await markPaid(pathway, KIT);
  await expect(pathway.grantStatus(BILLS)).toHaveText(/Approvata/);
  await markPaid(pathway, BILLS);
  await expect(pathway.allowance).toContainText(/Impegnati 700,00\s€.*restano 0,00/);

  // A third is refused, saying what remains; what was typed stays.
  await pathway.proposeGrantButton.click();
  const grantForm = new GrantFormPage(page);
  await expect(grantForm.allowance).toContainText(/restano 0,00/);
  await grantForm.expenseType(/^Tasse scolastiche$/).check();
  await grantForm.amount.fill('50');
  await grantForm.purpose.fill('Iscrizione alla scuola dell’infanzia');
  await grantForm.saveButton.click();
  await expect(grantForm.amount).toHaveAttribute('aria-invalid', 'true');
  await expect(grantForm.amount).toBeFocused();
  expect(await grantForm.amountError()).toMatch(/^Supera il tetto per il nucleo di 700,00\s€: restano 0,00\s€\. Solo un coordinatore/);
  await expect(grantForm.amount).toHaveValue('50');
  await expect(grantForm.purpose).toHaveValue('Iscrizione alla scuola dell’infanzia');
  await grantForm.cancelButton.click();
  await expect(pathway.grant(/^Tasse scolastiche/)).toHaveCount(0);

  // "My pathways" lists the pathway, its follow-up and the grants waiting for a receipt.
  await desk.shell.nav('pathways');
  const mine = new MyPathwaysPage(page);
  await expect(mine.openPathways.getByRole('listitem')).toHaveCount(1);
  await expect(mine.openPathways).toContainText('Blessing Okafor');
  await expect(mine.followUps.getByRole('listitem')).toHaveCount(1);
  await expect(mine.followUps).toContainText('Consulenza ostetrica: Blessing Okafor');
  await expect(mine.awaitingReceipt.getByRole('listitem')).toHaveCount(2);
  await mine.openPathwayLink(/Blessing Okafor/).click();

  // A receipt photo of 3000×2000 px is stored downscaled to 1600 px, then the grant is accounted for.
  await pathway.receiptInput(KIT).setInputFiles(await largePngFile(page));
  await expect(pathway.grant(KIT)).toContainText('Ricevuta allegata: scontrino-kit.jpg');
  await expect(pathway.grant(KIT).getByRole('listitem')).toContainText('scontrino-kit.jpg');
  const [stored] = await storedAttachments(page);
  expect(stored).toMatchObject({ name: 'scontrino-kit.jpg', mimeType: 'image/jpeg', width: 1600, height: 1067 });
  expect(stored!.blobSize).toBe(stored!.size);
  await pathway.grantButton(KIT, GRANT_BUTTONS.account).click();
  await expect(pathway.grantStatus(KIT)).toHaveText(/Rendicontata/);
  await desk.shell.nav('pathways');
  await expect(mine.awaitingReceipt.getByRole('listitem')).toHaveCount(1);
  await mine.openPathwayLink(/Blessing Okafor/).click();

  // Close the pathway with an outcome and each goal's final status.
  await pathway.closeButton.click();
  const close = new ClosePathwayPage(page);
  await close.outcome.fill('Bambino iscritto al nido; ADI richiesto');
  await close.goalStatus('Iscrizione del bambino al nido', /^Raggiunto$/).check();
  await close.goalStatus('Domanda di Assegno di Inclusione', /^Abbandonato$/).check();
  await close.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Percorso chiuso/);
  await expect(pathway.status).toHaveText(/^Chiuso il/);
  await expect(pathway.goals.first()).toContainText('Raggiunto');

  // After a reload (still offline) everything is on her page.
  await page.reload();
  await expect(pathway.grant(KIT).getByRole('link', { name: /^Apri/ })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Scheda di Blessing Okafor' }).click();
  const person = new PersonPage(page);
  await expect(person.timelineEntries).toHaveCount(5);
  await expect(person.timelineEntries.first()).toContainText('Percorso individualizzato chiuso');
  await expect(person.timelineEntries.first()).toContainText('Bambino iscritto al nido');
  await expect(person.timeline).toContainText('Aperto un percorso individualizzato');
  await expect(person.timeline).toContainText('Intervento: Consulenza ostetrica');
  await expect(person.timeline).toContainText('Dote di inclusione: Kit neonato');
  await expect(person.timeline).toContainText('Rendicontata (1 ricevuta)');
  await expect(person.timeline).toContainText('Dote di inclusione: Utenze domestiche');
  await expect(person.pathways).toContainText(/Chiuso, aperto il/);
});

test('online: an operator proposes a grant and waits; a coordinator approves it on her own tablet after a sync; the operator sees it approved', async ({ page, browser }) => {
  const desk = new FrontDeskPage(page);
  await desk.shell.goto('/', E2E_USER);
  await registerAndOpenPage(page, desk, 'Mariam', 'Diallo');
  const pathway = await openPathway(page);
  await proposeGrant(page, pathway, /^Kit neonato$/, '200');
  const grant = /^(Kit neonato: 200,00|Newborn kit: €200\.00)/;

  // The operator may not approve: no button, a note saying who does; she may still cancel.
  await expect(pathway.grantStatus(grant)).toHaveText(/Proposta/);
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.approve)).toHaveCount(0);
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.pay)).toHaveCount(0);
  await expect(pathway.grantAwaitingApproval(grant)).toHaveText("In attesa dell'approvazione di una coordinatrice o un coordinatore.");
  await desk.shell.switchLanguage('en');
  await expect(pathway.grantAwaitingApproval(grant)).toHaveText("Waiting for a coordinator's approval.");
  await desk.shell.switchLanguage('it');
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.cancel)).toBeVisible();

  await syncTablet(page);
  await approveOnCoordinatorTablet(browser, 'Mariam Diallo', [grant]);

  // After her next sync the operator's card shows the approval, who gave it, and the payment step.
  await syncTablet(page);
  await desk.shell.nav('pathways');
  await new MyPathwaysPage(page).openPathwayLink(/Mariam Diallo/).click();
  await expect(pathway.grantStatus(grant)).toHaveText(/Approvata/);
  await expect(pathway.grant(grant)).toContainText('Coordinatrice Prova');
  await expect(pathway.grantAwaitingApproval(grant)).toHaveCount(0);
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.approve)).toHaveCount(0);
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.pay)).toBeVisible();
});

test('offline, coordinator: receipts survive a reload and count in the storage use shown in settings', async ({ page, context }) => {
  // The coordinator, who approves the grant on this tablet before its receipt is attached.
  const desk = await openOffline(page, context, E2E_COORDINATOR);
  await registerAndOpenPage(page, desk, 'Rosa', 'Quispe');
  const pathway = await openPathway(page);
  const pathwayUrl = page.url();
  await proposeGrant(page, pathway, /^Utenze domestiche$/, '120,50');
  const grant = /^Utenze domestiche: 120,50/;
  await approveAndPay(pathway, grant);

  const settings = new SettingsPage(page);
  const usedMb = async () => {
    await desk.shell.nav('settings');
    const text = (await settings.storageUsage.textContent()) ?? '';
    const match = /([\d.,]+) MB su/.exec(text);
    expect(match, text).not.toBeNull();
    return Number(match![1]!.replace(/\./g, '').replace(',', '.'));
  };
  const before = await usedMb();

  // A 6 MB scanned PDF (random bytes: nothing to compress away).
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(6 * 1024 * 1024)]);
  await page.goto(pathwayUrl);
  await pathway.receiptInput(grant).setInputFiles({ name: 'bolletta-scansionata.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(pathway.grant(grant)).toContainText('Ricevuta allegata: bolletta-scansionata.pdf');

  await page.reload();
  await expect(pathway.grant(grant).getByRole('listitem')).toContainText('bolletta-scansionata.pdf');
  const [stored] = await storedAttachments(page);
  expect(stored).toMatchObject({ name: 'bolletta-scansionata.pdf', mimeType: 'application/pdf', size: pdf.length, blobSize: pdf.length });

  const after = await usedMb();
  // Reported, not asserted beyond the file's own size: the browser decides how it counts.
  console.log(`storage use shown in settings: ${before} MB before the receipt, ${after} MB after`);
  // Chromium's estimate is coarse (here it grows by about 5 MB for the 6 MB file): at least half of it.
  expect(after - before, `storage use ${before} MB → ${after} MB`).toBeGreaterThanOrEqual(3);
});

test('offline, coordinator: bad amounts, files and steps are refused with clear messages, nothing typed is lost', async ({ page, context }) => {
  // The coordinator, who approves the grant on this tablet before it is paid and accounted for.
  const desk = await openOffline(page, context, E2E_COORDINATOR);
  await registerAndOpenPage(page, desk, 'Fatima', 'El Idrissi');
  const pathway = await openPathway(page);
  const pathwayUrl = page.url();

  await pathway.proposeGrantButton.click();
  const form = new GrantFormPage(page);
  await form.expenseType(/^Altro$/).check();
  await form.purpose.fill('Farmaci per il neonato');
  await form.saveButton.click();
  // "Other" needs its text; an empty amount is required.
  await expect(form.expenseOther).toHaveAttribute('aria-invalid', 'true');
  await expect(form.expenseOther).toBeFocused();
  expect(await form.amountError()).toBe('Campo obbligatorio');
  await form.expenseOther.fill('Farmaci');

  for (const [typed, message] of [
    ['-20', 'L’importo deve essere maggiore di zero'],
    ['0', 'L’importo deve essere maggiore di zero'],
    ['venti euro', 'Importo non valido: scrivere ad esempio 120,50'],
    ['12,345', 'Al massimo due decimali'],
  ] as const) {
    await form.amount.fill(typed);
    await form.saveButton.click();
    await expect(form.amount).toHaveAttribute('aria-invalid', 'true');
    expect(await form.amountError(), typed).toBe(message);
    await expect(form.amount).toBeFocused();
    await expect(form.amount).toHaveValue(typed);
    await expect(form.purpose).toHaveValue('Farmaci per il neonato');
  }
  // The same message in English.
  await desk.shell.switchLanguage('en');
  expect(await form.amountError()).toBe('At most two decimals');
  await desk.shell.switchLanguage('it');

  // A reload straight after typing keeps the form as typed (the draft written as the page goes).
  await page.reload();
  await expect(form.amount).toHaveValue('12,345');
  await expect(form.expenseOther).toHaveValue('Farmaci');
  await form.amount.fill('35,90');
  await form.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Dote proposta/);
  const grant = /^Farmaci: 35,90/;

  // Payment before approval is not offered; accounting without a receipt is refused.
  await expect(pathway.grantButton(grant, GRANT_BUTTONS.pay)).toHaveCount(0);
  await approveAndPay(pathway, grant);
  await pathway.grantButton(grant, GRANT_BUTTONS.account).click();
  await expect(pathway.grant(grant).getByRole('alert')).toHaveText('Per rendicontare la dote serve almeno una ricevuta: allegala qui sopra.');
  await expect(pathway.grantStatus(grant)).toHaveText(/Erogata/);

  // A file that is neither an image nor a PDF, and a PDF over 10 MB, are refused.
  const input = pathway.receiptInput(grant);
  await input.setInputFiles({ name: 'ricevuta.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK fake') });
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(await pathway.receiptError(grant)).toBe("Il file non è un'immagine né un PDF: allega una foto o un PDF.");
  await input.setInputFiles({ name: 'scansione-enorme.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) });
  expect(await pathway.receiptError(grant)).toBe('Il file supera 10 MB: allega un file più piccolo.');
  expect(await storedAttachments(page)).toEqual([]);

  // A grant on a closed pathway is refused.
  await pathway.closeButton.click();
  const close = new ClosePathwayPage(page);
  await close.saveButton.click();
  await expect(close.outcome).toHaveAttribute('aria-invalid', 'true');
  await close.outcome.fill('Trasferita in altra città');
  await close.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Percorso chiuso/);
  await expect(pathway.proposeGrantButton).toHaveCount(0);
  await page.goto(`${pathwayUrl.replace(/\?.*$/, '')}/grants/new`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Il percorso è chiuso: non si possono proporre doti/);
  await expect(form.saveButton).toHaveCount(0);

  // Reopened with a reason, it takes grants again.
  await page.goto(pathwayUrl.replace(/\?.*$/, ''));
  await pathway.reopenButton.click();
  await expect(pathway.reopenReason).toHaveAttribute('aria-invalid', 'true');
  await pathway.reopenReason.fill('Tornata a Torino');
  await pathway.reopenButton.click();
  await expect(pathway.savedMessage).toHaveText(/Percorso riaperto/);
  await expect(pathway.proposeGrantButton).toBeVisible();
  await expect(page.getByRole('main').getByRole('region', { name: 'Situazione' })).toContainText('Tornata a Torino');

  // Goals are updated on the open pathway: one reached, one added; an empty goal is refused.
  await pathway.editButton.click();
  const edit = new PathwayFormPage(page);
  await edit.goalStatus(1, /^Raggiunto$/).check();
  await edit.addGoalButton.click();
  await edit.saveButton.click();
  await expect(edit.goalText(2)).toHaveAttribute('aria-invalid', 'true');
  await expect(edit.goalText(2)).toBeFocused();
  await edit.goalText(2).fill('Cercare una casa più grande');
  await edit.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Modifiche salvate/);
  await expect(pathway.goals).toHaveCount(2);
  await expect(pathway.goals.first()).toContainText('Raggiunto');
  await expect(pathway.goals.nth(1)).toContainText('Cercare una casa più grande');
});

test('offline, coordinator: sets the household cap, and goes over it with a recorded exception', async ({ page, context }) => {
  const desk = await openOffline(page, context, E2E_COORDINATOR);
  await desk.shell.nav('pathways');
  const mine = new MyPathwaysPage(page);
  await expect(mine.householdCap).toContainText(/700,00\s€ \(valore predefinito\)/);
  const cap = mine.householdCap.getByLabel(/^Nuovo tetto in euro/);
  await cap.fill('800');
  await mine.householdCap.getByRole('button', { name: 'Aggiorna il tetto' }).click();
  await expect(mine.householdCap.getByTestId('household-cap-current')).toContainText('800,00');

  await registerAndOpenPage(page, desk, 'Grace', 'Adeyemi');
  const pathway = await openPathway(page);
  await proposeGrant(page, pathway, /^Attrezzature per l’infanzia$/, '700');
  await expect(pathway.allowance).toContainText(/restano 100,00/);

  await pathway.proposeGrantButton.click();
  const form = new GrantFormPage(page);
  await form.expenseType(/^Utenze domestiche$/).check();
  await form.amount.fill('150');
  await form.saveButton.click();
  expect(await form.amountError()).toMatch(/^Supera il tetto per il nucleo di 800,00\s€: restano 100,00\s€\.$/);
  await expect(form.exceptionReason).toHaveAttribute('aria-invalid', 'true');
  await form.exceptionReason.fill('Distacco del gas imminente, due bambini piccoli');
  await form.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Dote proposta/);
  await expect(pathway.grant(/^Utenze domestiche: 150,00/)).toContainText('Distacco del gas imminente, due bambini piccoli (Coordinatrice Prova');
  await expect(pathway.allowance).toContainText(/Impegnati 850,00\s€.*restano 0,00/);
});

test('accessibility, coordinator: my pathways, the pathway page and the grant form have no serious axe violations', async ({ page, context }) => {
  // The coordinator, who approves the grant on this tablet so that its card takes receipts.
  const desk = await openOffline(page, context, E2E_COORDINATOR);
  await desk.shell.nav('pathways');
  await expect(new MyPathwaysPage(page).openPathways).toContainText(/Nessun percorso aperto|Blessing|Rosa|Fatima/);
  await expectNoSeriousA11yViolations(page);

  await registerAndOpenPage(page, desk, 'Aïcha', 'Mohammed');
  const pathway = await openPathway(page, ['Trovare un nido', 'Rinnovo del permesso']);
  await proposeGrant(page, pathway, /^Kit neonato$/, '300');
  await pathway.grantButton(/^Kit neonato: 300,00/, GRANT_BUTTONS.approve).click();
  await expect(pathway.receiptInput(/^Kit neonato: 300,00/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await pathway.proposeGrantButton.click();
  const form = new GrantFormPage(page);
  await form.amount.fill('12,345');
  await form.saveButton.click();
  await expect(form.amount).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);

  await form.cancelButton.click();
  await pathway.addInterventionButton.click();
  await new InterventionFormPage(page).saveButton.click();
  await expectNoSeriousA11yViolations(page);
});

for (const viewport of [
  { name: 'tablet landscape', width: 1024, height: 768 },
  { name: 'tablet portrait', width: 800, height: 1280 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`offline, ${viewport.name}: the pathway page and the grant form fit, with 44 px touch targets`, async ({ page, context }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const desk = await openOffline(page, context);
    await registerAndOpenPage(page, desk, 'Amina', 'Bello');
    const pathway = await openPathway(page, ['Iscrizione al nido', 'Corso di italiano']);
    const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noHorizontalScroll()).toBe(true);
    await pathway.proposeGrantButton.click();
    const form = new GrantFormPage(page);
    expect(await noHorizontalScroll()).toBe(true);
    for (const target of [form.expenseType(/^Kit neonato$/).locator('xpath=..'), form.amount, form.saveButton]) {
      const box = await target.boundingBox();
      expect(box!.height, String(target)).toBeGreaterThanOrEqual(44);
    }
  });
}

test('offline: an overdue follow-up stays in “My pathways”, first and said late, until an intervention on a later day does it', async ({ page, context }) => {
  const desk = await openOffline(page, context);
  await registerAndOpenPage(page, desk, 'Joy', 'Eze');
  const pathway = await openPathway(page);
  const today = localDate();

  // Ten days ago, a consultation whose follow-up was due three days ago; a follow-up before it is refused beside the field.
  await pathway.addInterventionButton.click();
  const intervention = new InterventionFormPage(page);
  await intervention.type('Consulenza ostetrica').check();
  await intervention.date.fill(addDays(today, -10));
  await intervention.followUpOn.fill(addDays(today, -12));
  await intervention.saveButton.click();
  await expect(intervention.followUpOn).toHaveAttribute('aria-invalid', 'true');
  await expect(intervention.followUpOn).toBeFocused();
  expect(await intervention.followUpError()).toBe('Il follow-up non può precedere la data dell’intervento');
  await intervention.followUpOn.fill(addDays(today, -3));
  await intervention.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Intervento registrato/);

  // The same day, a home visit planning the next one in five days.
  await pathway.addInterventionButton.click();
  await intervention.type('Visita domiciliare').check();
  await intervention.date.fill(addDays(today, -10));
  await intervention.followUpOn.fill(addDays(today, 5));
  await intervention.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Intervento registrato/);

  await desk.shell.nav('pathways');
  const mine = new MyPathwaysPage(page);
  const hers = mine.followUps.getByRole('listitem').filter({ hasText: 'Joy Eze' });
  await expect(hers).toHaveCount(2);
  await expect(hers.nth(0)).toContainText('In ritardo di 3 giorni');
  await expect(hers.nth(0)).toContainText('Consulenza ostetrica: Joy Eze');
  await expect(hers.nth(1)).toContainText('Tra 5 giorni');
  await expect(hers.nth(1)).toContainText('Visita domiciliare: Joy Eze');
  // Listed first of all: the late one comes before anything due today or later.
  await expect(mine.followUps.getByRole('listitem').first()).toContainText('In ritardo di 3 giorni');
  await expect(mine.openPathwayLink(/Joy Eze/)).toContainText(/Follow-up del .+: in ritardo di 3 giorni/);
  await desk.shell.switchLanguage('en');
  await expect(hers.nth(0)).toContainText('3 days late');
  await expect(hers.nth(1)).toContainText('In 5 days');
  await desk.shell.switchLanguage('it');

  // Today's intervention is the follow-up: both are done, and the pathway has none planned.
  await mine.openPathwayLink(/Joy Eze/).click();
  await pathway.addInterventionButton.click();
  await intervention.type('Supporto nelle pratiche').check();
  await intervention.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Intervento registrato/);
  await desk.shell.nav('pathways');
  await expect(mine.openPathwayLink(/Joy Eze/)).toContainText('Nessun follow-up in programma');
  await expect(hers).toHaveCount(0);
});

test('offline, coordinator: closing a pathway asks to cancel each grant not yet paid; they end cancelled and the closed pathway offers no approval', async ({ page, context }) => {
  // The coordinator, to whom "Approva" would be offered if a closed pathway still allowed it.
  const desk = await openOffline(page, context, E2E_COORDINATOR);
  await registerAndOpenPage(page, desk, 'Adaeze', 'Nwosu');
  const pathway = await openPathway(page);
  const kit = /^Kit neonato: 200,00/;
  const bills = /^Utenze domestiche: 100,00/;
  await proposeGrant(page, pathway, /^Kit neonato$/, '200');
  await proposeGrant(page, pathway, /^Utenze domestiche$/, '100');
  await pathway.grantButton(bills, GRANT_BUTTONS.approve).click();
  await expect(pathway.grantStatus(bills)).toHaveText(/Approvata/);
  await expect(pathway.grantButton(kit, GRANT_BUTTONS.approve)).toBeVisible();
  await expect(pathway.allowance).toContainText(/Impegnati 300,00/);

  // Closing asks about each grant, beside it, before anything is written.
  await pathway.closeButton.click();
  const close = new ClosePathwayPage(page);
  await expect(close.grantsNotYetPaid).toContainText('non si può più approvare né pagare');
  await expect(close.grantChoice(/^Kit neonato: 200,00\s€ \(Proposta\)/)).toBeVisible();
  await expect(close.grantChoice(/^Utenze domestiche: 100,00\s€ \(Approvata\)/)).toBeVisible();
  await close.outcome.fill('Trasferita con la famiglia a Milano');
  await close.saveButton.click();
  expect(await close.grantChoiceError(kit)).toBe('Campo obbligatorio');
  expect(await close.grantChoiceError(bills)).toBe('Campo obbligatorio');
  // The newest proposal is listed first, and takes the focus.
  await expect(close.grantCancel(bills)).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // By keyboard for one, by a tap for the other.
  await page.keyboard.press('Space');
  await expect(close.grantCancel(bills)).toBeChecked();
  expect(await close.grantChoiceError(bills)).toBe('');
  await close.saveButton.click();
  expect(await close.grantChoiceError(kit)).toBe('Campo obbligatorio');
  await close.grantCancel(kit).check();
  await close.saveButton.click();
  await expect(pathway.savedMessage).toHaveText(/Percorso chiuso/);

  // Both cancelled, their money back to the household; nothing is offered on them, "Approva" least of all.
  await expect(pathway.status).toHaveText(/^Chiuso il/);
  await expect(pathway.grantStatus(kit)).toHaveText(/Annullata/);
  await expect(pathway.grantStatus(bills)).toHaveText(/Annullata/);
  await expect(pathway.allowance).toContainText(/Impegnati 0,00/);
  await expect(pathway.grantsSection.getByRole('button', { name: GRANT_BUTTONS.approve })).toHaveCount(0);
  await expect(pathway.grantsSection.getByRole('button', { name: GRANT_BUTTONS.pay })).toHaveCount(0);
  await page.reload();
  await expect(pathway.grantStatus(kit)).toHaveText(/Annullata/);
  await expect(pathway.grantsSection.getByRole('button')).toHaveCount(0);
});
