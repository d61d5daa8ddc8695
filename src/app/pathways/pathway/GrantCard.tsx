import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsOf, attachReceipt } from '../../../db/attachments.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { grantExpenseTypes, grantStatuses } from '../../../domain/vocab/pathways.ts';
import { AttachmentList } from '../../ui/attachments/AttachmentList';
import { ReceiptPicker } from '../../ui/attachments/ReceiptPicker';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { Fact } from '../../ui/Fact';
import { formatDay, useLang } from '../../ui/format';
import { useOperatorName } from '../../data/useOperatorName';
import { useAuthor } from '../../session/SessionContext';
import { useMoney } from '../../ui/money';
import { GrantActions } from './GrantActions';

/** Receipts are taken once the grant is approved, until it is accounted for. */
const TAKES_RECEIPTS: ReadonlySet<Grant['status']> = new Set(['approved', 'paid']);

/** One grant: what for, how much, where it stands, its receipts and its next step. */
export function GrantCard({ grant: g, pathwayStatus }: { grant: Grant; pathwayStatus: Pathway['status'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = useMoney();
  const author = useAuthor();
  const operatorName = useOperatorName();
  const heading = useRef<HTMLHeadingElement>(null);
  const receipts = useLiveQuery(() => attachmentsOf(db, g.id), [g.id, g.receiptAttachmentIds.length]);
  const type = g.expenseType === 'other' && g.expenseOther ? g.expenseOther : grantExpenseTypes.label(g.expenseType, lang);
  const headingId = `grant-${g.id}`;
  const day = (d: string | undefined) => (d ? formatDay(d, lang) : undefined);

  return (
    <article className={`stack panel grant-card grant-card--${g.status}`} aria-labelledby={headingId} data-testid="grant-card">
      <div className="toolbar grant-card__head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>{t('paths.grants.heading', { type, amount: money(g.amountCents) })}</h3>
        <p className="status-badge" data-testid="grant-status">
          <span className="visually-hidden">{t('paths.grants.status')}: </span>
          {grantStatuses.label(g.status, lang)}
        </p>
      </div>
      <dl className="facts facts--stacked">
        {g.purpose && <Fact label={t('paths.grants.purpose')}><span className="prewrap">{g.purpose}</span></Fact>}
        <Fact label={t('paths.grants.proposedOn')}>{day(g.proposedOn)}</Fact>
        {g.approvedOn && (
          <Fact label={t('paths.grants.approvedOn')}>
            {day(g.approvedOn)}{g.approvedBy ? `, ${operatorName(g.approvedBy) ?? t('deskForms.history.anotherOperator')}` : ''}
          </Fact>
        )}
        {g.paidOn && <Fact label={t('paths.grants.paidOn')}>{day(g.paidOn)}</Fact>}
        {g.accountedOn && <Fact label={t('paths.grants.accountedOn')}>{day(g.accountedOn)}</Fact>}
        {g.capException && (
          <Fact label={t('paths.grants.exception')}>
            {g.capException.reason} ({operatorName(g.capException.by) ?? t('deskForms.history.anotherOperator')}, {day(g.capException.on)})
          </Fact>
        )}
      </dl>
      <div className="grant-card__receipts">
        <h4>{t('paths.grants.receipts')}</h4>
        {receipts && receipts.length > 0 ? <AttachmentList attachments={receipts} /> : <p>{t('paths.grants.noReceipts')}</p>}
        {TAKES_RECEIPTS.has(g.status) && (
          <ReceiptPicker onAttach={async (file) => {
            await attachReceipt(db, author, g.id, file);
          }} />
        )}
      </div>
      <GrantActions grant={g} pathwayStatus={pathwayStatus} onMoved={() => heading.current?.focus()} />
    </article>
  );
}
