import { useTranslation } from 'react-i18next';

/** Honest placeholder for a screen that is not built yet. */
export function ComingSoon({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <div className="coming-soon">
      <p className="coming-soon__badge">{t('comingSoon.badge')}</p>
      <p>{children}</p>
    </div>
  );
}
