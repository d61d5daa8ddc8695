import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftForm, type DraftUpgrade, type LoadedDraft } from './useDraft';

/** Which draft a form keeps, and how it starts when there is none. */
export interface DraftSpec<T> {
  draftKey: string;
  /** Bumped when the form's shape changes; `upgrade` converts a draft of an older shape. */
  shape: number;
  /** A form nobody has touched yet, as of when the form opened (later calls are not used). */
  fresh: () => T;
  upgrade?: DraftUpgrade<T>;
}

/** A draft read and ready for its form (see useDraftedForm). */
export interface OpenDraft<T> {
  spec: DraftSpec<T>;
  loaded: LoadedDraft<T>;
  /** After a discard: the form again from fresh. */
  startAgain: () => void;
}

type Props<T> = DraftSpec<T> & { children: (draft: OpenDraft<T>) => ReactNode };

/**
 * Reads a form's draft (or starts fresh) and draws the form once it is read, remounted with a
 * fresh form after a discard so that its state and autosave start over. Another key (another
 * person's visit) is another form from the start.
 */
export function DraftLoader<T>(props: Props<T>) {
  return <KeyedDraftLoader key={props.draftKey} {...props} />;
}

function KeyedDraftLoader<T>({ children, ...given }: Props<T>) {
  const { t } = useTranslation();
  // The record, the day and the site the form starts from are those of when it opened.
  const [spec] = useState(given);
  const draft = useDraftForm(spec.draftKey, spec.shape, spec.fresh, spec.upgrade);
  if (!draft.loaded) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  return <Fragment key={draft.generation}>{children({ spec, loaded: draft.loaded, startAgain: draft.startAgain })}</Fragment>;
}
