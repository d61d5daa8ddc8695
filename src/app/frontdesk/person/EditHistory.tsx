import { useTranslation } from 'react-i18next';
import type { FieldChange, HistoryEntry } from '../../../db/history.ts';
import type { Person } from '../../../domain/records/person.ts';
import { countries, languages } from '../../../domain/vocab/geo.ts';
import { employmentStatuses, sexes, yesNoUnknown } from '../../../domain/vocab/people.ts';
import type { Vocabulary } from '../../../domain/vocab/vocabulary.ts';
import { formatDay, formatInstant, useLang } from '../../ui/format';
import { useOperatorName } from '../../data/useOperatorName';

const FIELD_LABELS = {
  firstName: 'deskForms.person.firstName',
  lastName: 'deskForms.person.lastName',
  sex: 'deskForms.person.sex',
  birthDate: 'deskForms.person.birthDate',
  birthYear: 'deskForms.person.birthYear',
  countryOfBirth: 'deskForms.person.countryOfBirth',
  citizenship: 'deskForms.person.citizenship',
  languages: 'deskForms.person.languages',
  phone: 'deskForms.person.phone',
  codiceFiscale: 'deskForms.person.codiceFiscale',
  household: 'deskForms.person.sections.household',
  knownToSocialServices: 'deskForms.person.knownToSocialServices',
  receivesAdi: 'deskForms.person.receivesAdi',
  employment: 'deskForms.person.employment',
  consent: 'deskForms.person.consent',
  note: 'deskForms.person.note',
} as const;

const CODED: Partial<Record<string, Vocabulary>> = {
  sex: sexes, countryOfBirth: countries, citizenship: countries, languages, knownToSocialServices: yesNoUnknown,
  receivesAdi: yesNoUnknown, employment: employmentStatuses,
};

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
                {entry.changes.filter((c) => c.field in FIELD_LABELS).map((change) => (
                  <li key={change.field}>
                    <ChangeLine change={change} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('deskForms.history.scope')}</p>
    </div>
  );
}

function ChangeLine({ change, lang }: { change: FieldChange; lang: string }) {
  const { t } = useTranslation();
  const label = t(FIELD_LABELS[change.field as keyof typeof FIELD_LABELS]);
  // Household and consent are groups of fields: say that they changed, not every detail.
  if (change.field === 'household' || change.field === 'consent') return <>{t('deskForms.history.groupChanged', { field: label })}</>;
  return (
    <>
      {t('deskForms.history.fieldChanged', {
        field: label,
        from: show(change.field, change.from, lang) ?? t('deskForms.history.empty'),
        to: show(change.field, change.to, lang) ?? t('deskForms.history.empty'),
      })}
    </>
  );
}

function show(field: string, value: unknown, lang: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const vocab = CODED[field];
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((v) => (vocab ? vocab.label(String(v), lang) : String(v))).join(', ');
  if (vocab) return vocab.label(String(value), lang);
  if (field === 'birthDate') return formatDay(String(value), lang);
  return String(value);
}
