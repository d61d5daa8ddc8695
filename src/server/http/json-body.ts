import type { Context } from 'hono';
import { z } from 'zod';
import { formatIssues } from '../../domain/validation.ts';
import { HttpError } from './errors.ts';

/** How deep a request body may nest, unless its endpoint says otherwise (none of our bodies nests more than a few levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * Reads and validates a JSON request body against a zod or zod/mini schema (the domain's are
 * mini). Every endpoint that takes a body goes through here, so clients get the same 415/400
 * answers everywhere. Nesting is bounded before parsing: deep values overflow the stack of
 * whatever walks them later (JSON.stringify does at a few thousand levels).
 */
export async function readJsonBody<S extends z.core.$ZodType>(c: Context, schema: S, maxDepth = MAX_JSON_DEPTH): Promise<z.core.output<S>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new HttpError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
  }
  const text = await c.req.text();
  if (jsonDepth(text) > maxDepth) {
    throw new HttpError(400, 'too_deep', `The request body nests deeper than ${maxDepth} levels.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return validateInput(schema, raw);
}

/** The deepest nesting of brackets and braces in JSON text, those inside strings not counted; one pass, no parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** Validates a parsed body or query; a failure is a 400 with one readable line naming each field. */
export function validateInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.core.output<S> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new HttpError(400, 'invalid_request', formatIssues(result.error.issues));
  return result.data;
}
