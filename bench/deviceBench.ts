import { buildBenchPage, openBenchPage } from './lib/benchPage.ts';
import { launchDevice } from './lib/chromium.ts';
import { printBreakdown } from './lib/keystrokes.ts';
import { describeLoad } from './lib/machine.ts';
import { budgeted, info, ms, perSecond } from './lib/report.ts';
import { serveStatic } from './lib/staticServer.ts';
import { summarise } from './lib/stats.ts';
import { TYPED_QUERIES } from './browser/names.ts';

/** DESIGN §6: person search while typing at 100,000 people, and saving a visit. */
export const PEOPLE = 100_000;
const CHUNK = 2_000;
const SEARCH_BUDGET_MS = 16;
const SAVE_BUDGET_MS = 50;
const VISITS = 200;

export async function measureDevice(): Promise<void> {
  const root = await buildBenchPage();
  const server = await serveStatic(root);
  const { context, page } = await launchDevice('desk');
  try {
    await openBenchPage(page, server.url);

    console.log(`  seeding ${PEOPLE.toLocaleString('en-US')} people (bulkAdd, chunks of ${CHUNK})…`);
    const seed = await page.evaluate(([n, chunk]) => window.__bench.seedPeople(n, chunk), [PEOPLE, CHUNK] as const);
    console.log(`  generated in ${(seed.generateMs / 1000).toFixed(1)} s; withLocalFields ${(seed.localFieldsMs / 1000).toFixed(1)} s (${seed.keysPerPerson.toFixed(1)} search keys/person)`);
    info(`personSchema.safeParse (${seed.validated.toLocaleString('en-US')} of them)`, `${(seed.validateMs * 1000 / seed.validated).toFixed(0)} µs/record`);
    const rates = seed.chunkRates;
    const tail = rates.slice(-5).reduce((a, b) => a + b, 0) / Math.min(5, rates.length);
    info(`People bulkAdd to ${PEOPLE / 1000}k (DESIGN: ~4.6k rows/s)`, `${perSecond(seed.count / (seed.insertMs / 1000))} in ${(seed.insertMs / 1000).toFixed(0)} s (first chunk ${perSecond(rates[0] ?? 0)}, last 5 ${perSecond(tail)})`);

    const queries = TYPED_QUERIES.map((q) => q.replace('{cf}', seed.sampleCodiceFiscale.slice(0, 9)));
    const keystrokes = await page.evaluate(([qs, limit]) => window.__bench.searchWhileTyping(qs, limit), [queries, 20] as const);
    const s = summarise(keystrokes.map((k) => k.ms));
    console.log(`  ${queries.length} queries, ${s.count} keystrokes (${describeLoad()})`);
    printBreakdown(keystrokes);
    budgeted('Search per keystroke, median', s.median, SEARCH_BUDGET_MS, ms);
    budgeted('Search per keystroke, p95', s.p95, SEARCH_BUDGET_MS, ms);
    budgeted('Search per keystroke, max', s.max, SEARCH_BUDGET_MS, ms);
    const firstLetters = summarise(keystrokes.filter((k) => k.prefix.trim().length === 1).map((k) => k.ms));
    info('  search, 1st keystroke only (median / max)', `${ms(firstLetters.median)} / ${ms(firstLetters.max)}`);

    const deskQueries = queries.slice(0, 8);
    const desk = summarise((await page.evaluate(([qs, limit]) => window.__bench.searchWhileTyping(qs, limit, true), [deskQueries, 20] as const)).map((k) => k.ms));
    info(`  searchForDesk (desk screen: + last visits), median / p95`, `${ms(desk.median)} / ${ms(desk.p95)} over ${desk.count} keystrokes`);

    const saves = summarise(await page.evaluate((n) => window.__bench.saveVisits(n), VISITS));
    budgeted(`Save a visit (createRecord + outbox), median of ${VISITS}`, saves.median, SAVE_BUDGET_MS, ms);
    budgeted('Save a visit, p95', saves.p95, SAVE_BUDGET_MS, ms);
    info('  save a visit, max', ms(saves.max));
    await page.evaluate(() => window.__bench.closeDesk());
  } finally {
    await context.close();
    await server.close();
  }
}
