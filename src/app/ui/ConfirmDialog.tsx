import { useEffect, useId, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

/**
 * A question to answer before something that cannot be undone (a deletion). A modal
 * `<dialog>`: focus stays inside it until it closes and starts on the safe answer, Escape is
 * the safe answer, and the caller puts focus back where it belongs after either answer.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** Why the last attempt failed, announced. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  return (
    <dialog ref={dialog} role="alertdialog" className="confirm-dialog stack" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`}>{props.children}</div>
      <div role="alert">{props.error && <p className="field-error">{props.error}</p>}</div>
      <div className="confirm-dialog__actions">
        <button ref={cancel} type="button" className="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button type="button" className="button button--danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
