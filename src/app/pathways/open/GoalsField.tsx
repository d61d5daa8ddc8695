import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStatuses } from '../../../domain/vocab/pathways.ts';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextField } from '../../ui/form/Field';
import { vocabOptions } from '../../ui/form/options';
import { useLang } from '../../ui/format';
import { newGoal, type GoalForm } from '../forms/pathwayForm';

/** The goals agreed with her: each a line of text and a status; added and removed freely. */
export function GoalsField({ goals, onChange }: { goals: GoalForm[]; onChange: (goals: GoalForm[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const added = useRef<string | null>(null);

  // After "add a goal", focus goes to the new goal's text.
  useEffect(() => {
    if (!added.current) return;
    document.getElementById(`goal-${added.current}`)?.querySelector<HTMLInputElement>('input[type=text]')?.focus();
    added.current = null;
  }, [goals.length]);

  const setGoal = (id: string, patch: Partial<GoalForm>) => onChange(goals.map((g) => (g.id === id ? { ...g, ...patch } : g)));

  return (
    <fieldset className="form-section">
      <legend>{t('paths.form.goals')}</legend>
      {goals.length === 0 && <p className="hint">{t('paths.form.noGoals')}</p>}
      <ol className="stack plain-list">
        {goals.map((goal, i) => (
          <li key={goal.id} id={`goal-${goal.id}`}>
            <fieldset className="stack panel child goal">
              <legend>{t('paths.form.goalN', { n: i + 1 })}</legend>
              <TextField path={`goals.${i}.text`} label={t('paths.form.goalText')} required value={goal.text}
                onChange={(text) => setGoal(goal.id, { text })} input={{ maxLength: 500, autoComplete: 'off' }} className="goal__text" />
              <RadioGroup path={`goals.${i}.status`} legend={t('paths.form.goalStatus')}
                options={vocabOptions(goalStatuses, lang, [goal.status])} value={goal.status}
                onChange={(status) => setGoal(goal.id, { status })} />
              <button type="button" className="button button--small" onClick={() => onChange(goals.filter((g) => g.id !== goal.id))}>
                {t('paths.form.removeGoal', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => {
        const goal = newGoal();
        added.current = goal.id;
        onChange([...goals, goal]);
      }}>
        {t('paths.form.addGoal')}
      </button>
    </fieldset>
  );
}
