import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSites } from '../../domain/vocab/sites.ts';
import { useSites } from '../data/useDirectory';

/** The interface language, for vocabulary labels and dates. */
export function useLang(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? 'it';
}

// Pure, so the forms can describe a stored day too (src/forms/recordFields.ts).
export { formatDay } from '../../domain/dates.ts';

/** An instant as the desk's local date and time. */
export function formatInstant(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
}

/** The time of day of an instant at the desk, hours and minutes ("09:05"). */
export function formatTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Rome' }).format(date);
}

/**
 * A site's name: from the sites the server sent, else the default Case del Quartiere, else
 * its id. The sites table holds a handful of rows.
 */
export function useSiteLabel(): (siteId: string) => string {
  const lang = useLang();
  const sites = useSites();
  return useCallback(
    (siteId: string) => sites?.find((s) => s.id === siteId && !s.deleted)?.name ?? defaultSites.label(siteId, lang),
    [sites, lang],
  );
}
