/**
 * The figures a bench step hands back, and the one table printed at the end. A figure with a
 * budget gets "ok" or "OVER BUDGET"; figures without a budget are context.
 */
export type Status = 'ok' | 'OVER' | 'info' | 'not run' | 'FAILED';

export interface Row {
  measure: string;
  value: string;
  budget: string;
  status: Status;
}

export const rows: Row[] = [];

/** A figure checked against its budget (lower is better). */
export function budgeted(measure: string, value: number, budget: number, format: (n: number) => string): Row {
  const ok = value <= budget;
  const row: Row = { measure, value: format(value), budget: `≤ ${format(budget)}`, status: ok ? 'ok' : 'OVER' };
  rows.push(row);
  console.log(`  ${measure}: ${row.value} (budget ${row.budget})${ok ? '' : '  OVER BUDGET'}`);
  return row;
}

export function info(measure: string, value: string): void {
  rows.push({ measure, value, budget: '', status: 'info' });
  console.log(`  ${measure}: ${value}`);
}

export function notRun(measure: string, reason: string): void {
  rows.push({ measure, value: reason, budget: '', status: 'not run' });
  console.log(`  ${measure}: not run (${reason})`);
}

export function failed(measure: string, error: unknown): void {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  rows.push({ measure, value: message.slice(0, 90), budget: '', status: 'FAILED' });
  console.error(`  ${measure}: FAILED`, error);
}

export const ms = (n: number): string => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(0)} ms`);
export const seconds = (n: number): string => `${n.toFixed(1)} s`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const perSecond = (n: number, unit = 'rows'): string => `${Math.round(n).toLocaleString('en-US')} ${unit}/s`;

const STATUS_TEXT: Record<Status, string> = { ok: 'ok', OVER: 'OVER BUDGET', info: '', 'not run': 'not run', FAILED: 'FAILED' };

export function printTable(): void {
  const header = ['measure', 'value', 'budget', 'ok/OVER'];
  const body = rows.map((r) => [r.measure, r.value, r.budget, STATUS_TEXT[r.status]]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const cells of body) console.log(line(cells));
}
