import * as z from 'zod/mini';
import { languages } from '../vocab/geo.ts';
import { code, envelopeShape, keyed, requiredText, text } from './common.ts';

/**
 * A mediator's word on one translated label of the forms: either "this translation is
 * right" (confirmed) or "it should read…" (proposed). It names the text it is about either by
 * form and field (a question) or by vocabulary and code (an option, the same in every form).
 * It is a synced record of the site, so a proposal shows instead of the catalogue's text on
 * every device of the site, and the coordinators can carry it into the catalogues.
 */
export const TRANSLATION_CORRECTION_STATUSES = ['proposed', 'confirmed'] as const;
export type TranslationCorrectionStatus = (typeof TRANSLATION_CORRECTION_STATUSES)[number];

export const translationCorrectionSchema = z
  .strictObject({
    ...envelopeShape,
    /** The form the label was seen in. */
    formId: requiredText(60),
    /** A question: the field's id in the form definition. */
    fieldId: z.optional(text(120)),
    /** An option: its vocabulary and code. */
    vocabulary: z.optional(text(60)),
    code: z.optional(text(60)),
    language: code(languages),
    text: requiredText(1000),
    status: z.enum(TRANSLATION_CORRECTION_STATUSES, keyed('invalid_value')),
  })
  .check(
    z.superRefine((c, ctx) => {
      const isField = Boolean(c.fieldId);
      const isOption = Boolean(c.vocabulary) || Boolean(c.code);
      if (isField === isOption) {
        ctx.issues.push({ code: 'custom', input: c.fieldId, path: ['fieldId'], message: isField ? 'invalid_value' : 'required' });
      } else if (isOption && !(c.vocabulary && c.code)) {
        ctx.issues.push({ code: 'custom', input: undefined, path: [c.vocabulary ? 'code' : 'vocabulary'], message: 'required' });
      }
    }),
  );
export type TranslationCorrection = z.infer<typeof translationCorrectionSchema>;

/** What a correction is about, as one string: "field:registration:firstName", "option:sexes:female". */
export function correctionTarget(c: Pick<TranslationCorrection, 'formId' | 'fieldId' | 'vocabulary' | 'code'>): string {
  return c.fieldId ? `field:${c.formId}:${c.fieldId}` : `option:${c.vocabulary ?? ''}:${c.code ?? ''}`;
}
