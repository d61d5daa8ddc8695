import type { Context } from 'hono';
import * as z from 'zod/mini';
import { Id } from '../../domain/records/common.ts';
import { validateInput } from './json-body.ts';

const idParams = z.object({ id: Id });

/** The `:id` of the route, checked like a record id so it never reaches a query malformed. */
export function idParam(c: Context): string {
  return validateInput(idParams, c.req.param()).id;
}
