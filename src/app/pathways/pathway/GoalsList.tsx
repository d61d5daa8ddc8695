import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../domain/records/pathway.ts';
import { goalStatuses } from '../../../domain/vocab/pathways.ts';
import { useLang } from '../../ui/format';

/** The goals agreed with her, each with its status in words (never by colour alone). */
export function GoalsList({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="pathway-goals">
      <h2 id="pathway-goals">{t('paths.pathway.goals')}</h2>
      {goals.length === 0 ? (
        <p>{t('paths.pathway.noGoals')}</p>
      ) : (
        <ul className="stack stack--tight plain-list goal-list">
          {goals.map((g) => (
            <li key={g.id} className={`toolbar goal-item goal-item--${g.status}`}>
              <span className="goal-item__text">{g.text}</span>
              <span className="status-badge">{goalStatuses.label(g.status, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
