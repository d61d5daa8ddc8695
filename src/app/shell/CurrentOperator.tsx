import { useTranslation } from 'react-i18next';
import type { DeskSession } from '../../db/session.ts';
import { useDeskSession } from '../data/useDeskSession';

/** Who is logged in, in the header of every screen: a shared tablet must say whose session it is. */
export function CurrentOperator() {
  return <OperatorName session={useDeskSession()} />;
}

export function OperatorName({ session }: { session: DeskSession | null | undefined }) {
  const { t } = useTranslation();
  if (!session) return null;
  return (
    <p className="app-header__who" title={session.user.username}>
      {t('app.signedInAs', { name: session.user.displayName })}
    </p>
  );
}
