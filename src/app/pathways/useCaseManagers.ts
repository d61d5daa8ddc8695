import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../ui/form/Field';
import { useOperators } from '../data/useDirectory';
import { useOperatorName } from '../data/useOperatorName';
import { useSession } from '../session/SessionContext';

/**
 * Who can be case manager of a pathway at a site: the operators the server sent for that site
 * (a few dozen rows at most), the logged-in user always, and the current choice even if she has
 * since left the site. The user comes first.
 */
export function useCaseManagerOptions(siteId: string, current: string): Option[] {
  const { t, i18n } = useTranslation();
  const { user } = useSession().session;
  const operatorName = useOperatorName();
  const operators = useOperators();
  return useMemo(() => {
    const others = (operators ?? [])
      .filter((o) => !o.deleted && o.active && o.id !== user.id && o.siteIds.includes(siteId))
      .map((o) => ({ value: o.id, label: o.displayName }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.resolvedLanguage));
    const options = [{ value: user.id, label: t('paths.form.you', { name: user.displayName }) }, ...others];
    if (current && !options.some((o) => o.value === current)) {
      options.push({ value: current, label: operatorName(current) ?? t('deskForms.history.anotherOperator') });
    }
    return options;
  }, [operators, user, siteId, current, t, i18n.resolvedLanguage, operatorName]);
}
