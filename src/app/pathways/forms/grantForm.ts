import type { HouseholdAllowance, GrantProposal } from '../../../db/grants.ts';
import type { ValidationMessageKey } from '../../../domain/messages.ts';
import { parseEuroToCents, type Cents } from '../../../domain/money.ts';
import { grantSchema } from '../../../domain/records/grant.ts';
import { fieldErrors, type FieldError } from '../../../domain/validation.ts';
import { withoutUndefined } from '../../../domain/equality.ts';
import { firstPerPath } from '../../../forms/validate';
import { optional, PLACEHOLDER_ENVELOPE } from './common.ts';

/**
 * The form that proposes a grant. The amount stays as typed ("1.250,50", "€ 450") until save;
 * it is read with the domain's parser into integer cents, and checked against what remains of
 * the household cap, here and again in the write's transaction.
 */
export interface GrantForm {
  expenseType: string;
  expenseOther: string;
  amount: string;
  purpose: string;
  proposedOn: string;
  /** A coordinator's reason for going over the cap. */
  exceptionReason: string;
}

export function newGrantForm(today: string): GrantForm {
  return { expenseType: '', expenseOther: '', amount: '', purpose: '', proposedOn: today, exceptionReason: '' };
}

/** The amount in cents, or the message key saying what is wrong with it. */
export function readAmount(text: string): { cents: Cents } | { problem: ValidationMessageKey } {
  if (text.trim() === '') return { problem: 'required' };
  const parsed = parseEuroToCents(text);
  return 'cents' in parsed ? parsed : { problem: `amount_${parsed.problem}` };
}

export function grantProposalFromForm(form: GrantForm, amountCents: Cents): GrantProposal {
  return withoutUndefined({
    amountCents,
    expenseType: (form.expenseType || undefined) as GrantProposal['expenseType'],
    expenseOther: form.expenseType === 'other' ? optional(form.expenseOther) : undefined,
    purpose: optional(form.purpose),
    proposedOn: form.proposedOn.trim(),
  });
}

export interface OverCap {
  remainingCents: Cents;
  capCents: Cents;
}

export interface GrantFormCheck {
  errors: FieldError[];
  /** Set when the amount goes over the household cap (shown at the amount, with what remains). */
  overCap: OverCap | null;
  /** The amount read, when it is one. */
  amountCents: Cents | null;
}

/**
 * Everything wrong with the form: the grant schema's rules, the amount as typed, and the cap.
 * Over the cap, the amount is refused unless the user may record an exception and gave a reason.
 */
export function checkGrantForm(form: GrantForm, opts: { allowance: HouseholdAllowance; mayRecordException: boolean }): GrantFormCheck {
  const errors: FieldError[] = [];
  const amount = readAmount(form.amount);
  const amountCents = 'cents' in amount ? amount.cents : null;
  if ('problem' in amount) errors.push({ path: 'amountCents', key: amount.problem });

  const proposal = grantProposalFromForm(form, amountCents ?? 1);
  const result = grantSchema.safeParse({
    ...PLACEHOLDER_ENVELOPE, pathwayId: 'placeholder', householdId: 'placeholder', status: 'proposed', receiptAttachmentIds: [], ...proposal,
  });
  if (!result.success) errors.push(...fieldErrors(result.error.issues));
  if (form.expenseType === 'other' && !proposal.expenseOther) errors.push({ path: 'expenseOther', key: 'other_text_required' });

  let overCap: OverCap | null = null;
  if (amountCents !== null && opts.allowance.committedCents + amountCents > opts.allowance.capCents) {
    overCap = { remainingCents: opts.allowance.remainingCents, capCents: opts.allowance.capCents };
    const excepted = opts.mayRecordException && form.exceptionReason.trim() !== '';
    if (!excepted) {
      errors.push({ path: 'amountCents', key: 'invalid_value' });
      if (opts.mayRecordException) errors.push({ path: 'capException.reason', key: 'required' });
    }
  }
  return { errors: firstPerPath(errors), overCap, amountCents };
}
