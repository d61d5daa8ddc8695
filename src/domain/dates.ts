/** Dates: instants are ISO strings in UTC; days are the site's local date "YYYY-MM-DD". */
export const SITE_TIME_ZONE = 'Europe/Rome';

// Building a formatter costs ~100× formatting with one; schemas call localDate() per record.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDate(at: Date = new Date(), timeZone = SITE_TIME_ZONE): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

/** Adds days to a YYYY-MM-DD date, in calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  const d = new Date(`${s}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A YYYY-MM-DD day in the reader's language ("3 mar 2026"). Days have no time zone. */
export function formatDay(day: string, lang: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Calendar days from one YYYY-MM-DD day to another: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
