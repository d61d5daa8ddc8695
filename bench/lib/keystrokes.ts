import type { Keystroke } from '../browser/api.ts';
import { ms } from './report.ts';
import { summarise } from './stats.ts';

/**
 * Where the slow keystrokes are: grouped by what was typed so far (a phone or codice fiscale,
 * or how many words and how long the last one is), so a p95 over budget points at its cause.
 */
export function keystrokeGroup(prefix: string): string {
  const text = prefix.trim();
  if (/^[+\d\s]+$/.test(text)) return 'digits';
  const words = text.split(/\s+/);
  if (words.length === 1 && /\d/.test(text)) return 'codice fiscale';
  const last = words.at(-1)!.length;
  const length = last <= 2 ? String(last) : last <= 4 ? '3-4' : '5+';
  return `${words.length === 1 ? '1 word' : `${words.length} words`}, last ${length} letters`;
}

export function printBreakdown(keystrokes: readonly Keystroke[], slowest = 12): void {
  const groups = new Map<string, number[]>();
  for (const k of keystrokes) {
    const group = keystrokeGroup(k.prefix);
    groups.set(group, [...(groups.get(group) ?? []), k.ms]);
  }
  console.log('  by what was typed (count: median / p95 / max):');
  for (const [group, times] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const s = summarise(times);
    console.log(`    ${group.padEnd(28)} ${String(s.count).padStart(4)}: ${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}`);
  }
  const worst = [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, slowest);
  console.log(`  slowest: ${worst.map((k) => `"${k.prefix}" ${ms(k.ms)} (${k.hits} hits)`).join(', ')}`);
}
