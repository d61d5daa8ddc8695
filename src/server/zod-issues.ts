import type { z } from 'zod';

/** "path: message; path: message" — one readable line for an API answer or a start-up error. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
