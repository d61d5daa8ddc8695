import type { TFunction } from 'i18next';

/** A sync error in words a desk operator can act on. */
export function syncErrorText(t: TFunction, kind: string): string {
  switch (kind) {
    case 'offline':
      return t('syncStatus.errors.offline');
    case 'unauthorised':
      return t('syncStatus.errors.unauthorised');
    case 'forbidden':
      return t('syncStatus.errors.forbidden');
    case 'outdated':
      return t('syncStatus.errors.outdated');
    case 'invalid':
      return t('syncStatus.errors.invalid');
    default:
      return t('syncStatus.errors.server');
  }
}
