import type { Context } from 'hono';
import { z } from 'zod';
import { formatIssues } from '../../domain/validation.ts';
import { HttpError } from './errors.ts';

/**
 * Reads and validates a JSON request body against a zod or zod/mini schema (the domain's are
 * mini). Every endpoint that takes a body goes through here, so clients get the same 415/400
 * answers everywhere.
 */
export async function readJsonBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.core.output<S>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new HttpError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return validateInput(schema, raw);
}

/** Validates a parsed body or query; a failure is a 400 with one readable line naming each field. */
export function validateInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.core.output<S> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new HttpError(400, 'invalid_request', formatIssues(result.error.issues));
  return result.data;
}
