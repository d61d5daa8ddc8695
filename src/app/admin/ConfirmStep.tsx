import { useEffect, useId, useRef } from 'react';

/**
 * The second step of an action that cannot be taken back by accident (disable an account, cut
 * off a tablet): the question and two buttons. Focus lands on "keep", so a second tap or Enter
 * does not confirm by itself.
 */
export function ConfirmStep(props: {
  question: string;
  confirmLabel: string;
  keepLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="panel panel--warning stack stack--tight" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm-step__question">{props.question}</p>
      <div className="admin-actions">
        <button type="button" className="button button--primary" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button ref={keep} type="button" className="button" disabled={props.busy} onClick={props.onKeep}>
          {props.keepLabel}
        </button>
      </div>
    </div>
  );
}
