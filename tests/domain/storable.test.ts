import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredText, text } from '../../src/domain/records/common.ts';
import { MAX_VALUE_DEPTH, isStorableText, storableValueProblem, toStorableText } from '../../src/domain/storable.ts';
import { mutationSchema } from '../../src/domain/sync/protocol.ts';
import { formatIssues } from '../../src/domain/validation.ts';
import { person } from './factories.ts';

/** `levels` objects one inside the other, the innermost holding `leaf`. */
function nested(levels: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('isStorableText', () => {
  it.each([
    ['plain text', 'Amina Okafor', true],
    ['the empty string', '', true],
    ['accents, Arabic, emoji (surrogate pairs)', 'Aïcha عائشة 👩🏾‍🍼', true],
    ['a pair at the very end', 'x\ud83d\ude00', true],
    ['tab and newline', 'riga 1\n\triga 2', true],
    ['U+FFFD itself', '\ufffd', true],
    ['a NUL', 'a\u0000b', false],
    ['a lone high surrogate at the end', 'x\ud800', false],
    ['a lone high surrogate before a letter', '\ud83dx', false],
    ['a lone low surrogate', '\ude00x', false],
    ['two high surrogates', '\ud83d\ud83d\ude00', false],
    ['a pair written backwards', '\ude00\ud83d', false],
  ])('%s → %s', (_name, value, storable) => {
    expect(isStorableText(value)).toBe(storable);
  });

  it('agrees with the platform’s well-formedness check, NUL aside', () => {
    const codeUnits = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 12 });
    fc.assert(
      fc.property(codeUnits, (units) => {
        const value = String.fromCharCode(...units);
        const wellFormed = (value as unknown as { isWellFormed(): boolean }).isWellFormed();
        expect(isStorableText(value)).toBe(wellFormed && !value.includes('\0'));
        expect(isStorableText(toStorableText(value))).toBe(true);
      }),
    );
  });

  it('replaces only what cannot be stored', () => {
    expect(toStorableText('a\u0000b\ud800c\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });
});

describe('storableValueProblem', () => {
  it.each([
    ['a flat record', { firstName: 'Amina', children: [1, 2, null, true] }, undefined],
    ['a scalar', 42, undefined],
    [`${MAX_VALUE_DEPTH} levels`, nested(MAX_VALUE_DEPTH), undefined],
    [`${MAX_VALUE_DEPTH} levels of lists`, nested(MAX_VALUE_DEPTH - 1, []), undefined],
    [`${MAX_VALUE_DEPTH + 1} levels`, nested(MAX_VALUE_DEPTH + 1), { key: 'too_deep', path: Array(MAX_VALUE_DEPTH).fill('a') }],
    ['a lone surrogate in a list', { names: ['ok', 'x\ud800'] }, { key: 'unstorable_text', path: ['names', '1'] }],
    ['a NUL in a nested value', { household: { note: '\u0000' } }, { key: 'unstorable_text', path: ['household', 'note'] }],
    ['a NUL in a key, reported at its parent', { household: { 'a\u0000': 1 } }, { key: 'unstorable_text', path: ['household'] }],
    ['a lone surrogate as the value itself', '\udfff', { key: 'unstorable_text', path: [] }],
  ])('%s', (_name, value, problem) => {
    expect(storableValueProblem(value)).toEqual(problem);
  });

  it('refuses a value nested 200,000 deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(storableValueProblem(deep)?.key).toBe('too_deep');
  });
});

describe('the shared schemas', () => {
  it.each([text(80), requiredText(80)])('free text refuses a lone surrogate or a NUL with unstorable_text', (schema) => {
    for (const value of ['Amina\ud800', 'Ami\u0000na']) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toContain('unstorable_text');
    }
    expect(schema.safeParse('Amina 👩🏾').success).toBe(true);
  });

  it('a mutation’s changes must be storable and at most MAX_VALUE_DEPTH deep', () => {
    const mutation = (changes: Record<string, unknown>) => ({
      seq: 1, table: 'people', recordId: person().id, op: 'update', baseVersion: 1, changes, at: '2025-03-14T10:00:00.000Z',
    });
    const reason = (changes: Record<string, unknown>) => {
      const result = mutationSchema.safeParse(mutation(changes));
      return result.success ? 'ok' : formatIssues(result.error.issues);
    };
    expect(reason({ note: 'ok', household: nested(MAX_VALUE_DEPTH - 1) })).toBe('ok');
    expect(reason({ household: nested(MAX_VALUE_DEPTH) })).toMatch(/^changes\.household(\.a)+: Value nested too deeply$/);
    expect(reason({ firstName: 'x\ud800' })).toBe('changes.firstName: The text contains characters that cannot be stored');
    expect(reason({ 'first\u0000Name': 'x' })).toBe('changes: The text contains characters that cannot be stored');
  });
});
