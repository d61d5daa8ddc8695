import { useTranslation } from 'react-i18next';
import type { FieldChange, HistoryEntry } from '../../../db/history.ts';
import type { Person } from '../../../domain/records/person.ts';
import { describeValue, fieldLabel, fieldOfPath, type RecordField } from '../../../forms/recordFields.ts';
import { formatInstant, useLang } from '../../ui/format';
import { useOperatorName } from '../../data/useOperatorName';

/**
 * Who changed what, and when: the edits made on this device (kept in its history list), and,
 * when the record has changed since elsewhere, the last change as the record itself tells it.
 */
export function EditHistory({ person, entries }: { person: Person; entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const operatorName = useOperatorName();
  const who = (id: string) => operatorName(id) ?? t('deskForms.history.thisDevice');
  const newestLocal = entries.at(-1)?.at;
  const changedElsewhere = newestLocal === undefined || person.updatedAt > newestLocal;
  return (
    <div className="history">
      <ul className="history__list">
        {changedElsewhere && (
          <li>
            {t('deskForms.history.lastChange', {
              when: formatInstant(person.updatedAt, lang),
              who: operatorName(person.updatedBy) ?? t('deskForms.history.anotherOperator'),
            })}
          </li>
        )}
        {[...entries].reverse().map((entry) => (
          <li key={entry.at + entry.kind}>
            <p>
              {t(entry.kind === 'created' ? 'deskForms.history.created' : 'deskForms.history.updated', {
                when: formatInstant(entry.at, lang),
                who: who(entry.operatorId),
              })}
            </p>
            {entry.changes.length > 0 && (
              <ul className="history__changes">
                {entry.changes.map((change) => {
                  const rf = fieldOfPath('people', change.field);
                  return rf && (
                    <li key={change.field}>
                      <ChangeLine change={change} rf={rf} lang={lang} />
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('deskForms.history.scope')}</p>
    </div>
  );
}

/** A change in the forms' words; envelope and device fields, which no form asks, are not listed. */
function ChangeLine({ change, rf, lang }: { change: FieldChange; rf: RecordField; lang: string }) {
  const { t } = useTranslation();
  const label = fieldLabel(rf, lang);
  // Household and consent are groups of fields: say that they changed, not every detail.
  if (!rf.field) return <>{t('deskForms.history.groupChanged', { field: label })}</>;
  return (
    <>
      {t('deskForms.history.fieldChanged', {
        field: label,
        from: describeValue(rf, change.from, lang) ?? t('deskForms.history.empty'),
        to: describeValue(rf, change.to, lang) ?? t('deskForms.history.empty'),
      })}
    </>
  );
}
