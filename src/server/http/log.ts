import { inspect } from 'node:util';

/** Longest piece of request-derived text put in one log line. */
const MAX_LOGGED_LENGTH = 1000;

// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, the backslash
// (so an escape in the log is never ambiguous) and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/**
 * Request-derived text (a path, a username, a refusal's reason) as it may go into a log line:
 * escaped the way JSON escapes strings, so what a request sends can never start a line of its
 * own in the server log, and cut to a bounded length.
 */
export function logSafe(text: string): string {
  const cut = text.length > MAX_LOGGED_LENGTH ? `${text.slice(0, MAX_LOGGED_LENGTH)}…` : text;
  return cut.replace(UNSAFE, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An unexpected error for the log: its message and fields escaped (a database error can quote
 * the value it refused), its stack frames, which come from the code, kept as lines.
 */
export function errorForLog(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return logSafe(inspect(error));
  const head = `${error.name}: ${error.message}`;
  const stack = error.stack ?? head;
  const frames = stack.startsWith(head) ? stack.slice(head.length) : `\n${logSafe(stack)}`;
  const fields = Object.keys(error).length > 0 ? ` ${logSafe(inspect({ ...error }, { breakLength: Infinity }))}` : '';
  const cause = error.cause === undefined || depth >= 3 ? '' : `\n  cause: ${errorForLog(error.cause, depth + 1)}`;
  return `${logSafe(head)}${fields}${frames}${cause}`;
}
