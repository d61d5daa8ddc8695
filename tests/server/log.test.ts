import { describe, expect, it } from 'vitest';
import { errorForLog, logSafe } from '../../src/server/http/log.ts';

describe('logSafe', () => {
  it.each([
    ['plain text', 'GET /api/sync/pull', 'GET /api/sync/pull'],
    ['accents, Arabic and a surrogate pair', 'Aïcha عائشة 👩🏾', 'Aïcha عائشة 👩🏾'],
    ['a newline and a carriage return', '/api/nope\r\nFORGED', '/api/nope\\r\\nFORGED'],
    ['a tab, a NUL, an escape, DEL and a C1 control', '\t\u0000\u001b\u007f\u0085', '\\t\\u0000\\u001b\\u007f\\u0085'],
    ['the Unicode line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a backslash, so an escape is never ambiguous', 'a\\nb', 'a\\\\nb'],
    ['lone surrogates', 'x\ud800 \udfff', 'x\\ud800 \\udfff'],
  ])('escapes %s', (_name, text, logged) => {
    expect(logSafe(text)).toBe(logged);
  });

  it('cuts very long text', () => {
    expect(logSafe('a'.repeat(5000))).toBe(`${'a'.repeat(1000)}…`);
  });
});

describe('errorForLog', () => {
  it('escapes the message and fields, and keeps the stack frames as lines', () => {
    const error = Object.assign(new Error('invalid input "x\nFORGED"'), { detail: 'Token "\ud800" is invalid.\nFORGED' });
    const logged = errorForLog(error);
    const [head = ''] = logged.split('\n');
    expect(head).toMatch(/^Error: invalid input "x\\nFORGED" \{ detail: 'Token ".+" is invalid\.\\\\nFORGED' \}$/);
    expect(head).not.toMatch(/[\ud800-\udfff]/);
    expect(logged.split('\n').slice(1).every((line) => line.startsWith('    at '))).toBe(true);
    expect(logged).not.toMatch(/^FORGED/m);
  });

  it('logs a cause, and what is not an Error, on one escaped line', () => {
    const logged = errorForLog(new Error('outer', { cause: new Error('inner\nFORGED') }));
    expect(logged).toContain('\n  cause: Error: inner\\nFORGED\n');
    expect(errorForLog('thrown\nstring')).toBe("'thrown\\\\nstring'");
  });
});
