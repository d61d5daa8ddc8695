import { useTranslation } from 'react-i18next';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { fragilities } from '../../../domain/vocab/pathways.ts';
import { Fact } from '../../ui/Fact';
import { useLang } from '../../ui/format';

/** What was found when the pathway opened, and how it ended (or why it was reopened). */
export function SituationCard({ pathway: p }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fragilityText = p.fragilities
    .map((f) => (f === 'other' && p.fragilityOther ? p.fragilityOther : fragilities.label(f, lang)))
    .join(', ');
  return (
    <section className="card" aria-labelledby="pathway-situation">
      <h2 id="pathway-situation">{t('paths.pathway.situation')}</h2>
      <dl className="facts facts--stacked">
        <Fact label={t('paths.pathway.fragilities')}>{fragilityText || t('paths.notStated')}</Fact>
        <Fact label={t('paths.pathway.mainRequest')}><span className="prewrap">{p.mainRequest ?? t('paths.notStated')}</span></Fact>
        {p.outcome && (
          <Fact label={p.status === 'closed' ? t('paths.pathway.outcome') : t('paths.pathway.previousOutcome')}>
            <span className="prewrap">{p.outcome}</span>
          </Fact>
        )}
        {p.reopenReason && (
          <Fact label={t('paths.pathway.reopenReason')}><span className="prewrap">{p.reopenReason}</span></Fact>
        )}
      </dl>
    </section>
  );
}
