/**
 * What both server databases can keep. PostgreSQL refuses U+0000 in text and jsonb, and a lone
 * UTF-16 surrogate in jsonb (JSON.stringify writes it as "\ud800"); SQLite's JSON functions stop
 * at 1,000 levels and JSON.stringify overflows its stack a few thousand deep. Device and server
 * check with the same functions, so what a form accepts is what a push can store.
 */

/** The deepest a generic part of a message or record may nest (a mutation's changes, a conflict's values). */
export const MAX_VALUE_DEPTH = 32;

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// (String.prototype.isWellFormed is ES2024, past this project's lib.)
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The text with what cannot be stored replaced by U+FFFD: for messages that quote a request. */
export function toStorableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, '\ufffd');
}

export interface ValueProblem {
  key: 'too_deep' | 'unstorable_text';
  /** Where, as keys from the value's top; a bad key is reported at its parent, never quoted. */
  path: string[];
}

/**
 * The first reason a JSON value cannot be stored, or undefined: a container nested deeper than
 * `maxDepth` (the top value is level 1), or a string or key that is not storable text. It walks
 * with its own stack, so a value nested a million deep is refused without overflowing the call stack.
 */
export function storableValueProblem(value: unknown, maxDepth = MAX_VALUE_DEPTH): ValueProblem | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : { key: 'unstorable_text', path: [] };
  if (!isContainer(value)) return undefined;
  // Only containers are queued: a long flat list costs no allocation per item.
  const pending: { container: object; path: string[] }[] = [{ container: value, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { container, path } = next;
    if (path.length >= maxDepth) return { key: 'too_deep', path };
    const isList = Array.isArray(container);
    for (const key of Object.keys(container)) {
      if (!isList && !isStorableText(key)) return { key: 'unstorable_text', path };
      const child: unknown = (container as Record<string, unknown>)[key];
      if (typeof child === 'string' && !isStorableText(child)) return { key: 'unstorable_text', path: [...path, key] };
      if (isContainer(child)) pending.push({ container: child, path: [...path, key] });
    }
  }
  return undefined;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
