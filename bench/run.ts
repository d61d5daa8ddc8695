/**
 * `npm run bench`: measures the DESIGN §6 budgets and prints them. Times are reported, never
 * asserted: the exit code is non-zero only when a step crashed.
 */
import { measureBundleSize } from './bundleSize.ts';
import { measureDevice } from './deviceBench.ts';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { removeTempDirs } from './lib/paths.ts';
import { failed, info, printTable } from './lib/report.ts';
import { measurePush, measureSync } from './sync.ts';

const only = process.argv.slice(2); // e.g. `npm run bench -- bundle push` (steps: bundle, device, push, sync)

const steps: [name: string, title: string, run: () => Promise<unknown>][] = [
  ['bundle', '1. Initial JavaScript of the app shell', measureBundleSize],
  ['device', '2. Device database: 100,000 people, search while typing, saving a visit', measureDevice],
  ['push', '3a. Server push of 500 mutations (applyPush, no HTTP)', measurePush],
  ['sync', '3b. Sync device → server → device (real server, two Chromium profiles)', measureSync],
];

async function main(): Promise<number> {
  const machine = describeMachine();
  const started = performance.now();
  console.log(`Sportello benchmarks — ${machine.date}`);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores; ${machine.chromium}; node ${machine.node}`);
  const loadAtStart = describeLoad();
  console.log(`${loadAtStart}\n`);
  let crashed = 0;
  for (const [name, title, run] of steps) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`== ${title}`);
    const t = performance.now();
    try {
      await run();
    } catch (error) {
      crashed++;
      failed(title, error);
    }
    console.log(`   (${((performance.now() - t) / 1000).toFixed(0)} s)\n`);
  }
  info('PouchDB comparison', 'not measured');
  removeTempDirs();

  console.log(`\n== Summary (${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, node ${machine.node}, ${machine.date})`);
  console.log(`at start: ${loadAtStart}; at end: ${describeLoad()}`);
  printTable();
  console.log(`\nbench ran in ${((performance.now() - started) / 1000).toFixed(0)} s${crashed ? `; ${crashed} step(s) crashed` : ''}`);
  return crashed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    removeTempDirs();
    process.exit(1);
  },
);
