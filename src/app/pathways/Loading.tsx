import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathwayFile } from '../../db/pathways.ts';
import type { Pathway } from '../../domain/records/pathway.ts';
import { ScreenHeading } from '../ui/ScreenHeading';
import { fullName } from '../ui/PersonSummary';
import { pathwayPaths } from '../routes/pathways';
import { NotHereScreen } from '../ui/Screen';
import { usePathwayFile } from './usePerson';

export function Loading() {
  const { t } = useTranslation();
  return <p className="screen-loading" role="status">{t('app.loading')}</p>;
}

/** A pathway that is not on this device (yet, or any more). */
export function PathwayNotFound() {
  const { t } = useTranslation();
  return <NotHereScreen title={t('paths.pathway.notFound')} back={pathwayPaths.mine} backText={t('paths.my.heading')} />;
}

/**
 * The frame of every form screen about one pathway: loading and not-found states, then the
 * screen's heading with the person's name, then the screen's own content, or `closed` instead
 * when the pathway is closed and the screen has nothing to do on a closed one.
 */
export function PathwayFormFrame({ id, title, closed, children }: {
  id: string;
  title: (name: string) => string;
  closed?: (pathway: Pathway) => ReactNode;
  children: (file: PathwayFile) => ReactNode;
}) {
  const { t } = useTranslation();
  const file = usePathwayFile(decodeURIComponent(id));
  if (file === undefined) return <Loading />;
  if (file === null) return <PathwayNotFound />;
  const name = file.person ? fullName(file.person) : t('paths.unknownPerson');
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{title(name)}</ScreenHeading>
      {closed && file.pathway.status === 'closed' ? closed(file.pathway) : children(file)}
    </section>
  );
}
