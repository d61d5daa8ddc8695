import { useTranslation } from 'react-i18next';
import { blocksClosing } from '../../../domain/policy/grantChanges.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import { grantExpenseTypes, grantStatuses } from '../../../domain/vocab/pathways.ts';
import { CheckboxGroup } from '../../ui/form/ChoiceGroup';
import { useLang } from '../../ui/format';
import { useMoney } from '../../ui/money';
import { grantChoicePath } from '../forms/closeForm';

const CANCEL = 'cancel';

/**
 * On the close screen: each grant still proposed or approved, with the one choice the rule leaves
 * — cancel it, since a closed pathway's grant is neither approved nor paid
 * (domain/policy/grantChanges.ts) — required before closing; and a word on the paid grants,
 * which stay and are accounted for later.
 */
export function OpenGrantsChoice({ grants, chosen, onChoose }: {
  grants: readonly Grant[];
  chosen: readonly string[];
  onChoose: (grantId: string, cancel: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = useMoney();
  const open = grants.filter(blocksClosing);
  const paid = grants.filter((g) => !g.deleted && g.status === 'paid').length;
  if (open.length === 0 && paid === 0) return null;
  const heading = (g: Grant) => t('paths.grants.heading', {
    type: g.expenseType === 'other' && g.expenseOther ? g.expenseOther : grantExpenseTypes.label(g.expenseType, lang),
    amount: money(g.amountCents),
  });

  return (
    <section className="form-section close-grants" aria-labelledby="close-grants-title">
      <h2 id="close-grants-title">{t('paths.close.grants.title')}</h2>
      {open.length > 0 && <p>{t('paths.close.grants.explain')}</p>}
      {open.map((g) => (
        <CheckboxGroup key={g.id} path={grantChoicePath(g.id)} required className="close-grants__grant"
          legend={t('paths.close.grants.grant', { grant: heading(g), status: grantStatuses.label(g.status, lang) })}
          options={[{ value: CANCEL, label: t('paths.close.grants.cancel') }]}
          value={chosen.includes(g.id) ? [CANCEL] : []}
          onChange={(value) => onChoose(g.id, value.includes(CANCEL))} />
      ))}
      {paid > 0 && <p className="hint">{t('paths.close.grants.paidStay', { count: paid })}</p>}
    </section>
  );
}
