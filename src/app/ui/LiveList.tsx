import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list as a live query answers it: "loading" until the first answer, the words for none
 * when it is empty, else the list itself.
 */
export function LiveList<T>({ items, none, children }: { items: T[] | undefined; none: string; children: (items: T[]) => ReactNode }) {
  const { t } = useTranslation();
  if (items === undefined) return <p role="status">{t('app.loading')}</p>;
  if (items.length === 0) return <p>{none}</p>;
  return children(items);
}
