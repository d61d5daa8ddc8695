/**
 * Delay before the next try after `failures` failures in a row: doubling from 5 s, capped at
 * 5 min, with jitter so eight houses' tablets do not all retry at once. There is no last try:
 * a mutation is never dropped because the server was unreachable for long.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, failures - 1), 300_000);
  return Math.round(base * (0.75 + random() * 0.5));
}
