import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentBlob } from '../../../db/attachments.ts';
import type { Attachment } from '../../../domain/records/attachment.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';

/** The files attached to a record, each opened from the device's copy when it has one. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  return (
    <ul className="stack stack--tight plain-list attachment-list">
      {attachments.map((a) => (
        <li key={a.id}>
          <AttachmentItem attachment={a} />
        </li>
      ))}
    </ul>
  );
}

function AttachmentItem({ attachment }: { attachment: Attachment }) {
  const { t, i18n } = useTranslation();
  // null: the bytes are not on this device (made elsewhere); undefined: still loading.
  const blob = useLiveQuery(async () => (await attachmentBlob(db, attachment.id)) ?? null, [attachment.id]);
  const url = useObjectUrl(blob ?? undefined);
  const kb = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 0 }).format(Math.max(1, attachment.size / 1024));
  return (
    <span className="attachment">
      <span className="attachment__name">{attachment.name}</span>{' '}
      <span className="hint">({t('paths.receipt.size', { size: kb })})</span>{' '}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer" className="attachment__open">
          {t('paths.receipt.open')}
          <span className="visually-hidden"> {attachment.name}</span>
        </a>
      ) : (
        blob === null && <span className="hint">— {t('paths.receipt.notOnDevice')}</span>
      )}
    </span>
  );
}

function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [blob]);
  return url;
}
