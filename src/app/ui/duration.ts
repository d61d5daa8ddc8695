import type { TFunction } from 'i18next';
import { hoursAndMinutes } from '../../db/mediations';

/** "1 h 30 min", "45 min", "2 h". */
export function formatDuration(total: number, t: TFunction): string {
  const { hours, minutes } = hoursAndMinutes(total);
  if (hours === 0) return t('mediation.duration.minutes', { minutes });
  if (minutes === 0) return t('mediation.duration.hours', { hours });
  return t('mediation.duration.hoursMinutes', { hours, minutes });
}
