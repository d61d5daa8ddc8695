import * as z from 'zod/mini';
import { MAX_AMOUNT_CENTS } from '../money.ts';
import { CentsAmount, envelopeShape, keyed } from './common.ts';
import type { Role } from './operator.ts';

/**
 * Settings a coordinator changes for a site, synced like any record so that every tablet of
 * the site applies them offline. One record per setting and site, with a predictable id, so a
 * tablet finds it without a query: `household-cap-<siteId>` holds the household cap of inclusion
 * grants in cents (docs/architecture.md, "Domain": €700 by default, configurable).
 */
export const SETTING_KEYS = ['householdCapCents'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const settingSchema = z.strictObject({
  ...envelopeShape,
  key: z.enum(SETTING_KEYS, keyed('invalid_value')),
  valueCents: CentsAmount.check(z.lte(MAX_AMOUNT_CENTS, 'amount_too_large')),
});
export type Setting = z.infer<typeof settingSchema>;

/** The id of a site's household-cap setting (ids are lower case: see ID_PATTERN). */
export function householdCapSettingId(siteId: string): string {
  return `household-cap-${siteId}`;
}

/** Who may change a site's settings: the coordinators of the Rete (and administrators). */
export function mayChangeSettings(role: Role): boolean {
  return role === 'coordinator' || role === 'admin';
}
