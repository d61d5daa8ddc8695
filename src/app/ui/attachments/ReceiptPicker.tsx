import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../form/Field';
import { prepareFile, type PrepareProblem } from './prepareFile';

type Problem = PrepareProblem | 'failed';
type State = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'attached'; name: string } | { kind: 'refused'; problem: Problem };

/**
 * "Attach a receipt": a photo taken with the tablet's camera or a PDF. The file is prepared on
 * the device (photos made smaller) and handed to `onAttach`, which stores it. A refused file is
 * explained next to the control, which keeps the focus so she can pick another.
 */
export function ReceiptPicker({ onAttach }: { onAttach: (file: { blob: Blob; name: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const refuse = (problem: Problem) => {
    setState({ kind: 'refused', problem });
    input.current?.focus();
  };

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ kind: 'preparing' });
    const prepared = await prepareFile(file);
    if ('problem' in prepared) return refuse(prepared.problem);
    try {
      await onAttach(prepared);
    } catch (error) {
      console.error(error);
      return refuse('failed');
    }
    if (input.current) input.current.value = '';
    setState({ kind: 'attached', name: prepared.name });
  };

  const field = {
    id: `${id}-file`, errorId: `${id}-error`, hintId: `${id}-hint`,
    error: state.kind === 'refused' ? t(`paths.receipt.problems.${state.problem}`) : undefined,
  };
  return (
    <div className="field receipt-picker" data-invalid={field.error ? '' : undefined}>
      <label htmlFor={field.id}>{t('paths.receipt.label')}</label>
      <input ref={input} id={field.id} type="file" accept="image/*,application/pdf" capture="environment"
        disabled={state.kind === 'preparing'} aria-invalid={field.error ? true : undefined}
        aria-describedby={[field.hintId, field.error ? field.errorId : null].filter(Boolean).join(' ')}
        onChange={(e) => void onChange(e)} />
      <p id={field.hintId} className="hint">{t('paths.receipt.hint')}</p>
      <ErrorText field={field} />
      <p role="status" className="receipt-picker__status">
        {state.kind === 'preparing' && t('paths.receipt.preparing')}
        {state.kind === 'attached' && t('paths.receipt.attached', { name: state.name })}
      </p>
    </div>
  );
}
